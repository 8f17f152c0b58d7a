import { Text } from '@tarojs/components'
import { useT } from '../../../lib/i18n/translate'
import '../../../ui/days-left.css'
import { daysWords } from '../certification-words'
import { retireeMessages } from '../messages'

/** "3 days left" or, marked by a sign and a frame and not by colour alone, "Overdue by 2 days". */
export function DaysWords({ daysLeft }: { readonly daysLeft: number }) {
  const t = useT(retireeMessages)
  const words = daysWords(daysLeft)
  const text = t(words.key, { days: words.days })
  if (!words.overdue) return <Text className={daysLeft <= 7 ? 'days-left days-left--soon' : 'days-left'}>{text}</Text>
  return (
    <Text className='days-left days-left--overdue'>
      <Text aria-hidden='true' className='days-left__icon'>
        !
      </Text>
      {text}
    </Text>
  )
}
