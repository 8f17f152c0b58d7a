import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useMemo } from 'react'
import { listApplicants, type decideApplication } from '@renshe/shared/jobs/applications-contract'
import { declineReasonMaxLength, type Applicant, type ApplicationDecision } from '@renshe/shared/jobs/applications'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged, useReplaced } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { EmptyState } from '../../../../ui/empty-state'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { decideOnApplicant, loadApplicants } from '../../api'
import { DecisionForm } from '../../components/decision-form'
import { Fact, TitleWithTag } from '../../components/job-facts'
import { LoginFirst } from '../../components/login-first'
import { applicantChoices, checkApplicantDecision, type ApplicantChoice } from '../../decision-values'
import { occupationLabel } from '../../labels'
import { jobsMessages } from '../../messages'
import '../../jobs.css'

/**
 * The applicants of one of the employer's posts, newest first: by surname only until invited,
 * then with full name and phone. Each can be invited, hired or declined with a reason.
 */
export default function ApplicantsPage() {
  const t = useT(jobsMessages)
  const session = useStore(sessionStore)
  const { id = '' } = useRouter().params
  const load = useMemo(() => loadApplicants(id), [id])
  const applicants = usePaged(load, session !== null && id !== '')
  // What each decision answered: the applicant as she now stands, contact shown once invited.
  const decided = useReplaced((applicant: Applicant) => applicant.id)

  return (
    <PageShell title={t('applicants.title')} operation={listApplicants}>
      {!session ? <LoginFirst back={`${routes.applicants}?id=${encodeURIComponent(id)}`} /> : null}
      {session && id === '' ? <EmptyState message={t('missingId')} /> : null}
      {session && id !== '' ? (
        <View>
          <Text className='page__lead'>{t('applicants.lead')}</Text>
          <PagedList paged={applicants} empty={t('applicants.none')} keyOf={(applicant) => applicant.id} listClassName='jobs-list' itemClassName={() => 'jobs-list__item'}>
            {(applicant) => (
<ApplicantView applicant={decided.current(applicant)} onDecided={decided.replace} />
            )}
          </PagedList>
        </View>
      ) : null}
    </PageShell>
  )
}

function ApplicantView({ applicant, onDecided }: { readonly applicant: Applicant; readonly onDecided: (applicant: Applicant) => void }) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  const choices = applicantChoices(applicant.status)
  return (
    <View className='jobs-job'>
      <TitleWithTag title={applicant.name} tag={t(`applicants.status.${applicant.status}`)} tone={applicant.status === 'hired' ? 'ok' : 'plain'} />
      <Text className='jobs-job__org'>{t('applications.appliedAt', { date: formatDate(applicant.createdAt, locale) })}</Text>
      <View {...roleProps('list')} className='jobs-job__facts'>
        {applicant.phone ? <Fact label={t('applicants.phone')} value={applicant.phone} /> : null}
        <Fact label={t('applicants.distance')} value={t(`applicants.band.${applicant.distanceBand}`)} />
        <Fact label={t('applicants.wants')} value={applicant.occupations.map((code) => occupationLabel(code, locale)).join(t('list.and'))} lang={locale === 'zh-CN' ? undefined : 'zh-CN'} />
        {applicant.skills.length > 0 ? <Fact label={t('applicants.skills')} value={applicant.skills.join(t('list.and'))} /> : null}
        {applicant.certificates.length > 0 ? <Fact label={t('applicants.certificates')} value={applicant.certificates.join(t('list.and'))} /> : null}
      </View>
      {choices.length > 0 ? (
        <DecisionForm<ApplicantChoice, ApplicationDecision, typeof decideApplication>
          id={`applicant-${applicant.id}`}
          legend={t('applicants.decision')}
          options={choices.map((choice) => ({ value: choice, label: t(`applicants.${choice}`) }))}
          noteField='reason'
          noteMaxLength={declineReasonMaxLength}
          noteOf={(choice) => (choice === 'decline' ? { label: t('applicants.reason'), hint: t('applicants.reasonHint') } : null)}
          check={(choice, reason) => checkApplicantDecision(choice, reason, locale, t)}
          send={(decision) => decideOnApplicant(applicant.id, decision)}
          sendLabel={t('applicants.send')}
          onDecided={onDecided}
        />
      ) : null}
    </View>
  )
}
