import { Text, View } from '@tarojs/components'
import type { InjurySummary } from '@renshe/shared/disputes/injury-cases'
import { pageLink } from '@renshe/shared/platform/pages'
import { pressable } from '../../../lib/a11y/pressable'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import { openPage } from '../../../ui/link'
import { dateAtNoon } from '../dates'
import { injuryMessages } from '../injury-messages'
import { InjuryStatusChip } from './injury-status-chip'
import { OverdueMark } from './status-chip'

interface InjuryRowProps {
  readonly summary: InjurySummary
  /** Whom the row names besides the number: the employer to the worker, the worker (masked) too to the employer and the office. */
  readonly name: 'employer' | 'both'
}

/** One work-injury case as a link to it: number, status, who, the accident, the next step and its day, overdue or not. */
export function InjuryRow({ summary, name }: InjuryRowProps) {
  const t = useT(injuryMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const day = (date: string) => formatDate(dateAtNoon(date), locale)
  const open = () => openPage(pageLink('injury', { id: summary.id }))
  return (
    <View {...pressable(open, 'link')} className={summary.overdue ? 'arb-row arb-row--overdue focusable' : 'arb-row focusable'} onClick={open}>
      <View className='arb-row__head'>
        <Text className='arb-row__number'>{summary.caseNumber}</Text>
        <InjuryStatusChip status={summary.status} />
        {summary.overdue ? <OverdueMark /> : null}
      </View>
      <Text className='arb-row__line'>{t('row.employer', { name: summary.employerName })}</Text>
      {name === 'both' ? <Text className='arb-row__line'>{t('row.worker', { name: summary.workerMaskedName })}</Text> : null}
      <Text className='arb-row__line'>{t('row.accident', { kind: t(`kind.${summary.kind}`), date: day(summary.accidentOn) })}</Text>
      <Text className='arb-row__line muted'>{`${t('row.appliedAt', { date: formatDate(summary.appliedAt, locale) })} · ${t(`applicant.${summary.applicantKind}`)}`}</Text>
      <Text className='arb-row__next'>{summary.next ? t('next', { step: label(`injuryStep.${summary.next.step}`), date: day(summary.next.by) }) : t('ended')}</Text>
    </View>
  )
}
