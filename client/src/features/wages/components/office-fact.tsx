import { Text, View } from '@tarojs/components'

/** One labelled fact of a case or project, label above value so long values wrap in care mode. */
export function OfficeFact({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <View className='office-fact'>
      <Text className='office-fact__label'>{label}</Text>
      <Text className='office-fact__value'>{value}</Text>
    </View>
  )
}
