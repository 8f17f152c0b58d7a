import { Text, View } from '@tarojs/components'

/** One labelled fact, label above value so long values wrap in care mode. */
export function OfficeFact({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <View className='retiree-office-fact'>
      <Text className='retiree-office-fact__label'>{label}</Text>
      <Text className='retiree-office-fact__value'>{value}</Text>
    </View>
  )
}
