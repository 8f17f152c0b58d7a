import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { OperationInput } from '@renshe/shared/platform/operation'
import type { Problem } from '@renshe/shared/platform/problem'
import { actOnComplaint } from '@renshe/shared/wages/contract'
import type { CaseDetail } from '@renshe/shared/wages/schemas'
import { errorProp } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { Checkbox } from '../../../ui/checkbox'
import { domainLabels } from '../../../ui/domain-labels'
import { ErrorSummary, type FieldProblem } from '../../../ui/error-summary'
import { Field } from '../../../ui/field'
import { ProblemNotice } from '../../../ui/problem-notice'
import { RadioGroup } from '../../../ui/radio-group'
import { officeMessages } from '../office-messages'
import { actionBody, actionErrorsFromProblem, actionFieldIds, type ActionValues, type OfficeActionKind } from './office-action-body'
import { fenToYuanText } from '../../../lib/money'
import { LongText } from '../../../ui/long-text'

interface ActionFormProps {
  readonly kind: OfficeActionKind
  readonly detail: CaseDetail
  readonly onDone: (detail: CaseDetail) => void
  /** Someone else moved the case on first: the page says so and loads it again. */
  readonly onConflict: (problem: Problem) => void
  readonly onCancel: () => void
}

const textLimits: Record<OfficeActionKind, number> = {
  accept: 0,
  reject: 300,
  mediate: 300,
  recordMediation: 300,
  transferInspection: 300,
  transferArbitration: 300,
  extend: 300,
  close: 500,
}

/** One action on a case as a small form in the page: what it needs, then send or cancel. */
export function OfficeActionForm({ kind, detail, onDone, onConflict, onCancel }: ActionFormProps) {
  const t = useT(officeMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const [values, setValues] = useState<ActionValues>({
    text: '',
    settled: 'yes',
    paidYuan: '0',
    workerConfirmed: false,
    recoveredYuan: fenToYuanText(detail.recoveredFen),
  })
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const { submit, edited, sending } = useSubmission(actOnComplaint)
  const lastInput = useRef<OperationInput<typeof actOnComplaint> | null>(null)

  const change = <K extends keyof ActionValues>(key: K) => (value: ActionValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
    edited()
  }

  const send = async (input: OperationInput<typeof actOnComplaint>) => {
    lastInput.current = input
    setFailure(null)
    const result = await submit(input)
    if (result.ok) return onDone(result.value)
    if (result.network) return setFailure({ problem: null })
    if (result.problem.code === 'illegal_transition') return onConflict(result.problem)
    const fieldErrors = result.problem.code === 'validation_failed' ? actionErrorsFromProblem(result.problem, locale) : []
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  const sendForm = () => {
    const checked = actionBody(kind, values, locale)
    if (!checked.ok) return setErrors(checked.errors)
    setErrors([])
    void send({ params: { id: detail.id }, body: checked.body })
  }

  const textLabel = kind === 'reject' || kind === 'extend' ? t('action.reason') : kind === 'close' ? t('action.conclusion') : t('action.note')
  const textRequired = kind === 'reject' || kind === 'extend' || kind === 'close'

  return (
    <Card title={label(`caseAction.${kind}`)}>
      <View className='office-action-form'>
        <ErrorSummary errors={errors} id='action-errors' />
        {failure ? <ProblemNotice problem={failure.problem} onRetry={() => lastInput.current && void send(lastInput.current)} /> : null}
        <Text className='office-block'>{t(`action.lead.${kind}`)}</Text>
        {kind === 'recordMediation' ? (
          <View>
            <RadioGroup
              id={actionFieldIds.settled}
              legend={t('action.settled')}
              options={[
                { value: 'yes' as const, label: t('action.settledYes') },
                { value: 'no' as const, label: t('action.settledNo') },
              ]}
              value={values.settled}
              onChange={change('settled')}
            />
            <Field
              id={actionFieldIds.paidFen}
              label={t('action.paid')}
              hint={t('action.amountHint')}
              type='digit'
              maxLength={14}
              value={values.paidYuan}
              onChange={change('paidYuan')}
              {...errorProp(errors, actionFieldIds.paidFen)}
            />
            {values.settled === 'yes' ? (
              <View className={errorProp(errors, actionFieldIds.workerConfirmed).error ? 'field field--error' : 'field'}>
                {errorProp(errors, actionFieldIds.workerConfirmed).error ? (
                  <Text className='field__error'>{errorProp(errors, actionFieldIds.workerConfirmed).error}</Text>
                ) : null}
                <Checkbox
                  id={actionFieldIds.workerConfirmed}
                  label={t('action.workerConfirmed')}
                  hint={t('action.workerConfirmedHint')}
                  checked={values.workerConfirmed}
                  onChange={change('workerConfirmed')}
                />
              </View>
            ) : null}
          </View>
        ) : null}
        {kind === 'close' ? (
          <Field
            id={actionFieldIds.recoveredFen}
            label={t('action.recovered')}
            hint={t('action.amountHint')}
            type='digit'
            maxLength={14}
            value={values.recoveredYuan}
            onChange={change('recoveredYuan')}
            {...errorProp(errors, actionFieldIds.recoveredFen)}
          />
        ) : null}
        {kind !== 'accept' ? (
          <LongText
            id={actionFieldIds.reason}
            label={textLabel}
            hint={textRequired ? t('action.textRequiredHint', { max: textLimits[kind] }) : t('action.textOptionalHint', { max: textLimits[kind] })}
            maxLength={textLimits[kind]}
            value={values.text}
            onChange={change('text')}
            {...errorProp(errors, actionFieldIds.reason)}
          />
        ) : null}
        <View className='office-actions-row'>
          <Button busy={sending} onPress={sendForm}>
            {t(`action.send.${kind}`)}
          </Button>
          <Button variant='secondary' onPress={onCancel}>
            {t('action.cancel')}
          </Button>
        </View>
      </View>
    </Card>
  )
}
