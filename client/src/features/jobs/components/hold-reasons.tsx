import { Text, View } from '@tarojs/components'
import type { HeldBecause } from '@renshe/shared/jobs/posts'
import { roleProps } from '../../../lib/a11y/pressable'

interface HoldReasonsProps {
  readonly title: string
  readonly reasons: readonly HeldBecause[]
}

/** Why the rules held a post, each reason in the words the portal wrote it in for this reader. */
export function HoldReasons({ title, reasons }: HoldReasonsProps) {
  if (reasons.length === 0) return null
  return (
    <View className='jobs-held'>
      <Text className='jobs-held__title'>{title}</Text>
      <View {...roleProps('list')} className='jobs-held__list'>
        {reasons.map((reason) => (
          <View {...roleProps('listitem')} key={reason.text} className='jobs-held__item'>
            <Text aria-hidden='true' className='jobs-held__mark'>
              !
            </Text>
            <Text>{reason.text}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
