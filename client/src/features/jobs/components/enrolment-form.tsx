import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { enrolFlexible } from '@renshe/shared/jobs/insurance-contract'
import { PaymentPeriod } from '@renshe/shared/jobs/flexible-insurance'
import type { BaseLimits, FlexibleEnrolment } from '@renshe/shared/jobs/insurance'
import type { Problem } from '@renshe/shared/platform/problem'
import { errorProp, errorsFromIssues, errorsFromProblem } from '../../../lib/form-errors'
import { formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Button } from '../../../ui/button'
import { Checkbox } from '../../../ui/checkbox'
import { ErrorSummary, type FieldProblem } from '../../../ui/error-summary'
import { Field } from '../../../ui/field'
import { ProblemNotice } from '../../../ui/problem-notice'
import { RadioGroup } from '../../../ui/radio-group'
import { fenOf, yuanOf } from '../form-text'
import { insuranceMessages } from '../insurance-messages'

const fieldIds = { baseFen: 'insurance-base', period: 'insurance-period', medical: 'insurance-medical' } as const

interface EnrolmentFormProps {
  readonly enrolment: FlexibleEnrolment | null
  readonly limits: BaseLimits
  readonly periods: readonly PaymentPeriod[]
  readonly onSaved: (enrolment: FlexibleEnrolment) => void
}

/** Enrols, or changes the base, the period and medical insurance; keeps what was typed on any error. */
export function EnrolmentForm({ enrolment, limits, periods, onSaved }: EnrolmentFormProps) {
  const t = useT(insuranceMessages)
  const locale = useLocale()
  const [base, setBase] = useState(enrolment ? yuanOf(enrolment.baseFen) : yuanOf(limits.minFen))
  const [period, setPeriod] = useState<PaymentPeriod>(enrolment?.period ?? periods[0] ?? 'month')
  const [medical, setMedical] = useState(enrolment?.medical ?? false)
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [saved, setSaved] = useState(false)
  const { submit, edited, sending } = useSubmission(enrolFlexible)

  const change = <V,>(set: (value: V) => void) => (value: V) => {
    set(value)
    setSaved(false)
    edited()
  }

  const send = async () => {
    // Text that is not an amount is still sent to the schema, which names the field in the person's language.
    const body = { baseFen: fenOf(base) ?? Number.NaN, period, medical }
    const parsed = enrolFlexible.body.safeParse(body)
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues, fieldIds, locale))
    setErrors([])
    setFailure(null)
    const result = await submit({ body: parsed.data })
    if (result.ok) {
      setSaved(true)
      return onSaved(result.value)
    }
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = errorsFromProblem(result.problem, fieldIds, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  const hint = t(limits.placeholder ? 'insurance.baseHintPlaceholder' : 'insurance.baseHint', {
    year: limits.year,
    min: formatFen(limits.minFen),
    max: formatFen(limits.maxFen),
  })
  return (
    <View>
      <ErrorSummary errors={errors} />
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      <Field id={fieldIds.baseFen} label={t('insurance.base')} hint={hint} type='digit' maxLength={12} value={base} onChange={change(setBase)} {...errorProp(errors, fieldIds.baseFen)} />
      <RadioGroup
        id={fieldIds.period}
        legend={t('insurance.period')}
        options={periods.map((value) => ({ value, label: t(`insurance.period.${value}`) }))}
        value={period}
        onChange={change(setPeriod)}
      />
      <Checkbox id={fieldIds.medical} label={t('insurance.medical')} checked={medical} onChange={change(setMedical)} />
      <View className='insurance__line insurance__line--last'>
        <Text className='field__hint'>{t('insurance.medicalHint')}</Text>
      </View>
      <Button block busy={sending} onPress={() => void send()}>
        {enrolment ? t('insurance.save') : t('insurance.enrol')}
      </Button>
      {saved ? (
        <Text className='muted' aria-live='polite'>
          {t('insurance.saved')}
        </Text>
      ) : null}
    </View>
  )
}
