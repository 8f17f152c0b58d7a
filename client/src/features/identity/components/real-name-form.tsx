import { View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { bindRealName } from '@renshe/shared/identity/contract'
import { checkIdNumber } from '@renshe/shared/identity/id-number'
import type { Me } from '@renshe/shared/identity/schemas'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { OperationInput } from '@renshe/shared/platform/operation'
import type { Problem } from '@renshe/shared/platform/problem'
import { errorProp, errorsFromIssues, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Button } from '../../../ui/button'
import { ErrorSummary, type FieldProblem } from '../../../ui/error-summary'
import { Field } from '../../../ui/field'
import { ProblemNotice } from '../../../ui/problem-notice'
import { identityMessages } from '../messages'

const fieldIds = { name: 'real-name-name', idNumber: 'real-name-id-number', phone: 'real-name-phone' } as const
const fieldOrder: readonly string[] = Object.values(fieldIds)

type Failure = { readonly kind: 'network' } | { readonly kind: 'problem'; readonly problem: Problem } | null

interface RealNameFormProps {
  readonly onBound: (me: Me) => void
  readonly onConsentRequired: () => void
  readonly onAlreadyBound: () => void
}

export function RealNameForm({ onBound, onConsentRequired, onAlreadyBound }: RealNameFormProps) {
  const t = useT(identityMessages)
  const locale = useLocale()
  const [values, setValues] = useState({ name: '', idNumber: '', phone: '' })
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<Failure>(null)
  const { submit, edited, sending } = useSubmission(bindRealName)
  const lastInput = useRef<OperationInput<typeof bindRealName> | null>(null)

  const change = (field: keyof typeof values) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    edited()
  }

  const send = async (input: OperationInput<typeof bindRealName>) => {
    lastInput.current = input
    setFailure(null)
    const result = await submit(input)
    if (result.ok) {
      onBound(result.value)
      return
    }
    if (result.network) {
      setFailure({ kind: 'network' })
      return
    }
    const { problem } = result
    if (problem.code === 'consent_required') return onConsentRequired()
    if (problem.code === 'real_name_already_bound') return onAlreadyBound()
    const fieldErrors = errorsFromProblem(problem, fieldIds, locale)
    setErrors(fieldErrors)
    setFailure(fieldErrors.length > 0 ? null : { kind: 'problem', problem })
  }

  const submitForm = () => {
    const body = {
      name: values.name,
      idNumber: values.idNumber,
      ...(values.phone.trim() ? { phone: values.phone } : {}),
    }
    const parsed = bindRealName.body.safeParse(body)
    const found = parsed.success ? [] : errorsFromIssues(parsed.error.issues, fieldIds, locale)
    // The schema leaves out the future-birth-date rule because it needs the time now.
    const idCheck = checkIdNumber(values.idNumber, new Date())
    if (!found.some((e) => e.fieldId === fieldIds.idNumber) && !idCheck.ok) {
      found.push({ fieldId: fieldIds.idNumber, message: fieldMessage(idCheck.error, locale) })
      found.sort((a, b) => fieldOrder.indexOf(a.fieldId) - fieldOrder.indexOf(b.fieldId))
    }
    setErrors(found)
    if (found.length > 0 || !parsed.success) return
    void send({ body })
  }

  const retry = () => {
    if (lastInput.current) void send(lastInput.current)
  }

  return (
    <View>
      <ErrorSummary errors={errors} />
      {failure?.kind === 'network' ? <ProblemNotice problem={null} onRetry={retry} /> : null}
      {failure?.kind === 'problem' ? <ProblemNotice problem={failure.problem} onRetry={retry} /> : null}
      <Field
        id={fieldIds.name}
        label={t('realName.name')}
        hint={t('realName.nameHint')}
        value={values.name}
        onChange={change('name')}
        maxLength={30}
        {...errorProp(errors, fieldIds.name)}
      />
      <Field
        id={fieldIds.idNumber}
        label={t('realName.idNumber')}
        hint={t('realName.idNumberHint')}
        value={values.idNumber}
        onChange={change('idNumber')}
        type='idcard'
        maxLength={18}
        {...errorProp(errors, fieldIds.idNumber)}
      />
      <Field
        id={fieldIds.phone}
        label={t('realName.phone')}
        hint={t('realName.phoneHint')}
        value={values.phone}
        onChange={change('phone')}
        type='number'
        maxLength={11}
        {...errorProp(errors, fieldIds.phone)}
      />
      <Button block busy={sending} onPress={submitForm}>
        {t('realName.submit')}
      </Button>
    </View>
  )
}
