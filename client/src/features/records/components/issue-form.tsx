import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { issueCertificate } from '@renshe/shared/records/contract'
import { CertificatePurpose, InsuranceType } from '@renshe/shared/records/schemas'
import type { Certificate } from '@renshe/shared/records/schemas'
import type { OperationInput } from '@renshe/shared/platform/operation'
import type { Problem } from '@renshe/shared/platform/problem'
import { roleProps } from '../../../lib/a11y/pressable'
import { errorOf, errorProp, errorsFromIssues, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { routes } from '../../../routes'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Checkbox } from '../../../ui/checkbox'
import { domainLabels } from '../../../ui/domain-labels'
import { ErrorSummary, type FieldProblem } from '../../../ui/error-summary'
import { Field } from '../../../ui/field'
import { Heading } from '../../../ui/heading'
import { openPage } from '../../../ui/link'
import { ProblemNotice } from '../../../ui/problem-notice'
import { RadioGroup } from '../../../ui/radio-group'
import { recordsMessages } from '../messages'

const fieldIds = { purpose: 'issue-purpose', types: 'issue-types', from: 'issue-from', to: 'issue-to' } as const

export function IssueForm({ onIssued }: { readonly onIssued: (certificate: Certificate) => void }) {
  const t = useT(recordsMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const [purpose, setPurpose] = useState<CertificatePurpose>('school_enrollment')
  const [types, setTypes] = useState<readonly InsuranceType[]>(['pension'])
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [needsRealName, setNeedsRealName] = useState(false)
  const { submit, edited, sending } = useSubmission(issueCertificate)
  const lastInput = useRef<OperationInput<typeof issueCertificate> | null>(null)

  const send = async (input: OperationInput<typeof issueCertificate>) => {
    lastInput.current = input
    setFailure(null)
    const result = await submit(input)
    if (result.ok) return onIssued(result.value)
    if (result.network) return setFailure({ problem: null })
    if (result.problem.code === 'real_name_required') return setNeedsRealName(true)
    const fieldErrors = errorsFromProblem(result.problem, fieldIds, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  const submitForm = () => {
    const period = from.trim() || to.trim() ? { period: { from: from.trim(), to: to.trim() } } : {}
    const body = { purpose, types: [...types], ...period }
    const parsed = issueCertificate.body.safeParse(body)
    if (!parsed.success) {
      // A period issue's path is ['period', 'from' | 'to']: point at that month's field.
      const issues = parsed.error.issues.map((issue) =>
        issue.path[0] === 'period' ? { ...issue, path: [issue.path[1] === 'to' ? 'to' : 'from'] } : issue,
      )
      setErrors(errorsFromIssues(issues, fieldIds, locale))
      return
    }
    setErrors([])
    void send({ body })
  }

  const change = <V,>(set: (value: V) => void) => (value: V) => {
    set(value)
    edited()
  }

  if (needsRealName) {
    return (
      <Banner tone='warning'>
        {t('issue.noRealName')}
        <Button onPress={() => openPage(routes.realName)}>{t('issue.toRealName')}</Button>
      </Banner>
    )
  }

  return (
    <View>
      <ErrorSummary errors={errors} />
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => lastInput.current && void send(lastInput.current)} /> : null}
      <RadioGroup
        id={fieldIds.purpose}
        legend={t('issue.purpose')}
        options={CertificatePurpose.options.map((value) => ({ value, label: label(`purpose.${value}`) }))}
        value={purpose}
        onChange={change(setPurpose)}
      />
      <View
        id={fieldIds.types}
        {...roleProps('group')}
        aria-labelledby={`${fieldIds.types}-legend`}
        className={errorOf(errors, fieldIds.types) ? 'field field--error' : 'field'}
      >
        <Heading level={2} id={`${fieldIds.types}-legend`} className='field__label'>
          {t('issue.types')}
        </Heading>
        <Text className='field__hint'>{t('issue.typesHint')}</Text>
        {errorOf(errors, fieldIds.types) ? <Text className='field__error'>{errorOf(errors, fieldIds.types)}</Text> : null}
        {InsuranceType.options.map((type) => (
          <Checkbox
            key={type}
            id={`issue-type-${type}`}
            label={label(`insurance.${type}`)}
            checked={types.includes(type)}
            onChange={change((checked: boolean) => setTypes((current) => (checked ? [...current, type] : current.filter((x) => x !== type))))}
          />
        ))}
      </View>
      <Heading level={2} className='field__label'>
        {t('issue.periodTitle')}
      </Heading>
      <Text className='field__hint'>{t('issue.periodHint')}</Text>
      <Field id={fieldIds.from} label={t('issue.from')} value={from} maxLength={7} onChange={change(setFrom)} {...errorProp(errors, fieldIds.from)} />
      <Field id={fieldIds.to} label={t('issue.to')} value={to} maxLength={7} onChange={change(setTo)} {...errorProp(errors, fieldIds.to)} />
      <Button block busy={sending} onPress={submitForm}>
        {t('issue.submit')}
      </Button>
    </View>
  )
}
