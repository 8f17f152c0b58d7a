import { Text, View } from '@tarojs/components'
import type { CaseDeadlines } from '@renshe/shared/wages/schemas'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { officeMessages } from '../office-messages'
import { DaysLeftText } from './days-left-text'

/** The date the current step (acceptance, mediation, investigation, award) is due, and how far off it is. */
export function OfficeStageDeadline({ deadlines }: { readonly deadlines: CaseDeadlines }) {
  const t = useT(officeMessages)
  const locale = useLocale()
  if (!deadlines.stageDeadline) return <Text className='muted'>{t('queue.noDeadline')}</Text>
  return (
    <View className='office-case-row__deadline'>
      <Text>{t('queue.deadline', { date: formatDate(deadlines.stageDeadline, locale) })}</Text>
      {deadlines.daysLeft !== null ? <DaysLeftText days={deadlines.daysLeft} /> : null}
    </View>
  )
}
