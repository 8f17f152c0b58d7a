import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { getCheckInCode } from '@renshe/shared/jobs/applications-contract'
import { type Applicant, type AttendanceDay, type CheckInCode } from '@renshe/shared/jobs/applications'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Problem } from '@renshe/shared/platform/problem'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatTime } from '../../../../lib/format'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged, useReplaced } from '../../../../lib/use-paged'
import { Button } from '../../../../ui/button'
import { EmptyState } from '../../../../ui/empty-state'
import { Field } from '../../../../ui/field'
import { Heading } from '../../../../ui/heading'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { confirmWorkerAttendance, loadApplicants, loadCheckInCode, rateMyWorker, stateDayPay } from '../../api'
import { CodeQr } from '../../components/code-qr'
import { Fact, TitleWithTag } from '../../components/job-facts'
import { LoginFirst } from '../../components/login-first'
import { RatingForm, RatingLine } from '../../components/rating-form'
import { Refusal } from '../../components/refusal'
import { WorkDays, yuanText } from '../../components/work-days'
import { fenOf } from '../../form-text'
import { useAction } from '../../use-action'
import { jobsMessages } from '../../messages'
import { workMessages } from '../../work-messages'
import '../../jobs.css'

/** The code is asked for again this often: it changes every five minutes, and a phone left open at the site must keep up. */
const refreshMs = 30_000

type CodeState = { readonly status: 'loading' } | { readonly status: 'ok'; readonly code: CheckInCode } | { readonly status: 'none' } | { readonly status: 'failed'; readonly problem: Problem | null }

/**
 * An employer's day job at the site: today's check-in code in big digits, kept fresh; the hired
 * workers with their days, checked in or out for them when they cannot type the code, what was
 * paid for each day stated, and each worker rated after the work.
 */
export default function DayWorkPage() {
  const t = useT(workMessages)
  const jobsText = useT(jobsMessages)
  const session = useStore(sessionStore)
  const { id = '' } = useRouter().params
  // Only those hired, asked for by status: however many applied, the workers are on the first page.
  const load = useMemo(() => loadApplicants(id, 'hired'), [id])
  const ready = session !== null && id !== ''
  const applicants = usePaged(load, ready)
  const changed = useReplaced((applicant: Applicant) => applicant.id)

  return (
    <PageShell title={t('work.title')} operation={getCheckInCode}>
      {!session ? <LoginFirst back={pageLink('dayWork', { id })} /> : null}
      {session && id === '' ? <EmptyState message={jobsText('missingId')} /> : null}
      {ready ? (
        <View>
          <TodaysCode postId={id} />
          <Heading level={2} className='jobs-work__heading'>
            {t('work.workers')}
          </Heading>
          <Text className='page__lead'>{t('work.confirmLead')}</Text>
          <PagedList
            paged={applicants}
            empty={<EmptyState message={t('work.noWorkers')} action={<Link to={pageLink('applicants', { id })}>{t('work.applicantsLink')}</Link>} />}
            keyOf={(applicant) => applicant.id}
            listClassName='jobs-list'
            itemClassName={() => 'jobs-list__item'}
          >
            {(applicant) => <Worker applicant={changed.current(applicant)} onChanged={changed.replace} />}
          </PagedList>
          {applicants.items.length > 0 ? (
            <View className='jobs-links'>
              <Link to={pageLink('applicants', { id })}>{t('work.applicantsLink')}</Link>
            </View>
          ) : null}
        </View>
      ) : null}
    </PageShell>
  )
}

function TodaysCode({ postId }: { readonly postId: string }) {
  const t = useT(workMessages)
  const [state, setState] = useState<CodeState>({ status: 'loading' })
  const [round, setRound] = useState(0)

  useEffect(() => {
    let live = true
    void loadCheckInCode(postId).then((result) => {
      if (!live) return
      if (result.ok) setState({ status: 'ok', code: result.value })
      else if (!result.network && result.problem.errors?.some((error) => error.key === 'jobs.notAWorkDay')) setState({ status: 'none' })
      else setState({ status: 'failed', problem: result.network ? null : result.problem })
    })
    const timer = setTimeout(() => setRound((n) => n + 1), refreshMs)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [postId, round])

  return (
    <View className='jobs-code-card'>
      <Heading level={2} className='jobs-work__heading'>
        {t('work.codeTitle')}
      </Heading>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'none' ? <Text className='jobs-note'>{t('work.noWorkToday')}</Text> : null}
      {state.status === 'failed' ? <ProblemNotice problem={state.problem} onRetry={() => setRound((n) => n + 1)} loading /> : null}
      {state.status === 'ok' ? (
        <View>
          <Text className='page__lead'>{t('work.codeLead')}</Text>
          {/* Read out digit by digit by a screen reader, as it is typed. */}
          <Text className='jobs-code' aria-label={state.code.code.split('').join(' ')}>
            {state.code.code}
          </Text>
          <CodeQr code={state.code.code} label={t('work.codeQr')} />
          <Text className='jobs-code__until'>{t('work.validUntil', { time: formatTime(state.code.validUntil) })}</Text>
        </View>
      ) : null}
    </View>
  )
}

function Worker({ applicant, onChanged }: { readonly applicant: Applicant; readonly onChanged: (applicant: Applicant) => void }) {
  const t = useT(workMessages)
  const now = new Date()
  const today = applicant.days.find((day) => day.workDate === chinaDate(now))
  const action = !today ? 'check_in' : today.checkOutAt === null ? 'check_out' : null
  const confirming = useAction(onChanged)
  const worked = applicant.days.some((day) => day.checkOutAt !== null)
  return (
    <View className='jobs-job'>
      <TitleWithTag title={applicant.name} tag={t(!today ? 'work.notInYet' : today.checkOutAt ? 'work.checkedOut' : 'work.checkedIn')} tone={today ? 'ok' : 'plain'} />
      {applicant.phone ? (
        <View {...roleProps('list')} className='jobs-job__facts'>
          <Fact label={t('work.phone')} value={applicant.phone} />
        </View>
      ) : null}
      {action ? (
        <View className='jobs-work__part'>
          {confirming.failed ? <Refusal problem={confirming.problem} /> : null}
          <Button block variant='secondary' busy={confirming.busy} onPress={() => void confirming.run(() => confirmWorkerAttendance(applicant.id, action))}>
            {t(action === 'check_in' ? 'work.confirmIn' : 'work.confirmOut')}
          </Button>
        </View>
      ) : null}
      <Heading level={4} className='jobs-work__heading'>
        {t('work.days')}
      </Heading>
      <WorkDays days={applicant.days} side='employer' now={now}>
        {(day) => (day.checkOutAt !== null && day.paidStatedAt === null ? <PayStatement day={day} onChanged={onChanged} /> : null)}
      </WorkDays>
      {applicant.myRating ? <RatingLine rating={applicant.myRating} mine /> : null}
      {!applicant.myRating && worked ? (
        <RatingForm id={`rate-${applicant.id}`} title={t('work.rateWorker')} send={(rating) => rateMyWorker(applicant.id, rating)} onRated={onChanged} />
      ) : null}
    </View>
  )
}

/** What was paid for one day, stated once: the pay due by the post is offered as the hint. */
function PayStatement({ day, onChanged }: { readonly day: AttendanceDay; readonly onChanged: (applicant: Applicant) => void }) {
  const t = useT(workMessages)
  const [amount, setAmount] = useState(day.payDueFen !== null ? yuanText(day.payDueFen) : '')
  const [error, setError] = useState<string | undefined>(undefined)
  const stating = useAction(onChanged)
  const send = () => {
    const paid = fenOf(amount)
    if (paid === undefined || paid > 100_000_000) return setError(t('work.paidAmountInvalid'))
    setError(undefined)
    void stating.run(() => stateDayPay(day.id, paid))
  }
  return (
    <View className='jobs-work__part'>
      <Field
        id={`paid-${day.id}`}
        label={t('work.paidAmount')}
        hint={day.payDueFen !== null ? t('work.paidHint', { amount: yuanText(day.payDueFen) }) : t('work.paidHintPiece')}
        error={error}
        value={amount}
        onChange={setAmount}
        type='digit'
        maxLength={12}
      />
      {stating.failed ? <Refusal problem={stating.problem} /> : null}
      <Button block busy={stating.busy} onPress={send}>
        {t('work.statePay')}
      </Button>
    </View>
  )
}
