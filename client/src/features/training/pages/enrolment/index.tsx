import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Problem } from '@renshe/shared/platform/problem'
import { attendanceRules, type Attendance, type MyEnrolment } from '@renshe/shared/training/attendance'
import { getMyEnrolment } from '@renshe/shared/training/attendance-contract'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDateTime, formatTime } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Card } from '../../../../ui/card'
import { Heading } from '../../../../ui/heading'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { openSession } from '../../attendance-state'
import { AttendanceSummary } from '../../components/attendance-summary'
import { CheckInForm } from '../../components/check-in-form'
import { LoginFirst } from '../../components/login-first'
import { MySessions } from '../../components/my-sessions'
import { loadMyEnrolment } from '../../api'
import { dayText } from '../../labels'
import { trainingMessages } from '../../messages'
import { useNow } from '../../use-now'
import '../../training.css'

type Loaded = { readonly status: 'loading' } | { readonly status: 'ok'; readonly mine: MyEnrolment } | { readonly status: 'failed'; readonly problem: Problem | null }

/** One enrolment of hers: the course, checking in to the session open now, and her attendance at every session. */
export default function MyEnrolmentPage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  const { id = '' } = useRouter().params
  return (
    <PageShell title={t('attend.title')} operation={getMyEnrolment}>
      {!session ? <LoginFirst back={pageLink('myEnrolment', { id })} /> : null}
      {session ? <EnrolmentView id={id} /> : null}
    </PageShell>
  )
}

/** Her attendance with one more check-in: a repeated one (the server answers with the first) counts once. */
function withCheckIn(mine: MyEnrolment, attendance: Attendance): MyEnrolment {
  const before = mine.sessions.find((one) => one.session.id === attendance.sessionId)
  if (!before || before.checkedInAt !== null) return mine
  return {
    ...mine,
    attended: mine.attended + 1,
    sessions: mine.sessions.map((one) => (one === before ? { ...one, checkedInAt: attendance.checkedInAt } : one)),
  }
}

function EnrolmentView({ id }: { readonly id: string }) {
  const t = useT(trainingMessages)
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [checkedIn, setCheckedIn] = useState<Attendance | null>(null)
  const now = useNow(30_000)
  useEffect(() => {
    let live = true
    setLoaded({ status: 'loading' })
    void loadMyEnrolment(id).then((result) => {
      if (live) setLoaded(result.ok ? { status: 'ok', mine: result.value } : { status: 'failed', problem: result.network ? null : result.problem })
    })
    return () => {
      live = false
    }
  }, [id, attempt])

  if (loaded.status === 'loading') return <Loading />
  if (loaded.status === 'failed') return <ProblemNotice problem={loaded.problem} onRetry={() => setAttempt((n) => n + 1)} loading />
  const { mine } = loaded
  const onCheckedIn = (attendance: Attendance) => {
    setCheckedIn(attendance)
    setLoaded({ status: 'ok', mine: withCheckIn(mine, attendance) })
  }
  return (
    <View>
      <Heading level={2} className='training-voucher__title'>
        {mine.course.name}
      </Heading>
      <Text className='training-line'>{t('course.institution', { name: mine.course.institutionName })}</Text>
      <Text className={mine.enrolment.status === 'confirmed' ? 'status-tag status-tag--ok' : 'status-tag status-tag--warn'}>{t(`enrolment.${mine.enrolment.status}`)}</Text>
      <Card title={t('attend.nowTitle')}>
        <CheckInNow mine={mine} now={now} checkedIn={checkedIn} onCheckedIn={onCheckedIn} />
      </Card>
      <Card>
        <AttendanceSummary mine={mine} />
      </Card>
      <Card title={t('attend.sessionsTitle')}>
        <MySessions sessions={mine.sessions} now={now} />
      </Card>
      <View className='training-links'>
        <Link to={routes.myTraining}>{t('attend.toMine')}</Link>
      </View>
    </View>
  )
}

interface CheckInNowProps {
  readonly mine: MyEnrolment
  readonly now: number
  readonly checkedIn: Attendance | null
  readonly onCheckedIn: (attendance: Attendance) => void
}

/** The session open for check-in now, if any: the form, or that she is in. */
function CheckInNow({ mine, now, checkedIn, onCheckedIn }: CheckInNowProps) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  if (mine.enrolment.status !== 'confirmed') return <Text className='training-line'>{t('attend.notConfirmed')}</Text>
  const open = openSession(mine.sessions, now)
  if (!open) return <Text className='training-line'>{t('attend.noneOpen', { minutes: attendanceRules.opensMinutesBefore })}</Text>
  const { session } = open
  return (
    <View className='stack'>
      <Text className='training-line training-line--strong'>{t('course.session', { date: dayText(session.date, locale), from: session.from, to: session.to })}</Text>
      <Text className='training-line muted'>{session.place}</Text>
      {checkedIn?.sessionId === session.id ? <Banner tone='success'>{t('attend.done', { time: formatDateTime(checkedIn.checkedInAt, locale) })}</Banner> : null}
      {open.checkedInAt === null ? <CheckInForm key={session.id} session={open} onCheckedIn={onCheckedIn} /> : null}
      {open.checkedInAt !== null && checkedIn?.sessionId !== session.id ? <Text className='training-line'>{t('attend.alreadyIn', { time: formatTime(open.checkedInAt) })}</Text> : null}
    </View>
  )
}
