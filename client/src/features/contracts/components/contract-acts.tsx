import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { declineContract, withdrawContract } from '@renshe/shared/contracts/contract'
import type { Contract } from '@renshe/shared/contracts/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Problem } from '@renshe/shared/platform/problem'
import { focusById } from '../../../lib/a11y/focus'
import { focusTarget } from '../../../lib/a11y/pressable'
import { errorOf, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import type { FieldProblem } from '../../../ui/error-summary'
import { openPage } from '../../../ui/link'
import { LongText } from '../../../ui/long-text'
import { ProblemNotice } from '../../../ui/problem-notice'
import { contractMessages } from '../contract-messages'

export type ContractAct = 'declined' | 'withdrawn'

interface ContractActsProps {
  readonly contract: Contract
  readonly onDone: (next: Contract, act: ContractAct) => void
  readonly onOutdated: () => void
}

/**
 * What else the caller may do now beside signing: the employer changes its draft or withdraws
 * the contract, the worker declines it; each of the last two asked once more in the page.
 */
export function ContractActs({ contract, onDone, onOutdated }: ContractActsProps) {
  const t = useT(contractMessages)
  const [open, setOpen] = useState<'decline' | 'withdraw' | null>(null)
  const allowed = contract.allowedActions
  const acts = (['edit', 'decline', 'withdraw'] as const).filter((act) => allowed.includes(act))
  if (acts.length === 0) return null
  const close = (act: 'decline' | 'withdraw') => {
    setOpen(null)
    setTimeout(() => focusById(`choose-${act}`), 0)
  }
  return (
    <View>
      <View className='contract-acts'>
        {acts.map((act) => (
          <Button
            key={act}
            id={`choose-${act}`}
            variant={act === 'edit' ? 'secondary' : 'danger'}
            onPress={() => (act === 'edit' ? openPage(pageLink('contractDraft', { id: contract.id })) : setOpen(act))}
          >
            {t(`actions.${act}`)}
          </Button>
        ))}
      </View>
      {open === 'decline' ? <DeclineForm contract={contract} onDone={(next) => onDone(next, 'declined')} onOutdated={onOutdated} onCancel={() => close('decline')} /> : null}
      {open === 'withdraw' ? <WithdrawForm contract={contract} onDone={(next) => onDone(next, 'withdrawn')} onOutdated={onOutdated} onCancel={() => close('withdraw')} /> : null}
    </View>
  )
}

interface ActFormProps {
  readonly contract: Contract
  readonly onDone: (next: Contract) => void
  readonly onOutdated: () => void
  readonly onCancel: () => void
}

const reasonId = 'decline-reason'

function DeclineForm({ contract, onDone, onOutdated, onCancel }: ActFormProps) {
  const t = useT(contractMessages)
  const locale = useLocale()
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const { submit, sending } = useSubmission(declineContract)
  useEffect(() => focusById('decline-start'), [])

  const send = async () => {
    setFailure(null)
    const result = await submit({ params: { id: contract.id }, body: { reason } })
    if (result.ok) return onDone(result.value)
    if (result.network) return setFailure({ problem: null })
    if (result.problem.code === 'illegal_transition' || result.problem.code === 'conflict') return onOutdated()
    const fieldErrors = errorsFromProblem(result.problem, { reason: reasonId }, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  return (
    <Card title={t('decline.title')}>
      <View className='contract-stack'>
        <View id='decline-start' {...focusTarget()} className='contract-confirm'>
          <Text>{t('decline.ask')}</Text>
        </View>
        <LongText id={reasonId} label={t('decline.reason')} hint={t('decline.reasonHint')} maxLength={300} error={errorOf(errors, reasonId)} value={reason} onChange={setReason} />
        {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
        <Button block variant='danger' busy={sending} onPress={() => void send()}>
          {t('decline.yes')}
        </Button>
        <Button block variant='secondary' disabled={sending} onPress={onCancel}>
          {t('cancel')}
        </Button>
      </View>
    </Card>
  )
}

function WithdrawForm({ contract, onDone, onOutdated, onCancel }: ActFormProps) {
  const t = useT(contractMessages)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const { submit, sending } = useSubmission(withdrawContract)
  useEffect(() => focusById('withdraw-start'), [])

  const send = async () => {
    setFailure(null)
    const result = await submit({ params: { id: contract.id } })
    if (result.ok) return onDone(result.value)
    if (!result.network && (result.problem.code === 'illegal_transition' || result.problem.code === 'conflict')) return onOutdated()
    setFailure({ problem: result.network ? null : result.problem })
  }

  return (
    <Card title={t('withdraw.title')}>
      <View className='contract-stack'>
        <View id='withdraw-start' {...focusTarget()} className='contract-confirm'>
          <Text>{t('withdraw.ask')}</Text>
        </View>
        {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
        <Button block variant='danger' busy={sending} onPress={() => void send()}>
          {t('withdraw.yes')}
        </Button>
        <Button block variant='secondary' disabled={sending} onPress={onCancel}>
          {t('cancel')}
        </Button>
      </View>
    </Card>
  )
}
