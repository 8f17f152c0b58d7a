import { Text, View } from '@tarojs/components'

export function Figure({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <View className='figure'>
      <Text className='figure__label'>{label}</Text>
      <Text className='figure__value'>{value}</Text>
    </View>
  )
}
