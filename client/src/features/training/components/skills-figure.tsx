import { Text, View } from '@tarojs/components'

/** A labelled value, the label small above it. */
export function SkillsFigure({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <View className='skills-figure'>
      <Text className='skills-figure__label'>{label}</Text>
      <Text className='skills-figure__value'>{value}</Text>
    </View>
  )
}
