import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { confirmDeathRecord } from '@renshe/shared/retiree/contract'
import type { DeathRecordForReview, DeathRecordStatus } from '@renshe/shared/retiree/schemas'
import { focusById } from '../../../lib/a11y/focus'
import { focusTarget, roleProps } from '../../../lib/a11y/pressable'
import { formatFen } from '../../../lib/format'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { routes } from '../../../routes'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Heading } from '../../../ui/heading'
import { Link } from '../../../ui/link'
import { ProblemNotice } from '../../../ui/problem-notice'
import { deathRecord } from '../office-api'
import { officeMessages } from '../office-messages'
import { OfficeDeathFacts } from './office-death-facts'
import { OfficeReverseForm } from './office-reverse-form'

type Step = 'idle' | 'confirming' | 'reversing'

/** What the officer's decision did, said once the record has its new state. */
type Outcome =
  | { readonly kind: 'confirmed' }
  | { readonly kind: 'reversed'; readonly paidFen: number; readonly stillHeldFen: number }
  /** Another officer (or a second partner) decided first: the record as it is now. */
  | { readonly kind: 'elsewhere' }

const statusTags: Readonly<Record<DeathRecordStatus, string>> = {
  pending: 'status-tag status-tag--warn',
  confirmed: 'status-tag',
  reversed: 'status-tag status-tag--ok',
}

interface DeathRecordProps {
  readonly initial: DeathRecordForReview
  /** The record a message linked to, shown first and marked. */
  readonly linked?: boolean
}

/**
 * One death record: what it says and what speaks against it; while pending, confirm it (after
 * a second step saying what follows) or reverse it with a reason; once confirmed, reverse it.
 */
export function OfficeDeathRecord({ initial, linked = false }: DeathRecordProps) {
  const t = useT(officeMessages)
  const [record, setRecord] = useState(initial)
  const [step, setStep] = useState<Step>('idle')
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null; readonly retry: () => void } | null>(null)
  const confirmation = useSubmission(confirmDeathRecord)
  const ids = {
    heading: `death-${record.id}`,
    confirm: `death-confirm-${record.id}`,
    reverse: `death-reverse-${record.id}`,
    confirmStep: `death-confirm-step-${record.id}`,
    outcome: `death-outcome-${record.id}`,
  }

  useEffect(() => {
    if (step === 'confirming') focusById(ids.confirmStep)
  }, [step, ids.confirmStep])
  useEffect(() => {
    if (outcome) focusById(ids.outcome)
  }, [outcome, ids.outcome])

  const decided = (next: DeathRecordForReview, done: Outcome) => {
    setRecord(next)
    setStep('idle')
    setFailure(null)
    setOutcome(done)
  }

  const decidedElsewhere = async () => {
    const fresh = await deathRecord(record.id)
    if (fresh.ok) decided(fresh.value, { kind: 'elsewhere' })
    else setFailure({ problem: fresh.network ? null : fresh.problem, retry: () => void decidedElsewhere() })
  }

  const confirm = async () => {
    setFailure(null)
    const result = await confirmation.submit({ params: { id: record.id } })
    if (result.ok) return decided(result.value, { kind: 'confirmed' })
    if (!result.network && result.problem.code === 'illegal_transition') return decidedElsewhere()
    setFailure({ problem: result.network ? null : result.problem, retry: () => void confirm() })
  }

  const cancel = (back: string) => {
    setStep('idle')
    setFailure(null)
    // The button that opened the step is back on the page only after this render.
    setTimeout(() => focusById(back), 0)
  }

  const open = (next: Step) => {
    setFailure(null)
    setOutcome(null)
    setStep(next)
  }

  return (
    <View {...roleProps('listitem')} aria-labelledby={ids.heading} className={linked ? 'retiree-office-row retiree-office-row--linked' : 'retiree-office-row'}>
      {linked ? <Text className='retiree-office-linked'>{t('deaths.linked')}</Text> : null}
      <View className='retiree-office-row__head'>
        <Heading level={2} id={ids.heading} className='retiree-office-row__name'>
          {record.pensionerMaskedName}
        </Heading>
        <Text className={statusTags[record.status]}>{t(`deaths.status.${record.status}`)}</Text>
      </View>
      <OfficeDeathFacts record={record} />

      {outcome ? (
        <View id={ids.outcome} {...focusTarget()} className='retiree-office-outcome'>
          <OutcomeBanner outcome={outcome} />
        </View>
      ) : null}
      {failure ? <ProblemNotice problem={failure.problem} onRetry={failure.retry} /> : null}

      {step === 'idle' && record.status !== 'reversed' ? (
        <View className='retiree-office-row__actions'>
          {record.status === 'pending' ? (
            <Button id={ids.confirm} variant='danger' onPress={() => open('confirming')}>
              {t('deaths.confirm')}
            </Button>
          ) : null}
          <Button id={ids.reverse} variant='secondary' onPress={() => open('reversing')}>
            {t('deaths.reverse')}
          </Button>
        </View>
      ) : null}

      {step === 'confirming' && record.status === 'pending' ? (
        <View className='retiree-office-reject'>
          <View id={ids.confirmStep} {...focusTarget()}>
            <Heading level={3} className='retiree-office-subtitle'>
              {t('deaths.confirmTitle')}
            </Heading>
            <Text className='retiree-office-block'>{t('deaths.confirmWhat')}</Text>
          </View>
          <View className='retiree-office-row__actions'>
            <Button variant='danger' busy={confirmation.sending} onPress={() => void confirm()}>
              {t('deaths.confirmYes')}
            </Button>
            <Button variant='secondary' onPress={() => cancel(ids.confirm)}>
              {t('deaths.cancel')}
            </Button>
          </View>
        </View>
      ) : null}

      {step === 'reversing' && record.status !== 'reversed' ? (
        <OfficeReverseForm
          record={record}
          onDone={(next) => decided(next, { kind: 'reversed', paidFen: Math.max(0, record.heldFen - next.heldFen), stillHeldFen: next.heldFen })}
          onDecidedElsewhere={() => void decidedElsewhere()}
          onCancel={() => cancel(ids.reverse)}
        />
      ) : null}
    </View>
  )
}

function OutcomeBanner({ outcome }: { readonly outcome: Outcome }) {
  const t = useT(officeMessages)
  if (outcome.kind === 'elsewhere') return <Banner tone='info'>{t('deaths.done.elsewhere')}</Banner>
  if (outcome.kind === 'confirmed') {
    return (
      <Banner tone='success' title={t('deaths.done.confirmed')}>
        <Text>{t('deaths.done.confirmedBody')}</Text>
        <View className='retiree-office-link-row retiree-office-link-row--flush'>
          <Link to={routes.overpayments}>{t('deaths.done.toOverpayments')}</Link>
        </View>
      </Banner>
    )
  }
  return (
    <Banner tone='success' title={t('deaths.done.reversed')}>
      {outcome.paidFen > 0 ? <Text>{t('deaths.done.paid', { amount: formatFen(outcome.paidFen) })}</Text> : null}
      {outcome.stillHeldFen > 0 ? <Text>{t('deaths.done.stillHeld', { amount: formatFen(outcome.stillHeldFen) })}</Text> : null}
    </Banner>
  )
}
