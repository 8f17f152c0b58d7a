import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { checkIdNumber } from '@renshe/shared/identity/id-number'
import type { KeptPerson } from '@renshe/shared/identity/kept'
import { registerKeptPerson } from '@renshe/shared/identity/kept-contract'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { startActing } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { errorProp, errorsFromIssues, errorsFromProblem } from '../../../../lib/form-errors'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useSubmission } from '../../../../lib/use-submission'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Checkbox } from '../../../../ui/checkbox'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { LoginFirst } from '../../components/login-first'
import { registerMessages } from '../../register-messages'
import '../../jobs.css'

const fieldIds = {
  name: 'resident-name',
  idNumber: 'resident-id-number',
  phone: 'resident-phone',
  agreement: 'resident-form-number',
  residentPresent: 'resident-present',
} as const
const fieldOrder: readonly string[] = Object.values(fieldIds)

const empty = { name: '', idNumber: '', phone: '', reference: '', present: false }

type Failure = { readonly kind: 'network' } | { readonly kind: 'problem'; readonly problem: Problem } | null

/**
 * Grid staff register a resident who has no account, with her there and agreeing on a signed
 * paper form (decision 055); then keep her job wishes acting for her under the grant made.
 */
export default function RegisterResidentPage() {
  const t = useT(registerMessages)
  const locale = useLocale()
  const session = useStore(sessionStore)
  const isStaff = session?.me.roles.includes('grid_staff') ?? false
  const [values, setValues] = useState(empty)
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<Failure>(null)
  const [done, setDone] = useState<KeptPerson | null>(null)
  const { submit, edited, sending } = useSubmission(registerKeptPerson)

  const change = (field: keyof typeof empty) => (value: string | boolean) => {
    setValues((current) => ({ ...current, [field]: value }))
    edited()
  }

  const send = async () => {
    const body = {
      name: values.name,
      idNumber: values.idNumber,
      ...(values.phone.trim() ? { phone: values.phone } : {}),
      residentPresent: values.present,
      agreement: { method: 'paper_form', reference: values.reference },
    }
    const parsed = registerKeptPerson.body.safeParse(body)
    const found = parsed.success ? [] : errorsFromIssues(parsed.error.issues, fieldIds, locale)
    const idCheck = checkIdNumber(values.idNumber, new Date())
    if (!found.some((e) => e.fieldId === fieldIds.idNumber) && !idCheck.ok) found.push({ fieldId: fieldIds.idNumber, message: fieldMessage(idCheck.error, locale) })
    found.sort((a, b) => fieldOrder.indexOf(a.fieldId) - fieldOrder.indexOf(b.fieldId))
    setErrors(found)
    if (found.length > 0 || !parsed.success) return
    setFailure(null)
    const result = await submit({ body: parsed.data })
    if (result.ok) {
      setDone(result.value)
      return
    }
    if (result.network) return setFailure({ kind: 'network' })
    const fieldErrors = errorsFromProblem(result.problem, fieldIds, locale)
    setErrors(fieldErrors)
    setFailure(fieldErrors.length > 0 ? null : { kind: 'problem', problem: result.problem })
  }

  const keepWishes = (person: KeptPerson) => {
    startActing({ grantId: person.grantId, maskedName: person.maskedName, idNumberHint: person.idNumberHint, scopes: ['jobs.assist'], expiresAt: person.expiresAt })
    Taro.reLaunch({ url: routes.jobProfile }).catch(() => undefined)
  }

  const refusal = failure?.kind === 'problem' ? failure.problem : null
  return (
    <PageShell title={t('register.title')} operation={registerKeptPerson}>
      {!session ? <LoginFirst back={routes.registerResident} /> : null}
      {session && !isStaff ? <Banner tone='warning'>{t('register.notStaff')}</Banner> : null}
      {isStaff && done ? (
        <View className='stack'>
          <Banner tone='success' title={t('register.done', { name: done.maskedName, hint: done.idNumberHint })}>
            {t('register.doneBody', { date: formatDate(done.expiresAt, locale) })}
          </Banner>
          <Button block onPress={() => keepWishes(done)}>
            {t('register.keepWishes')}
          </Button>
          <Button
            block
            variant='secondary'
            onPress={() => {
              setValues(empty)
              setDone(null)
            }}
          >
            {t('register.another')}
          </Button>
        </View>
      ) : null}
      {isStaff && !done ? (
        <View>
          <Text className='page__lead'>{t('register.lead')}</Text>
          <ErrorSummary errors={errors} />
          {failure?.kind === 'network' ? <ProblemNotice problem={null} onRetry={() => void send()} /> : null}
          {refusal?.code === 'id_number_taken' ? <Banner tone='warning'>{t('register.taken')}</Banner> : null}
          {refusal?.code === 'forbidden' ? <Banner tone='warning'>{t('register.otherRegion')}</Banner> : null}
          {refusal && refusal.code !== 'id_number_taken' && refusal.code !== 'forbidden' ? <ProblemNotice problem={refusal} onRetry={() => void send()} /> : null}
          <Field id={fieldIds.name} label={t('register.name')} hint={t('register.nameHint')} value={values.name} onChange={change('name')} maxLength={30} {...errorProp(errors, fieldIds.name)} />
          <Field
            id={fieldIds.idNumber}
            label={t('register.idNumber')}
            hint={t('register.idNumberHint')}
            value={values.idNumber}
            onChange={change('idNumber')}
            type='idcard'
            maxLength={18}
            {...errorProp(errors, fieldIds.idNumber)}
          />
          <Field id={fieldIds.phone} label={t('register.phone')} hint={t('register.phoneHint')} value={values.phone} onChange={change('phone')} type='number' maxLength={11} {...errorProp(errors, fieldIds.phone)} />
          <Field
            id={fieldIds.agreement}
            label={t('register.reference')}
            hint={t('register.referenceHint')}
            value={values.reference}
            onChange={change('reference')}
            maxLength={32}
            {...errorProp(errors, fieldIds.agreement)}
          />
          <Checkbox id={fieldIds.residentPresent} label={t('register.present')} hint={t('register.presentHint')} checked={values.present} onChange={change('present')} />
          {errorProp(errors, fieldIds.residentPresent).error ? <Text className='field__error'>{errorProp(errors, fieldIds.residentPresent).error}</Text> : null}
          <Button block busy={sending} onPress={() => void send()}>
            {t('register.submit')}
          </Button>
        </View>
      ) : null}
    </PageShell>
  )
}
