import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { InjuryCase } from '@renshe/shared/disputes/injury-cases'
import { getInjury } from '@renshe/shared/disputes/injury-contract'
import type { InjuryActionKind } from '@renshe/shared/disputes/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { Card } from '../../../../ui/card'
import { PageShell } from '../../../../ui/page-shell'
import { ActedCaseNotices, useActedCase } from '../../components/acted-case'
import { domainLabels as domainLabels } from '../../../../ui/domain-labels'
import { useRegionName } from '../../../../ui/region-name'
import { DisputeFileList } from '../../components/dispute-files'
import { InjuryActions } from '../../components/injury-actions'
import { InjuryDecision, InjuryGrade, InjuryMissing } from '../../components/injury-decision'
import { InjuryLoginFirst } from '../../components/injury-login-first'
import { InjuryPrevention } from '../../components/injury-prevention'
import { InjuryStatusChip } from '../../components/injury-status-chip'
import { InjurySteps } from '../../components/injury-steps'
import { InjuryTimeline } from '../../components/injury-timeline'
import { OverdueMark } from '../../components/status-chip'
import { dateAtNoon } from '../../dates'
import { injuryCaseMessages } from '../../injury-case-messages'
import { injuryMessages } from '../../injury-messages'
import '../../disputes.css'
import '../../injury.css'


/**
 * One work-injury case, to the worker's side, the employer named and the county's office and
 * committee (decision 071): what is due by when, the documents asked for, the decision, the
 * assessment, the files, the timeline, and the acts the caller may do now; to the office, the
 * employer's prevention index.
 */
export default function InjuryPage() {
  const t = useT(injuryCaseMessages)
  const session = useStore(sessionStore)
  const { id = '', submitted } = useRouter().params
  const { loaded, reload, detail, notice, onDone, onOutdated } = useActedCase<typeof getInjury, InjuryActionKind>(getInjury, id, session !== null)

  if (!session) {
    return (
      <PageShell title={t('title')}>
        <InjuryLoginFirst back={pageLink('injury', { id })} />
      </PageShell>
    )
  }

  return (
    <PageShell title={t('title')} operation={getInjury}>
      {/* Said while the application waits, not when the same link is opened once it has moved on. */}
      <ActedCaseNotices
        loaded={loaded}
        reload={reload}
        notice={notice}
        submitted={submitted && detail?.status === 'applied' && detail.myRole !== 'officer' && detail.myRole !== 'committee' ? t('submitted') : null}
        done={(action) => t('done', { action: t(`action.${action}`) })}
        changed={t('changed')}
        hasDetail={detail !== null}
      />
      {detail ? <CaseView detail={detail} onDone={onDone} onOutdated={onOutdated} /> : null}
    </PageShell>
  )
}

interface CaseViewProps {
  readonly detail: InjuryCase
  readonly onDone: (next: InjuryCase, action: InjuryActionKind) => void
  readonly onOutdated: () => void
}

function CaseView({ detail, onDone, onOutdated }: CaseViewProps) {
  const t = useT(injuryCaseMessages)
  const words = useT(injuryMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const regionName = useRegionName()
  const office = detail.myRole === 'officer' || detail.myRole === 'committee'
  const facts = [
    { key: 'number', label: t('facts.number'), value: detail.caseNumber },
    { key: 'status', label: t('facts.status'), value: label(`injuryStatus.${detail.status}`) },
    { key: 'worker', label: t('facts.worker'), value: detail.workerMaskedName },
    { key: 'employer', label: t('facts.employer'), value: `${detail.employerName} · ${detail.employerCreditCode}` },
    {
      key: 'applicant',
      label: t('facts.applicant'),
      // The relationship is the office's to check against her proof; the employer reads only "a close relative".
      value: detail.applicantRelation ? words('applicant.relativeAs', { relation: words(`relation.${detail.applicantRelation}`) }) : words(`applicant.${detail.applicantKind}`),
    },
    { key: 'accident', label: t('facts.accident'), value: words('row.accident', { kind: words(`kind.${detail.kind}`), date: formatDate(dateAtNoon(detail.accidentOn), locale) }) },
    { key: 'appliedAt', label: t('facts.appliedAt'), value: `${formatDate(detail.appliedAt, locale)} · ${regionName(detail.regionCode)}` },
  ]

  return (
    <View>
      <View className='arb-head'>
        <InjuryStatusChip status={detail.status} />
        {detail.overdue ? <OverdueMark /> : null}
      </View>
      <InjuryMissing detail={detail} />
      <InjuryDecision detail={detail} />
      <InjuryGrade detail={detail} />

      <InjuryActions detail={detail} onDone={onDone} onOutdated={onOutdated} />

      <Card title={t('steps.title')}>
        <InjurySteps detail={detail} />
      </Card>

      <Card title={t('facts.title')}>
        {detail.filedByStaff ? <Text className='muted'>{t('facts.filedByStaff', { staffCode: detail.filedByStaff })}</Text> : null}
        <View {...roleProps('list')} className='arb-facts'>
          {facts.map((fact) => (
            <View key={fact.key} {...roleProps('listitem')} className='arb-fact'>
              <Text className='arb-fact__label'>{fact.label}</Text>
              <Text className='arb-fact__value'>{fact.value}</Text>
            </View>
          ))}
        </View>
      </Card>

      <Card title={t('account.title')}>
        <Text className='arb-fact__value'>{detail.account}</Text>
      </Card>

      <Card title={t('injuries.title')}>
        <Text className='arb-fact__value'>{detail.injuries}</Text>
      </Card>

      <Card title={t('files.title')}>
        <DisputeFileList files={detail.files} />
      </Card>

      <Card title={t('timeline.title')}>
        <InjuryTimeline events={detail.timeline} />
      </Card>

      {office ? <InjuryPrevention creditCode={detail.employerCreditCode} /> : null}
    </View>
  )
}
