import { Text } from '@tarojs/components'
import type { CertificationState } from '@renshe/shared/retiree/schemas'
import { useT } from '../../../lib/i18n/translate'
import '../../../ui/days-left.css'
import { officeMessages } from '../office-messages'
import { certDaysWords } from './office-days'

/** "20 days left" or, marked in words and not by colour alone, "Overdue by 5 days". */
export function OfficeDaysLeft({ state, daysLeft }: { readonly state: CertificationState; readonly daysLeft: number }) {
  const t = useT(officeMessages)
  const words = certDaysWords(state, daysLeft)
  const text = t(words.key, { days: words.days })
  if (!words.overdue) {
    return <Text className={words.key === 'days.today' ? 'days-left days-left--today' : 'days-left'}>{text}</Text>
  }
  return (
    <Text className='days-left days-left--overdue'>
      <Text aria-hidden='true' className='days-left__icon'>
        !
      </Text>
      {text}
    </Text>
  )
}
