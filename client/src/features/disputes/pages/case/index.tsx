import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { ArbitrationCase } from '@renshe/shared/disputes/arbitration-cases'
import { getArbitration } from '@renshe/shared/disputes/contract'
import type { ArbitrationActionKind, ArbitrationParty } from '@renshe/shared/disputes/schemas'
import { pageLink, type PageName } from '@renshe/shared/platform/pages'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate, formatFen } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { routes } from '../../../../routes'
import { Card } from '../../../../ui/card'
import { Link } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { ActedCaseNotices, useActedCase } from '../../components/acted-case'
import { useRegionName } from '../../../../ui/region-name'
import { caseMessages } from '../../case-messages'
import { AwardBlock } from '../../components/award-block'
import { CaseActions } from '../../components/case-actions'
import { CaseFiles } from '../../components/case-files'
import { ComplaintEvidence } from '../../components/complaint-evidence'
import { CaseTimeline } from '../../components/case-timeline'
import { CourtNotice } from '../../components/court-notice'
import { DeadlineSteps } from '../../components/deadline-steps'
import { LoginFirst } from '../../components/login-first'
import { OverdueMark, StatusChip } from '../../components/status-chip'
import { dateAtNoon } from '../../dates'
import { disputesMessages } from '../../messages'
import '../../disputes.css'

/** The page each side reads a wage complaint on: hers, the employer's answer, the office's desk. */
const wagePageOf: Readonly<Record<ArbitrationParty, PageName>> = {
  applicant: 'complaint',
  grid_staff: 'complaint',
  respondent: 'employerRespond',
  arbitrator: 'handleCase',
  chair: 'handleCase',
}


/**
 * One arbitration, to its parties and to the commission of its county (decision 070): what is
 * due by when, the hearing, the award and whether it is final, when the applicant may go to court
 * instead, and the acts the caller may do now.
 */
export default function ArbitrationPage() {
  const t = useT(caseMessages)
  const session = useStore(sessionStore)
  const { id = '', submitted } = useRouter().params
  const { loaded, reload, detail, notice, onDone, onOutdated } = useActedCase<typeof getArbitration, ArbitrationActionKind>(getArbitration, id, session !== null)

  if (!session) {
    return (
      <PageShell title={t('title')}>
        <LoginFirst back={`${routes.arbitration}?id=${encodeURIComponent(id)}`} />
      </PageShell>
    )
  }

  return (
    <PageShell title={t('title')} operation={getArbitration}>
      {/* Said while the application waits, not when the same link is opened once it has moved on. */}
      <ActedCaseNotices
        loaded={loaded}
        reload={reload}
        notice={notice}
        submitted={submitted && detail?.status === 'applied' && (detail.myRole === 'applicant' || detail.myRole === 'grid_staff') ? t('submitted') : null}
        done={(action) => t('done', { action: t(`action.${action}`) })}
        changed={t('changed')}
        hasDetail={detail !== null}
      />
      {detail ? <CaseView detail={detail} onDone={onDone} onOutdated={onOutdated} /> : null}
    </PageShell>
  )
}

interface CaseViewProps {
  readonly detail: ArbitrationCase
  readonly onDone: (next: ArbitrationCase, action: ArbitrationActionKind) => void
  readonly onOutdated: () => void
}

function CaseView({ detail, onDone, onOutdated }: CaseViewProps) {
  const t = useT(caseMessages)
  const words = useT(disputesMessages)
  const locale = useLocale()
  const regionName = useRegionName()
  const day = (date: string) => formatDate(dateAtNoon(date), locale)
  const facts = [
    { key: 'number', label: t('facts.number'), value: detail.caseNumber },
    { key: 'status', label: t('facts.status'), value: words(`status.${detail.status}`) },
    { key: 'respondent', label: t('facts.respondent'), value: `${detail.respondentName} · ${detail.respondentCreditCode}` },
    { key: 'applicant', label: t('facts.applicant'), value: detail.applicantMaskedName },
    { key: 'appliedAt', label: t('facts.appliedAt'), value: `${formatDate(detail.appliedAt, locale)} · ${regionName(detail.regionCode)}` },
    { key: 'knewOn', label: t('facts.knewOn'), value: day(detail.knewOn) },
  ]

  return (
    <View>
      <View className='arb-head'>
        <StatusChip status={detail.status} />
        {detail.overdue ? <OverdueMark /> : null}
      </View>
      <CourtNotice detail={detail} />
      {detail.award ? (
        <Card title={t('award.title')}>
          <AwardBlock award={detail.award} />
        </Card>
      ) : null}

      <CaseActions detail={detail} onDone={onDone} onOutdated={onOutdated} />

      <Card title={t('steps.title')}>
        <DeadlineSteps detail={detail} />
      </Card>

      {detail.hearing ? (
        <Card title={t('hearing.title')}>
          <Text className='arb-hearing__line'>{t('hearing.on', { date: day(detail.hearing.on) })}</Text>
          <Text className='arb-hearing__line'>{t('hearing.mode', { mode: words(`mode.${detail.hearing.mode}`) })}</Text>
          {detail.hearing.postponements > 0 ? <Text className='arb-hearing__line muted'>{t('hearing.postponed', { count: detail.hearing.postponements })}</Text> : null}
        </Card>
      ) : null}

      <Card title={t('claims.title')}>
        <View {...roleProps('list')} className='arb-claims'>
          {detail.claims.map((claim, index) => (
            <View key={index} {...roleProps('listitem')} className='arb-claim'>
              <Text className='arb-claim__kind'>{`${index + 1}. ${words(`claim.${claim.kind}`)}`}</Text>
              <Text>{claim.amountFen !== null ? t('claims.amount', { amount: formatFen(claim.amountFen) }) : t('claims.noAmount')}</Text>
              {claim.awardedFen !== null ? <Text className='arb-claim__awarded'>{t('claims.awarded', { amount: formatFen(claim.awardedFen) })}</Text> : null}
              <Text className='arb-claim__words'>{claim.statement}</Text>
            </View>
          ))}
        </View>
        {detail.claimedFen > 0 ? <Text className='muted'>{t('claims.total', { amount: formatFen(detail.claimedFen) })}</Text> : null}
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

      <Card title={t('story.title')}>
        <Text className='arb-fact__value'>{detail.facts}</Text>
      </Card>

      <Card title={t('files.title')}>
        <CaseFiles detail={detail} />
      </Card>

      {detail.wageCase ? (
        <Card title={t('wage.title')}>
          <View className='arb-from-wage'>
            <Text>{t('wage.lead', { caseNumber: detail.wageCase.caseNumber })}</Text>
            <Link to={pageLink(wagePageOf[detail.myRole], { id: detail.wageCase.id })}>{t('wage.open', { caseNumber: detail.wageCase.caseNumber })}</Link>
            <ComplaintEvidence files={detail.wageCase.evidence} />
          </View>
        </Card>
      ) : null}

      <Card title={t('timeline.title')}>
        <CaseTimeline events={detail.timeline} />
      </Card>
    </View>
  )
}
