import { Text, View } from '@tarojs/components'
import type { CaseSummary } from '@renshe/shared/wages/schemas'
import { pressable } from '../../../lib/a11y/pressable'
import { formatDate, formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import { wagesMessages } from '../messages'
import { DaysLeftText } from './days-left-text'
import '../wages.css'

interface CaseCardProps {
  readonly summary: CaseSummary
  readonly onOpen: () => void
}

/** One case in a list: status in words, number, employer, amount, and how its deadline stands. */
export function CaseCard({ summary, onOpen }: CaseCardProps) {
  const t = useT(wagesMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const { deadlines } = summary
  return (
    <View {...pressable(onOpen, 'link')} className={deadlines.overdue ? 'case-card case-card--overdue focusable' : 'case-card focusable'} onClick={onOpen}>
      <View className='case-card__head'>
        <Text className='case-card__employer'>{summary.employerName}</Text>
        <Text className='status-tag'>{label(`caseStatus.${summary.status}`)}</Text>
      </View>
      <Text className='case-card__number'>{summary.caseNumber}</Text>
      <Text>{t('myCases.amount', { amount: formatFen(summary.amountFen) })}</Text>
      {deadlines.stageDeadline ? (
        <View className='case-card__deadline'>
          <Text className='muted'>{t('myCases.stageDeadline', { date: formatDate(deadlines.stageDeadline, locale) })}</Text>
          {deadlines.daysLeft !== null ? <DaysLeftText days={deadlines.daysLeft} /> : null}
        </View>
      ) : null}
    </View>
  )
}
