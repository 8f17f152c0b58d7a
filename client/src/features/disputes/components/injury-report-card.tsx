import { Text, View } from '@tarojs/components'
import type { AccidentReport } from '@renshe/shared/disputes/injury-cases'
import { pageLink } from '@renshe/shared/platform/pages'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { Heading } from '../../../ui/heading'
import { Link, openPage } from '../../../ui/link'
import { dateAtNoon } from '../dates'
import { injuryMessages } from '../injury-messages'
import { InjuryWindow } from './injury-window'

interface InjuryReportCardProps {
  readonly report: AccidentReport
  /** The worker's side reads its own report; the employer one naming it, the worker masked. */
  readonly side: 'worker' | 'employer'
}

/**
 * One accident report: the employer (or, to the employer, the worker), the day, and its window in
 * words; once open to the caller, the way to apply; once applied for, the case.
 */
export function InjuryReportCard({ report, side }: InjuryReportCardProps) {
  const t = useT(injuryMessages)
  const locale = useLocale()
  const mayApply = report.caseId === null && report.window.state === 'open'
  return (
    <View className={mayApply ? 'inj-report inj-report--open' : 'inj-report'}>
      <Heading level={3} className='inj-report__title'>
        {side === 'employer' ? t('report.worker', { name: report.workerMaskedName }) : t('report.employer', { name: report.employerName })}
      </Heading>
      <Text className='arb-row__line'>{t('report.accident', { kind: t(`kind.${report.kind}`), date: formatDate(dateAtNoon(report.accidentOn), locale) })}</Text>
      <Text className='arb-row__line muted'>{t('report.reportedAt', { date: formatDate(report.reportedAt, locale) })}</Text>
      {report.caseId ? (
        <View className='inj-window inj-window--done'>
          <Text className='inj-window__main'>{t('report.applied')}</Text>
          <Link to={pageLink('injury', { id: report.caseId })}>{t('report.openCase')}</Link>
        </View>
      ) : (
        <InjuryWindow window={report.window} side={side} />
      )}
      {mayApply ? (
        <Button block onPress={() => openPage(pageLink('applyInjury', { reportId: report.id }))}>
          {t('report.apply')}
        </Button>
      ) : null}
    </View>
  )
}
