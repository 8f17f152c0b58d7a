import { Text, View } from '@tarojs/components'
import type { ArbitrationSummary } from '@renshe/shared/disputes/arbitration-cases'
import { pageLink } from '@renshe/shared/platform/pages'
import { pressable } from '../../../lib/a11y/pressable'
import { formatDate, formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import { openPage } from '../../../ui/link'
import { dateAtNoon } from '../dates'
import { disputesMessages } from '../messages'
import { OverdueMark, StatusChip } from './status-chip'

interface CaseRowProps {
  readonly summary: ArbitrationSummary
  /** Whom the row names besides the number: the employer to the worker, the worker (masked) to the employer and the office. */
  readonly name: 'respondent' | 'both'
}

/** One case as a link to it: number, status, who, how much, the next step and its day, overdue or not. */
export function CaseRow({ summary, name }: CaseRowProps) {
  const t = useT(disputesMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const open = () => openPage(pageLink('arbitration', { id: summary.id }))
  return (
    <View {...pressable(open, 'link')} className={summary.overdue ? 'arb-row arb-row--overdue focusable' : 'arb-row focusable'} onClick={open}>
      <View className='arb-row__head'>
        <Text className='arb-row__number'>{summary.caseNumber}</Text>
        <StatusChip status={summary.status} />
        {summary.overdue ? <OverdueMark /> : null}
      </View>
      <Text className='arb-row__line'>{t('row.respondent', { name: summary.respondentName })}</Text>
      {name === 'both' ? <Text className='arb-row__line'>{t('row.applicant', { name: summary.applicantMaskedName })}</Text> : null}
      {summary.claimedFen > 0 ? <Text className='arb-row__line'>{t('row.claimed', { amount: formatFen(summary.claimedFen) })}</Text> : null}
      <Text className='arb-row__line muted'>{t('row.appliedAt', { date: formatDate(summary.appliedAt, locale) })}</Text>
      <Text className='arb-row__next'>
        {summary.next ? t('next', { step: label(`arbitrationStep.${summary.next.step}`), date: formatDate(dateAtNoon(summary.next.by), locale) }) : t('ended')}
      </Text>
    </View>
  )
}
