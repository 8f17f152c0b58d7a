import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { signContract, startSigning } from '@renshe/shared/contracts/contract'
import { SigningStart, type Contract } from '@renshe/shared/contracts/schemas'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { roleProps } from '../../../lib/a11y/pressable'
import { call } from '../../../lib/api'
import { startFaceCheck } from '../../../lib/face-check/face-check'
import { errorOf, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { DevFacePanel } from '../../../ui/dev-face-panel'
import { ErrorSummary, type FieldProblem } from '../../../ui/error-summary'
import { Field } from '../../../ui/field'
import { ProblemNotice } from '../../../ui/problem-notice'
import { contractMessages } from '../contract-messages'
import { deviceName } from '../device'

type Step =
  | { readonly kind: 'ready' | 'starting' | 'signing' | 'notPassed' }
  /** The development provider: its labelled panel stands in for the phone's face check. */
  | { readonly kind: 'development'; readonly attemptId: string; readonly verifyId: string }
  | { readonly kind: 'unsupported' | 'outdated' | 'cancelled' | 'error' }

/** A check that has run: the server is asked to sign with it (again, after a lost answer). */
interface FinishedCheck {
  readonly attemptId: string
  readonly verifyId: string
  readonly simulated?: 'pass' | 'fail'
}

const ids = { 'signatory.name': 'sign-name', 'signatory.idNumber': 'sign-id' } as const

interface SigningPanelProps {
  readonly contract: Contract
  /** The contract as the signature left it: signed by the caller. */
  readonly onSigned: (next: Contract) => void
  /** The contract as a check that did not pass left it (its evidence chain says so). */
  readonly onChanged: (next: Contract) => void
  /** Someone moved the contract on first: the page loads it again. */
  readonly onOutdated: () => void
}

/**
 * A signature after an identity check of the signer (decision 073): the employer names its
 * authorised person; the worker is checked against her own real name. startSigning opens the
 * check, WeChat's face check (or the development panel, labelled as such) runs it, and
 * signContract signs with it. The check's session is never shown.
 */
export function SigningPanel({ contract, onSigned, onChanged, onOutdated }: SigningPanelProps) {
  const t = useT(contractMessages)
  const locale = useLocale()
  const employer = contract.myRole === 'employer'
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [step, setStep] = useState<Step>({ kind: 'ready' })
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const lastCheck = useRef<FinishedCheck | null>(null)
  const signing = useSubmission(signContract)

  const refused = (problem: Problem) => {
    if (problem.code === 'illegal_transition') return onOutdated()
    // The server refuses a check that did not pass, ran out, or was already used.
    if (problem.code === 'conflict') return setStep({ kind: 'notPassed' })
    setFailure({ problem })
    setStep({ kind: 'ready' })
  }

  const finish = async (check: FinishedCheck) => {
    lastCheck.current = check
    setFailure(null)
    setStep({ kind: 'signing' })
    const result = await signing.submit({
      params: { id: contract.id },
      body: { attemptId: check.attemptId, verifyId: check.verifyId, device: deviceName(), ...(check.simulated ? { simulated: check.simulated } : {}) },
    })
    if (!result.ok && result.network) {
      // A lost answer is asked again with the same check and the same key: it signs once.
      setFailure({ problem: null })
      return setStep({ kind: 'error' })
    }
    lastCheck.current = null
    if (!result.ok) return refused(result.problem)
    if (result.value.signatures.some((signature) => signature.signer === contract.myRole)) return onSigned(result.value)
    onChanged(result.value)
    setStep({ kind: 'notPassed' })
  }

  const begin = async () => {
    setFailure(null)
    lastCheck.current = null
    const draft = employer ? { signatory: { name, idNumber }, device: deviceName() } : { device: deviceName() }
    const parsed = SigningStart.safeParse(draft)
    if (!parsed.success) {
      const found: FieldProblem[] = []
      for (const [path, fieldId] of Object.entries(ids)) {
        const issue = parsed.error.issues.find((candidate) => candidate.path.join('.') === path)
        if (issue) found.push({ fieldId, message: fieldMessage(issue.message, locale) })
      }
      return setErrors(found)
    }
    setErrors([])
    // Each check is a new signature attempt: a new key for it.
    signing.edited()
    setStep({ kind: 'starting' })
    const started = await call(startSigning, { params: { id: contract.id }, body: parsed.data })
    if (!started.ok) {
      if (started.network) {
        setFailure({ problem: null })
        return setStep({ kind: 'ready' })
      }
      const fieldErrors = errorsFromProblem(started.problem, ids, locale)
      if (fieldErrors.length > 0) {
        setErrors(fieldErrors)
        return setStep({ kind: 'ready' })
      }
      return refused(started.problem)
    }
    const { attemptId, verifyId, provider } = started.value
    if (provider === 'development') return setStep({ kind: 'development', attemptId, verifyId })
    const checked = await startFaceCheck({ verifyId })
    if (checked.kind === 'done') return finish({ attemptId, verifyId })
    setStep({ kind: checked.kind })
  }

  const retry = () => {
    const last = lastCheck.current
    if (last) void finish(last)
    else void begin()
  }

  const busy = step.kind === 'starting' || step.kind === 'signing'
  return (
    <View className='contract-stack'>
      <Text>{employer ? t('sign.employerLead') : t('sign.workerLead')}</Text>
      <ErrorSummary errors={errors} id='sign-errors' labels={{ [ids['signatory.name']]: t('sign.name'), [ids['signatory.idNumber']]: t('sign.idNumber') }} />
      {employer ? (
        <View>
          <Field id={ids['signatory.name']} label={t('sign.name')} maxLength={30} error={errorOf(errors, ids['signatory.name'])} value={name} onChange={setName} />
          <Field
            id={ids['signatory.idNumber']}
            label={t('sign.idNumber')}
            hint={t('sign.idNumberHint')}
            type='idcard'
            maxLength={18}
            error={errorOf(errors, ids['signatory.idNumber'])}
            value={idNumber}
            onChange={setIdNumber}
          />
        </View>
      ) : null}
      {step.kind === 'notPassed' ? <Banner tone='warning'>{t('sign.notPassed')}</Banner> : null}
      {step.kind === 'unsupported' ? (
        <Banner tone='warning' title={t('sign.wechatOnly.title')}>
          <Text>{t('sign.wechatOnly.body')}</Text>
        </Banner>
      ) : null}
      {step.kind === 'outdated' ? (
        <Banner tone='warning' title={t('sign.updateWechat.title')}>
          <Text>{t('sign.updateWechat.body')}</Text>
        </Banner>
      ) : null}
      {step.kind === 'cancelled' ? <Banner tone='info'>{t('sign.cancelled')}</Banner> : null}
      {step.kind === 'error' && !failure ? <Banner tone='error'>{t('sign.error')}</Banner> : null}
      {failure ? <ProblemNotice problem={failure.problem} onRetry={retry} /> : null}
      {busy ? (
        <Text {...roleProps('status')} className='muted'>
          {step.kind === 'starting' ? t('sign.starting') : t('sign.signing')}
        </Text>
      ) : null}
      {step.kind === 'development' ? (
        <DevFacePanel busy={false} onResult={(simulated) => void finish({ attemptId: step.attemptId, verifyId: step.verifyId, simulated })} />
      ) : (
        <Button block busy={busy} onPress={() => void begin()}>
          {t('sign.start')}
        </Button>
      )}
    </View>
  )
}
