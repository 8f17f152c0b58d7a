import { Image, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { pageLink } from '@renshe/shared/platform/pages'
import { attendanceRules, type SessionCode } from '@renshe/shared/training/attendance'
import { getSessionCode } from '@renshe/shared/training/attendance-contract'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Heading } from '../../../../ui/heading'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { LoginFirst } from '../../components/login-first'
import { dayText } from '../../labels'
import { trainingMessages } from '../../messages'
import { keepScreenAwake } from '../../../../lib/screen-awake'
import { useSessionCode } from '../../use-session-code'
import '../../training.css'

/** A session's rotating check-in code, on the institution's own screen (a tablet at the door): QR code and digits, big. */
export default function SessionCodePage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  const { id = '' } = useRouter().params
  return (
    <PageShell title={t('code.title')} operation={getSessionCode}>
      {!session ? <LoginFirst back={pageLink('sessionCode', { id })} /> : null}
      {session ? <CodeScreen sessionId={id} /> : null}
    </PageShell>
  )
}

function CodeScreen({ sessionId }: { readonly sessionId: string }) {
  const t = useT(trainingMessages)
  const { state, retry } = useSessionCode(sessionId)
  // The screen is left alone at the door: it must not dim while the code is up.
  useEffect(() => keepScreenAwake(), [])

  if (state.status === 'loading') return <Loading />
  if (state.status === 'failed') return <ProblemNotice problem={state.problem} onRetry={retry} loading />
  if (state.status === 'suspended') return <Banner tone='error'>{t('code.suspended')}</Banner>
  if (state.status === 'notNow') {
    return (
      <View className='stack'>
        <Banner tone='info'>{t('code.notNow', { minutes: attendanceRules.codeShownMinutesAround })}</Banner>
        <Button variant='secondary' block onPress={retry}>
          {t('code.tryNow')}
        </Button>
      </View>
    )
  }
  return <CodeShown code={state.value} refreshAt={state.refreshAt} />
}

/** `482917` → `482 917`: two groups of three read from across a room, and typed the same. */
const grouped = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`

function CodeShown({ code, refreshAt }: { readonly code: SessionCode; readonly refreshAt: number }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const { session } = code
  return (
    <View className='training-code'>
      <Heading level={2} className='training-voucher__title'>
        {code.courseName}
      </Heading>
      <Text className='training-line training-line--strong'>{t('course.session', { date: dayText(session.date, locale), from: session.from, to: session.to })}</Text>
      <Text className='training-line muted'>{session.place}</Text>
      <Text className='page__lead'>{t('code.lead')}</Text>
      <View className='training-code__shown'>
        <Image className='training-code__qr' src={code.qrDataUrl} mode='aspectFit' {...roleProps('img')} aria-label={t('code.qrAlt')} imgProps={{ alt: t('code.qrAlt') }} />
        <View className='training-code__side'>
          {/* Seen big; read out digit by digit, as it is typed. */}
          <Text className='training-code__digits' aria-hidden='true'>
            {grouped(code.code)}
          </Text>
          <Text className='visually-hidden'>{t('code.digitsLabel', { digits: code.code.split('').join(' ') })}</Text>
          <Countdown until={refreshAt} />
          <Text className='training-code__count'>{t('code.checkedIn', { checkedIn: code.checkedIn, rosterSize: code.rosterSize })}</Text>
        </View>
      </View>
      <View className='training-links'>
        <Link to={pageLink('courseRoster', { id: code.courseId })}>{t('code.toRoster')}</Link>
      </View>
    </View>
  )
}

/** Seconds until the code changes, by this device's clock; not announced (it would speak every second). */
function Countdown({ until }: { readonly until: number }) {
  const t = useT(trainingMessages)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000)
    return () => clearInterval(timer)
  }, [])
  const seconds = Math.max(0, Math.ceil((until - now) / 1_000))
  return <Text className='training-code__countdown'>{t('code.changesIn', { seconds })}</Text>
}
