import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import type { Roster, RosterEntry } from '@renshe/shared/training/courses'
import { getRoster } from '@renshe/shared/training/courses-contract'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { Banner } from '../../../../ui/banner'
import { Card } from '../../../../ui/card'
import { Heading } from '../../../../ui/heading'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { loadRoster } from '../../api'
import { CourseFacts } from '../../components/course-facts'
import { EnrolmentDecisionForm } from '../../components/enrolment-decision'
import { SessionCodeLinks } from '../../components/session-code-links'
import { TraineeSubsidy } from '../../components/trainee-subsidy'
import { LoginFirst } from '../../components/login-first'
import { trainingMessages } from '../../messages'
import '../../training.css'
import { pageLink } from '@renshe/shared/platform/pages'
import { routes } from '../../../../routes'

type Loaded = { readonly status: 'loading' } | { readonly status: 'ok'; readonly roster: Roster } | { readonly status: 'failed'; readonly problem: Problem | null }

/** One course of the institution: the enrolments to decide, and the confirmed roster. */
export default function CourseRosterPage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  const { id = '' } = useRouter().params
  return (
    <PageShell title={t('roster.title')} operation={getRoster}>
      {!session ? <LoginFirst back={pageLink('courseRoster', { id })} /> : null}
      {session ? <RosterView id={id} /> : null}
    </PageShell>
  )
}

function RosterView({ id }: { readonly id: string }) {
  const t = useT(trainingMessages)
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [decided, setDecided] = useState<RosterEntry | null>(null)
  useEffect(() => {
    let live = true
    setLoaded({ status: 'loading' })
    void loadRoster(id).then((result) => {
      if (live) setLoaded(result.ok ? { status: 'ok', roster: result.value } : { status: 'failed', problem: result.network ? null : result.problem })
    })
    return () => {
      live = false
    }
  }, [id, attempt])

  if (loaded.status === 'loading') return <Loading />
  if (loaded.status === 'failed') return <ProblemNotice problem={loaded.problem} onRetry={() => setAttempt((n) => n + 1)} loading />
  const { course, items } = loaded.roster
  const requested = items.filter((entry) => entry.status === 'requested')
  const confirmed = items.filter((entry) => entry.status === 'confirmed')

  // A decision answers with the entry as it now stands; the course's count follows a confirmation.
  const onDecided = (entry: RosterEntry) => {
    setDecided(entry)
    const nowConfirmed = entry.status === 'confirmed' ? 1 : 0
    setLoaded({
      status: 'ok',
      roster: { course: { ...course, enrolled: course.enrolled + nowConfirmed }, items: items.map((other) => (other.id === entry.id ? entry : other)) },
    })
  }

  return (
    <View>
      <Heading level={2} className='training-voucher__title'>
        {course.name}
      </Heading>
      <Text className='training-line training-line--strong'>{t('institution.places', { enrolled: course.enrolled, capacity: course.capacity })}</Text>
      {decided ? <Banner tone='success'>{t(decided.status === 'confirmed' ? 'roster.confirmed' : 'roster.declined', { name: decided.traineeName })}</Banner> : null}
      <Card title={t('roster.requestedTitle', { count: requested.length })}>
        {requested.length === 0 ? <Text className='muted'>{t('roster.noneRequested')}</Text> : null}
        <View {...roleProps('list')} className='training-list'>
          {requested.map((entry) => (
            <View {...roleProps('listitem')} key={entry.id} className='training-list__item'>
              <Trainee entry={entry} />
              <EnrolmentDecisionForm entry={entry} onDecided={onDecided} />
            </View>
          ))}
        </View>
      </Card>
      <Card title={t('roster.confirmedTitle', { count: confirmed.length })}>
        {confirmed.length === 0 ? <Text className='muted'>{t('roster.noneConfirmed')}</Text> : null}
        <View {...roleProps('list')} className='training-list'>
          {confirmed.map((entry) => (
            <View {...roleProps('listitem')} key={entry.id} className='training-list__item'>
              <Trainee entry={entry} />
              <Text className='training-line training-line--strong'>{t('roster.attended', { attended: entry.attended, total: course.sessions.length })}</Text>
              {/* A face-value voucher's subsidy is the institution's to apply for; one who never checked in cannot have passed. */}
              {entry.payment === 'face_value' && entry.attended > 0 ? <TraineeSubsidy entry={entry} /> : null}
            </View>
          ))}
        </View>
      </Card>
      <Card title={t('roster.codesTitle')}>
        <SessionCodeLinks course={course} />
      </Card>
      <Card>
        <CourseFacts course={course} />
      </Card>
      <View className='training-links'>
        <Link to={routes.institutionSubsidies}>{t('roster.subsidiesLink')}</Link>
        <Link to={routes.institutionCourses}>{t('roster.toList')}</Link>
      </View>
    </View>
  )
}

/** A trainee as the institution may see her: masked name and ID number, her voucher's number and how it pays. */
function Trainee({ entry }: { readonly entry: RosterEntry }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  return (
    <View className='training-voucher'>
      <Heading level={3} className='training-voucher__title'>
        {entry.traineeName}
      </Heading>
      <Text className='training-line'>{t('roster.idNumber', { id: entry.idNumberMasked })}</Text>
      <Text className='training-line'>{t('roster.voucher', { number: entry.voucherNumber, payment: t(`payment.${entry.payment}`) })}</Text>
      <Text className='training-line muted'>{t('roster.requestedAt', { date: formatDate(entry.requestedAt, locale) })}</Text>
    </View>
  )
}
