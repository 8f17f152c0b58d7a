import { Text } from '@tarojs/components'
import { useT } from '../../../lib/i18n/translate'
import '../../../ui/days-left.css'
import { daysLeftWords } from '../days-left'
import { wagesMessages } from '../messages'

/** "3 days left" or, marked in words and not by colour alone, "Overdue by 2 days". */
export function DaysLeftText({ days }: { readonly days: number }) {
  const t = useT(wagesMessages)
  const words = daysLeftWords(days)
  const text = t(words.key, { days: words.days })
  if (!words.overdue) return <Text className={days === 0 ? 'days-left days-left--today' : 'days-left'}>{text}</Text>
  return (
    <Text className='days-left days-left--overdue'>
      <Text aria-hidden='true' className='days-left__icon'>
        !
      </Text>
      {text}
    </Text>
  )
}
