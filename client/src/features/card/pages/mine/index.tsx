import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { CardApplication } from '@renshe/shared/card/applications'
import { getMyApplication, getMyCard } from '@renshe/shared/card/contract'
import type { MyCard, RevealedCard } from '@renshe/shared/card/schemas'
import type { Problem } from '@renshe/shared/platform/problem'
import { focusById } from '../../../../lib/a11y/focus'
import { focusTarget, roleProps } from '../../../../lib/a11y/pressable'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDateTime } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { ListLink } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { showWhole } from '../../api'
import { applyMessages } from '../../apply-messages'
import { isUnderWay } from '../../components/application-live'
import { CardFace } from '../../components/card-face'
import { CardStatus } from '../../components/card-status'
import { LoginFirst } from '../../components/login-first'
import { RevealToggle } from '../../components/reveal-toggle'
import { cardMessages } from '../../messages'
import '../../card.css'

/**
 * The holder's citizen card (decision 065): masked, shown whole at her request, reported lost for
 * now at once (at night, when no counter is open) and the report taken back. Grid staff acting
 * under `card.assist` see it masked and report it for her; showing it whole is hers alone.
 */
export default function MyCardPage() {
  const t = useT(cardMessages)
  const session = useStore(sessionStore)
  const [loaded, reload] = useOperation(getMyCard, session ? {} : null)
  // Her application, if any, beside the card: the way to apply, or how far it has got.
  const [application, reloadApplication] = useOperation(getMyApplication, session ? {} : null)
  const [outdated, setOutdated] = useState(false)
  // Back on the page: the card as it is now (a report may have lifted, a new card come), and shown masked again.
  useDidShow(() => {
    if (session && loaded.status !== 'loading') {
      setOutdated(false)
      reload()
      reloadApplication()
    }
  })

  return (
    <PageShell title={t('mine.title')} operation={getMyCard}>
      {!session ? <LoginFirst back={routes.myCard} /> : null}
      {session && loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading /> : null}
      {loaded.status === 'ok' ? (
        <CardView
          initial={loaded.value.card}
          application={application.status === 'ok' ? application.value.application : application.status === 'loading' ? undefined : null}
          outdated={outdated}
          onOutdated={() => {
            setOutdated(true)
            reload()
          }}
        />
      ) : null}
    </PageShell>
  )
}

interface CardViewProps {
  readonly initial: MyCard | null
  /** Her latest application; null when none (or it could not be read), undefined while it loads. */
  readonly application: CardApplication | null | undefined
  /** Loaded again because it had changed elsewhere while she acted on it. */
  readonly outdated: boolean
  readonly onOutdated: () => void
}

function CardView({ initial, application, outdated, onOutdated }: CardViewProps) {
  const ta = useT(applyMessages)
  const t = useT(cardMessages)
  const locale = useLocale()
  const actingFor = useStore(actingForStore)
  const [card, setCard] = useState(initial)
  const [done, setDone] = useState<'reported' | 'cancelled' | null>(null)
  const [revealed, setRevealed] = useState<RevealedCard | null>(null)
  const [revealing, setRevealing] = useState(false)
  const [revealFailure, setRevealFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  // What became of her act is said where focus goes: the button she pressed is gone.
  useEffect(() => {
    if (done || outdated) focusById('card-outcome')
  }, [done, outdated])

  const reveal = async (show: boolean) => {
    setRevealFailure(null)
    // Hidden again, the whole details leave the page's state, not only its screen.
    if (!show) return setRevealed(null)
    setRevealing(true)
    const result = await showWhole()
    setRevealing(false)
    if (result.ok) return setRevealed(result.value)
    setRevealFailure({ problem: result.network ? null : result.problem })
  }

  if (!card) {
    return (
      <View>
        <Banner tone='info' title={t('none.title')}>
          <Text>{ta(actingFor ? 'entry.noneActingExplain' : 'entry.noneExplain')}</Text>
        </Banner>
        <ApplyLinks card={null} application={application} />
        <CardLinks ecard={false} />
      </View>
    )
  }
  const until = card.temporaryLossUntil ? formatDateTime(card.temporaryLossUntil, locale) : ''
  return (
    <View>
      <Text className='page__lead'>{actingFor ? t('mine.leadActing', { name: actingFor.maskedName }) : t('mine.lead')}</Text>
      {done || outdated ? (
        <View id='card-outcome' {...focusTarget()}>
          {done === 'reported' ? <Banner tone='success'>{t('report.done', { until })}</Banner> : null}
          {done === 'cancelled' ? <Banner tone='success'>{t('cancel.done')}</Banner> : null}
          {outdated && !done ? <Banner tone='warning'>{t('changed')}</Banner> : null}
        </View>
      ) : null}
      <CardFace card={card} revealed={revealed} />
      {/* The holder's alone: the operation refuses a grant, so no eye is offered while acting. */}
      {actingFor ? null : (
        <View className='stack card-reveal-area'>
          <RevealToggle shown={revealed !== null} busy={revealing} onChange={(show) => void reveal(show)} />
          {revealed ? (
            <Button
              variant='secondary'
              block
              onPress={() => {
                void reveal(false)
                // This button leaves with what it hid: focus goes back to the eye.
                setTimeout(() => focusById('card-reveal-toggle'), 0)
              }}
            >
              {t('reveal.hide')}
            </Button>
          ) : null}
          {revealFailure ? <ProblemNotice problem={revealFailure.problem} onRetry={() => void reveal(true)} /> : null}
        </View>
      )}
      {/* The e-card is the holder's alone, and only a working card has a code. */}
      <CardLinks ecard={!actingFor && card.status === 'normal'} />
      <ApplyLinks card={card} application={application} />
      <CardStatus
        card={card}
        onChanged={(changed, act) => {
          setCard(changed)
          setDone(act)
        }}
        onOutdated={onOutdated}
      />
    </View>
  )
}

/** Where the card is used: its e-card at a gate, what it gives in each county, and the money paid onto it. */
function CardLinks({ ecard }: { readonly ecard: boolean }) {
  const t = useT(cardMessages)
  const actingFor = useStore(actingForStore)
  return (
    <View {...roleProps('group')} aria-label={t('links.label')} className='list'>
      {ecard ? <ListLink to={routes.myEcard} title={t('links.ecard')} detail={t('links.ecardDetail')} /> : null}
      <ListLink
        to={routes.myCardBenefits}
        title={actingFor ? t('links.benefitsActing', { name: actingFor.maskedName }) : t('links.benefits')}
        detail={t('links.benefitsDetail')}
      />
      <ListLink
        to={routes.myCardPayments}
        title={actingFor ? t('links.paymentsActing', { name: actingFor.maskedName }) : t('links.payments')}
        detail={t('links.paymentsDetail')}
      />
    </View>
  )
}

/**
 * Getting a card: how far her application has got, when there is one; a first card when she has
 * none in use, a replacement when she has; nothing new while one is under way.
 */
function ApplyLinks({ card, application }: { readonly card: MyCard | null; readonly application: CardApplication | null | undefined }) {
  const t = useT(applyMessages)
  if (application === undefined) return null
  const live = card !== null && card.status !== 'cancelled'
  return (
    <View {...roleProps('group')} aria-label={t('entry.label')} className='list card-apply-links'>
      {application ? (
        <ListLink
          to={routes.cardApplication}
          title={t('entry.progress')}
          detail={t('entry.progressDetail', { kind: t(`kind.${application.kind}`), status: t(`status.${application.status}`) })}
        />
      ) : null}
      {isUnderWay(application) ? null : live ? (
        <ListLink to={routes.cardApply} title={t('entry.replace')} detail={t('entry.replaceDetail')} />
      ) : (
        <ListLink to={routes.cardApply} title={t('entry.first')} detail={t('entry.firstDetail')} />
      )}
    </View>
  )
}
