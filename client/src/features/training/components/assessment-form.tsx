import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import type { Candidate, NewAssessment } from '@renshe/shared/training/assessment'
import { recordAssessment } from '@renshe/shared/training/assessment-contract'
import { errorProp, errorsFromIssues, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import type { FieldProblem } from '../../../ui/error-summary'
import { Field } from '../../../ui/field'
import { ProblemNotice } from '../../../ui/problem-notice'
import { recordResult } from '../api'
import { refusalText } from '../labels'
import { trainingMessages } from '../messages'

interface AssessmentFormProps {
  readonly candidate: Candidate
  readonly onRecorded: (candidate: Candidate) => void
}

type Step = { readonly kind: 'choose' } | { readonly kind: 'pass' } | { readonly kind: 'confirm'; readonly assessment: NewAssessment }

type Failure = { readonly problem: Problem | null; readonly assessment: NewAssessment }

/**
 * A trainee's result: pass (with the certificate's number) or fail, then a check in the page
 * before it is saved, because a result is recorded once and never changed. A refusal is said
 * in the reader's language and leads back to what was typed.
 */
export function AssessmentForm({ candidate, onRecorded }: AssessmentFormProps) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const [step, setStep] = useState<Step>({ kind: 'choose' })
  const [number, setNumber] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<Failure | null>(null)
  const [sending, setSending] = useState(false)
  const refusal = refusalText(failure?.problem ?? null, locale)
  const numberId = `assessment-${candidate.enrolmentId}-number`
  const ids = { certificateNumber: numberId }
  const name = candidate.traineeMaskedName

  const check = (input: unknown) => {
    setFailure(null)
    const parsed = recordAssessment.body.safeParse(input)
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues, ids, locale))
    setErrors([])
    setStep({ kind: 'confirm', assessment: parsed.data })
  }

  const send = async (assessment: NewAssessment) => {
    setFailure(null)
    setSending(true)
    const result = await recordResult(candidate.enrolmentId, assessment)
    setSending(false)
    if (result.ok) return onRecorded(result.value)
    if (result.network) return setFailure({ problem: null, assessment })
    const fieldErrors = errorsFromProblem(result.problem, ids, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem, assessment })
    // Back to what was typed, so a taken number can be corrected rather than typed again.
    setStep(assessment.passed ? { kind: 'pass' } : { kind: 'choose' })
  }

  return (
    <View className='stack'>
      {refusal ? <Banner tone='error'>{refusal}</Banner> : null}
      {failure && !refusal ? <ProblemNotice problem={failure.problem} onRetry={() => void send(failure.assessment)} /> : null}
      {step.kind === 'choose' ? (
        <View className='stack'>
          <Button block onPress={() => setStep({ kind: 'pass' })}>
            <Text aria-hidden='true'>{t('assess.pass')}</Text>
            <Text className='visually-hidden'>{`${t('assess.pass')} ${name}`}</Text>
          </Button>
          <Button variant='secondary' block onPress={() => check({ passed: false })}>
            <Text aria-hidden='true'>{t('assess.fail')}</Text>
            <Text className='visually-hidden'>{`${t('assess.fail')} ${name}`}</Text>
          </Button>
        </View>
      ) : null}
      {step.kind === 'pass' ? (
        <View className='stack'>
          <Field
            id={numberId}
            label={t('assess.certificateNumber')}
            hint={t('assess.certificateHint')}
            maxLength={32}
            value={number}
            onChange={setNumber}
            {...errorProp(errors, numberId)}
          />
          <Button block onPress={() => check({ passed: true, certificateNumber: number })}>
            {t('assess.next')}
          </Button>
          <Button variant='secondary' block onPress={() => setStep({ kind: 'choose' })}>
            {t('assess.cancel')}
          </Button>
        </View>
      ) : null}
      {step.kind === 'confirm' ? (
        <View className='skills-confirm'>
          <Text className='skills-confirm__question'>
            {step.assessment.passed ? t('assess.confirmPass', { name, number: step.assessment.certificateNumber }) : t('assess.confirmFail', { name })}
          </Text>
          <Text>{t('assess.confirmOnce')}</Text>
          <Button block busy={sending} onPress={() => void send(step.assessment)}>
            {t('assess.save')}
          </Button>
          <Button variant='secondary' block disabled={sending} onPress={() => setStep(step.assessment.passed ? { kind: 'pass' } : { kind: 'choose' })}>
            {t('assess.back')}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
