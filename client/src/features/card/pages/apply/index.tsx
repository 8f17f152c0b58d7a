import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { ApplicationKind, Outlet, OutletList, ReplacementReason } from '@renshe/shared/card/applications'
import { applyForCard, getMyApplication, getMyCard, listOutlets } from '@renshe/shared/card/contract'
import type { MyCard } from '@renshe/shared/card/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Problem } from '@renshe/shared/platform/problem'
import { focusById } from '../../../../lib/a11y/focus'
import { focusTarget } from '../../../../lib/a11y/pressable'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { errorOf, errorsFromProblem } from '../../../../lib/form-errors'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { useSubmission } from '../../../../lib/use-submission'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { ChoiceRow } from '../../../../ui/choice-row'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Link, openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { applyMessages } from '../../apply-messages'
import { isUnderWay } from '../../components/application-live'
import { LoginFirst } from '../../components/login-first'
import { useMyLocation } from '../../components/use-my-location'
import { ConfirmStep } from './confirm-step'
import { OutletStep, outletGroupId } from './outlet-step'
import { explainRefusal, mayBeExplained, type Refusal } from './refusal'
import '../../card.css'

const reasons: readonly ReplacementReason[] = ['expired', 'damaged', 'details_changed', 'lost']
const reasonGroupId = 'apply-reason'

/**
 * Applying for a citizen card (decision 067): a replacement when she has a card in use — why,
 * then where to collect it, then a check — or her first card — where, then the check. Sent, it
 * opens the application's progress. Grid staff acting under `card.assist` apply for her.
 */
export default function CardApplyPage() {
  const t = useT(applyMessages)
  const session = useStore(sessionStore)
  const [card, reloadCard] = useOperation(getMyCard, session ? {} : null)
  const [application, reloadApplication] = useOperation(getMyApplication, session ? {} : null)
  const failed = [card, application].find((loaded) => loaded.status === 'problem' || loaded.status === 'network')
  const retry = () => {
    reloadCard()
    reloadApplication()
  }

  return (
    <PageShell title={t('apply.title')} operation={applyForCard}>
      {!session ? <LoginFirst back={routes.cardApply} /> : null}
      {session && !failed && (card.status === 'loading' || application.status === 'loading') ? <Loading /> : null}
      {failed ? <ProblemNotice problem={failed.status === 'problem' ? failed.problem : null} onRetry={retry} loading /> : null}
      {card.status === 'ok' && application.status === 'ok' ? (
        isUnderWay(application.value.application) ? (
          <UnderWay />
        ) : (
          <ApplyFlow card={liveCard(card.value.card)} />
        )
      ) : null}
    </PageShell>
  )
}

/** A card still in use (a cancelled one is history): what a replacement replaces. */
function liveCard(card: MyCard | null): MyCard | null {
  return card && card.status !== 'cancelled' ? card : null
}

function UnderWay() {
  const t = useT(applyMessages)
  return (
    <Banner tone='info' title={t('underWay.title')}>
      <Text>{t('underWay.body')}</Text>
      <Link to={routes.cardApplication}>{t('underWay.link')}</Link>
    </Banner>
  )
}

type Step = 'reason' | 'outlet' | 'confirm'

interface Failure {
  readonly refusal: Refusal | null
  /** Null: no answer came. */
  readonly problem: Problem | null
}

function ApplyFlow({ card: initialCard }: { readonly card: MyCard | null }) {
  const t = useT(applyMessages)
  const locale = useLocale()
  const actingFor = useStore(actingForStore)
  // What she chose stays chosen whatever the server answers; only a closed outlet is let go.
  const [card, setCard] = useState(initialCard)
  const [kind, setKind] = useState<ApplicationKind>(initialCard ? 'replacement' : 'first')
  const [step, setStep] = useState<Step>(initialCard ? 'reason' : 'outlet')
  const [reason, setReason] = useState<ReplacementReason | null>(null)
  const [outlet, setOutlet] = useState<Outlet | null>(null)
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<Failure | null>(null)
  const [explaining, setExplaining] = useState(false)
  const submission = useSubmission(applyForCard)

  const [locating, locate] = useMyLocation()
  const point = locating.state === 'found' ? locating.point : null
  const query = point ? { service: 'collect' as const, lat: point.lat, lng: point.lng } : { service: 'collect' as const }
  const [outlets, reloadOutlets] = useOperation(listOutlets, { query })
  // The list shown stays while another (sorted by distance) loads, so her place and focus stay.
  const [shown, setShown] = useState<OutletList | null>(null)
  useEffect(() => {
    if (outlets.status === 'ok') setShown(outlets.value)
  }, [outlets])

  const steps: readonly Step[] = kind === 'replacement' ? ['reason', 'outlet', 'confirm'] : ['outlet', 'confirm']
  // A new step starts where it is read from: its number; not when the page first opens.
  const opened = useRef(false)
  useEffect(() => {
    if (opened.current) focusById('apply-step', 'start')
    opened.current = true
  }, [step])

  const go = (next: Step) => {
    setErrors([])
    setStep(next)
  }

  const next = () => {
    if (step === 'reason' && !reason) return setErrors([{ fieldId: reasonGroupId, message: t('reason.missing') }])
    if (step === 'outlet' && !outlet) return setErrors([{ fieldId: outletGroupId, message: t('outlets.missing') }])
    setFailure(null)
    go(step === 'reason' ? 'outlet' : 'confirm')
  }

  const chooseReason = (chosen: ReplacementReason) => {
    setReason(chosen)
    setErrors([])
    submission.edited()
  }
  const chooseOutlet = (chosen: Outlet) => {
    setOutlet(chosen)
    setErrors([])
    submission.edited()
  }
  const switchKind = (to: ApplicationKind) => {
    setKind(to)
    setFailure(null)
    submission.edited()
    go(to === 'replacement' ? 'reason' : 'confirm')
  }

  const send = async () => {
    if (!outlet) return go('outlet')
    setFailure(null)
    const body = kind === 'replacement' && reason ? { kind, reason, outletId: outlet.id } : { kind, outletId: outlet.id }
    const result = await submission.submit({ body })
    if (result.ok) return openPage(pageLink('cardApplication', { submitted: '1' }), true)
    if (result.network) return setFailure({ refusal: null, problem: null })
    const { problem } = result
    const fieldErrors = errorsFromProblem(problem, { reason: reasonGroupId, outletId: outletGroupId }, locale)
    if (fieldErrors.length > 0) {
      setErrors(fieldErrors)
      return setStep(errorOf(fieldErrors, reasonGroupId) && kind === 'replacement' ? 'reason' : 'outlet')
    }
    if (!mayBeExplained(problem)) return setFailure({ refusal: null, problem })
    setExplaining(true)
    const refusal = await explainRefusal(kind, outlet, query)
    setExplaining(false)
    if (refusal.kind === 'has_card') setCard(refusal.card)
    if (refusal.kind === 'outlet_closed') {
      setShown(refusal.outlets)
      setOutlet(null)
      submission.edited()
      go('outlet')
    }
    setFailure({ refusal, problem })
  }

  const lead = kind === 'replacement' && card ? t('apply.leadReplace', { card: card.cardNumberMasked }) : t('apply.leadFirst')
  return (
    <View className='stack'>
      <Text className='page__lead'>{actingFor ? `${t('apply.leadActing', { name: actingFor.maskedName })}${lead}` : lead}</Text>
      <ErrorSummary errors={errors} id='apply-errors' />
      {failure?.refusal?.kind === 'outlet_closed' ? (
        <Banner tone='error' title={t('outletClosed.title')}>
          <Text>{t('outletClosed.body', { name: failure.refusal.outlet.name })}</Text>
        </Banner>
      ) : null}
      <View id='apply-step' {...focusTarget()} className='stack'>
        <Text className='card-apply-progress'>{t('apply.progress', { step: steps.indexOf(step) + 1, total: steps.length })}</Text>
        {step === 'reason' ? (
          <ChoiceRow
            id={reasonGroupId}
            legend={t('reason.legend')}
            error={errorOf(errors, reasonGroupId)}
            options={reasons.map((value) => ({ value, label: t(`reason.${value}`) }))}
            isOn={(value) => value === reason}
            onPress={chooseReason}
          />
        ) : null}
        {step === 'reason' || (step === 'confirm' && kind === 'replacement') ? <OldCardStops card={card} /> : null}
        {step === 'outlet' ? (
          <OutletStep list={shown} loading={outlets.status === 'loading'} chosen={outlet} error={errorOf(errors, outletGroupId)} locating={locating} onLocate={locate} onChoose={chooseOutlet} />
        ) : null}
        {step === 'outlet' && !shown && (outlets.status === 'problem' || outlets.status === 'network') ? (
          <ProblemNotice problem={outlets.status === 'problem' ? outlets.problem : null} onRetry={reloadOutlets} loading />
        ) : null}
        {step === 'confirm' && outlet ? <ConfirmStep kind={kind} reason={reason} outlet={outlet} onChangeReason={() => go('reason')} onChangeOutlet={() => go('outlet')} /> : null}
      </View>
      {failure && failure.refusal?.kind !== 'outlet_closed' ? <FailureNotice failure={failure} onSwitch={switchKind} onRetry={() => void send()} /> : null}
      <View className='card-apply-actions'>
        {step === 'confirm' ? (
          <Button block busy={submission.sending || explaining} onPress={() => void send()}>
            {kind === 'replacement' ? t('confirm.submitReplace') : t('confirm.submit')}
          </Button>
        ) : (
          <Button block onPress={next}>
            {t('apply.next')}
          </Button>
        )}
        {steps.indexOf(step) > 0 ? (
          <Button variant='secondary' block disabled={submission.sending} onPress={() => go(steps[steps.indexOf(step) - 1] ?? step)}>
            {t('apply.back')}
          </Button>
        ) : null}
      </View>
    </View>
  )
}

/** Said before she applies, and again at the check: a replacement stops the old card at once. */
function OldCardStops({ card }: { readonly card: MyCard | null }) {
  const t = useT(applyMessages)
  return (
    <Banner tone='warning' title={t('stop.title')} urgent={false}>
      <Text>{t('stop.body')}</Text>
      <Text>{card?.status === 'temporarily_lost' ? t('stop.temporaryYours') : t('stop.temporary')}</Text>
    </Banner>
  )
}

interface FailureNoticeProps {
  readonly failure: Failure
  readonly onSwitch: (kind: ApplicationKind) => void
  readonly onRetry: () => void
}

function FailureNotice({ failure, onSwitch, onRetry }: FailureNoticeProps) {
  const t = useT(applyMessages)
  switch (failure.refusal?.kind) {
    case 'under_way':
      return (
        <Banner tone='error' title={t('underWay.title')}>
          <Text>{t('underWay.body')}</Text>
          <Link to={routes.cardApplication}>{t('underWay.link')}</Link>
        </Banner>
      )
    case 'has_card':
      return (
        <Banner tone='error' title={t('hasCard.title')}>
          <Text>{t('hasCard.body')}</Text>
          <Button variant='secondary' onPress={() => onSwitch('replacement')}>
            {t('hasCard.switch')}
          </Button>
        </Banner>
      )
    case 'no_card':
      return (
        <Banner tone='error' title={t('noCard.title')}>
          <Text>{t('noCard.body')}</Text>
          <Button variant='secondary' onPress={() => onSwitch('first')}>
            {t('noCard.switch')}
          </Button>
        </Banner>
      )
    default:
      return <ProblemNotice problem={failure.problem} onRetry={onRetry} />
  }
}
