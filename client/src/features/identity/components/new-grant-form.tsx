import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { createProxyGrant } from '@renshe/shared/identity/contract'
import { ProxyScope } from '@renshe/shared/identity/roles'
import type { StaffCard } from '@renshe/shared/identity/schemas'
import { StaffCode } from '@renshe/shared/identity/schemas'
import { fieldMessage } from '@renshe/shared/platform/messages'
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
import { lookUpStaff } from '../api'
import { identityMessages } from '../messages'

const fieldIds = { staffCode: 'grant-staff-code', scopes: 'grant-scopes', days: 'grant-days' } as const

type Failure = { readonly problem: Problem | null } | null

interface NewGrantFormProps {
  readonly onCreated: () => void
  readonly onConsentRequired: () => void
}

export function NewGrantForm({ onCreated, onConsentRequired }: NewGrantFormProps) {
  const t = useT(identityMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const [staffCode, setStaffCode] = useState('')
  const [staff, setStaff] = useState<StaffCard | null>(null)
  const [scopes, setScopes] = useState<readonly ProxyScope[]>([])
  const [days, setDays] = useState('30')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<Failure>(null)
  const [looking, setLooking] = useState(false)
  const [realNameMissing, setRealNameMissing] = useState(false)
  const { submit, edited, sending } = useSubmission(createProxyGrant)
  const lastInput = useRef<OperationInput<typeof createProxyGrant> | null>(null)

  const find = async () => {
    setStaff(null)
    setFailure(null)
    const code = StaffCode.safeParse(staffCode)
    if (!code.success) {
      setErrors([{ fieldId: fieldIds.staffCode, message: fieldMessage('staffCode.format', locale) }])
      return
    }
    setLooking(true)
    const result = await lookUpStaff(code.data)
    setLooking(false)
    if (result.ok) {
      setStaff(result.value)
      setErrors([])
    } else if (!result.network && result.problem.code === 'not_found') {
      setErrors([{ fieldId: fieldIds.staffCode, message: t('newGrant.notFound') }])
    } else {
      setFailure({ problem: result.network ? null : result.problem })
    }
  }

  const send = async (input: OperationInput<typeof createProxyGrant>) => {
    lastInput.current = input
    setFailure(null)
    const result = await submit(input)
    if (result.ok) return onCreated()
    if (result.network) return setFailure({ problem: null })
    const { problem } = result
    if (problem.code === 'consent_required') return onConsentRequired()
    if (problem.code === 'real_name_required') return setRealNameMissing(true)
    const fieldErrors = errorsFromProblem(problem, fieldIds, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem })
  }

  const submitForm = () => {
    const body = { staffCode: staff?.staffCode ?? staffCode, scopes: [...scopes], days: Number(days) }
    const parsed = createProxyGrant.body.safeParse(body)
    const found = parsed.success ? [] : errorsFromIssues(parsed.error.issues, fieldIds, locale)
    if (!staff && !found.some((e) => e.fieldId === fieldIds.staffCode)) {
      found.unshift({ fieldId: fieldIds.staffCode, message: t('newGrant.needStaff') })
    }
    setErrors(found)
    if (found.length === 0) void send({ body })
  }

  const toggleScope = (scope: ProxyScope) => (checked: boolean) => {
    setScopes((current) => (checked ? [...current, scope] : current.filter((s) => s !== scope)))
    edited()
  }

  if (realNameMissing) {
    return (
      <Banner tone='warning'>
        {t('newGrant.needRealName')}
        <Button onPress={() => openPage(routes.realName)}>{t('newGrant.toRealName')}</Button>
      </Banner>
    )
  }

  return (
    <View>
      <ErrorSummary errors={errors} />
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => lastInput.current && void send(lastInput.current)} /> : null}
      <Field
        id={fieldIds.staffCode}
        label={t('newGrant.staffCode')}
        hint={t('newGrant.staffCodeHint')}
        value={staffCode}
        maxLength={11}
        onChange={(value) => {
          setStaffCode(value)
          setStaff(null)
          edited()
        }}
        {...errorProp(errors, fieldIds.staffCode)}
      />
      <View className='stack form-step'>
        <Button variant='secondary' busy={looking} onPress={find}>
          {t('newGrant.find')}
        </Button>
        {staff ? (
          <Banner tone='success'>
            {t('newGrant.found', { name: staff.maskedName, organization: staff.organization, region: staff.regionCode })}
          </Banner>
        ) : null}
      </View>

      <View
        id={fieldIds.scopes}
        {...roleProps('group')}
        aria-labelledby={`${fieldIds.scopes}-legend`}
        className={errorOf(errors, fieldIds.scopes) ? 'field field--error' : 'field'}
      >
        <Heading level={2} id={`${fieldIds.scopes}-legend`} className='field__label'>
          {t('newGrant.scopes')}
        </Heading>
        <Text className='field__hint'>{t('newGrant.scopesHint')}</Text>
        {errorOf(errors, fieldIds.scopes) ? <Text className='field__error'>{errorOf(errors, fieldIds.scopes)}</Text> : null}
        {ProxyScope.options.map((scope) => (
          <Checkbox
            key={scope}
            id={`grant-scope-${scope.replace('.', '-')}`}
            label={label(`scope.${scope}`)}
            checked={scopes.includes(scope)}
            onChange={toggleScope(scope)}
          />
        ))}
      </View>

      <Field
        id={fieldIds.days}
        label={t('newGrant.days')}
        hint={t('newGrant.daysHint')}
        value={days}
        type='number'
        maxLength={3}
        onChange={(value) => {
          setDays(value)
          edited()
        }}
        {...errorProp(errors, fieldIds.days)}
      />
      <Button block busy={sending} onPress={submitForm}>
        {t('newGrant.submit')}
      </Button>
    </View>
  )
}
