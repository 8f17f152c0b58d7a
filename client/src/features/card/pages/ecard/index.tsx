import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { getMyCard } from '@renshe/shared/card/contract'
import type { MyCard } from '@renshe/shared/card/schemas'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { EcardQr } from '../../components/ecard-qr'
import { LoginFirst } from '../../components/login-first'
import { cardMessages } from '../../messages'
import { keepScreenAwake } from '../../../../lib/screen-awake'
import { useEcardCode, type EcardState } from './use-ecard-code'
import '../../card.css'

/**
 * The holder's e-card (decision 066): a QR code of a signed token that a bus gate, a park or a
 * museum checks offline, turning over every minute, with her masked name and card number. Hers
 * alone: grid staff acting for her are told it shows on her own phone (the operation refuses a
 * grant, and a code on a helper's phone would be a card out of her hands).
 */
export default function EcardPage() {
  const t = useT(cardMessages)
  const session = useStore(sessionStore)
  const actingFor = useStore(actingForStore)
  return (
    <PageShell title={t('ecard.title')}>
      {!session ? <LoginFirst back={routes.myEcard} /> : null}
      {session && actingFor ? (
        <Banner tone='info' title={t('ecard.acting.title')}>
          <Text>{t('ecard.acting.body', { name: actingFor.maskedName })}</Text>
          <Link to={routes.myCard}>{t('ecard.acting.back')}</Link>
        </Banner>
      ) : null}
      {session && !actingFor ? <Ecard /> : null}
    </PageShell>
  )
}

function Ecard() {
  const t = useT(cardMessages)
  const [read] = useOperation(getMyCard, {})
  // Null: no card; undefined: not known (yet, or its read failed: the code does not need it).
  const card = read.status === 'ok' ? read.value.card : undefined
  const stoppedByRead = card !== undefined && card !== null && card.status !== 'normal'
  const { state, refresh } = useEcardCode(card !== null && !stoppedByRead)
  // Back from another app or the lock screen: a code that turned over meanwhile is replaced at once.
  useDidShow(() => {
    if (state.status === 'shown' && Date.now() >= state.refreshAt) refresh()
  })

  if (card === null || state.status === 'noCard') {
    return (
      <Banner tone='info' title={t('none.title')}>
        <Text>{t('none.explain')}</Text>
      </Banner>
    )
  }
  if (stoppedByRead || state.status === 'stopped') return <Stopped card={card} />
  if (state.status === 'loading') return <Loading />
  if (state.status === 'failed') return <ProblemNotice problem={state.problem} onRetry={refresh} loading />
  return <CodeShown shown={state} card={card} onRefresh={refresh} />
}

function Stopped({ card }: { readonly card: MyCard | undefined }) {
  const t = useT(cardMessages)
  return (
    <View className='stack'>
      <Banner tone='error' title={t('ecard.stopped.title')}>
        {card && card.status !== 'normal' ? <Text>{t('ecard.stopped.status', { status: t(`badge.${card.status}`) })}</Text> : null}
        <Text>{t('ecard.stopped.body')}</Text>
      </Banner>
      <Link to={routes.myCard}>{t('ecard.toCard')}</Link>
    </View>
  )
}

interface CodeShownProps {
  readonly shown: Extract<EcardState, { status: 'shown' }>
  readonly card: MyCard | undefined
  readonly onRefresh: () => void
}

function CodeShown({ shown, card, onRefresh }: CodeShownProps) {
  const t = useT(cardMessages)
  // Never before the code arrived: the clock below ticks once a second, a new code comes between.
  const now = Math.max(useNow(), shown.receivedAt)
  // Shown at a gate, the code must not dim away while she waits her turn.
  useEffect(() => keepScreenAwake(), [])
  const { code, trouble, refreshing } = shown
  const seconds = Math.max(0, Math.ceil((shown.refreshAt - now) / 1_000))
  const expired = now >= shown.expiresAt
  return (
    <View className='ecard'>
      <Text className='page__lead'>{t('ecard.lead')}</Text>
      {card ? (
        <View className='ecard__holder'>
          <Fact label={t('face.name')} value={card.holderMaskedName} />
          <Fact label={t('face.number')} value={card.cardNumberMasked} />
        </View>
      ) : null}
      {/* A code signed by the development key says so on its face: it proves nothing at a real gate. */}
      {code.development ? <Text className='ecard__development'>{t('ecard.development')}</Text> : null}
      {expired ? (
        <Banner tone='warning' title={t('ecard.expired.title')}>
          <Text>{t('ecard.expired.body')}</Text>
        </Banner>
      ) : (
        <View className='ecard__shown'>
          <EcardQr token={code.token} label={seconds > 0 ? t('ecard.qrLabel', { seconds }) : t('ecard.qrLabelNow')} />
          {/* Not announced: it would speak every second; the code's name says it. */}
          <Text className='ecard__countdown' aria-hidden='true'>
            {seconds > 0 ? t('ecard.changesIn', { seconds }) : t('ecard.changing')}
          </Text>
        </View>
      )}
      {trouble?.problem ? <ProblemNotice problem={trouble.problem} /> : null}
      {trouble && !trouble.problem && !expired ? <Banner tone='warning'>{t('ecard.offline')}</Banner> : null}
      <Button variant='secondary' block busy={refreshing} onPress={onRefresh}>
        {t('ecard.refresh')}
      </Button>
      <View className='ecard__links'>
        <Link to={routes.myCardBenefits}>{t('ecard.toBenefits')}</Link>
      </View>
    </View>
  )
}

function Fact({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <View className='ecard__fact'>
      <Text className='ecard__label'>{label}</Text>
      <Text className='ecard__value'>{value}</Text>
    </View>
  )
}

/** This device's time, each second: the countdown, and the moment an unrenewed code is spent. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000)
    return () => clearInterval(timer)
  }, [])
  return now
}
