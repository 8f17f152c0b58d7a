import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { bankNameMaxLength, InstitutionAccountInput, type InstitutionAccount } from '@renshe/shared/training/subsidy'
import { getInstitutionAccount } from '@renshe/shared/training/subsidy-contract'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { errorProp, errorsFromIssues, errorsFromProblem } from '../../../../lib/form-errors'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { loadInstitutionAccount, saveInstitutionAccount } from '../../api'
import { LoginFirst } from '../../components/login-first'
import { trainingMessages } from '../../messages'
import { useOnceKey } from '../../use-once-key'
import '../../training.css'

type Loaded = { readonly status: 'loading' } | { readonly status: 'ok'; readonly account: InstitutionAccount | null } | { readonly status: 'failed'; readonly problem: Problem | null }

/** Request field → the id of its input, in the order of the page. */
const ids = { bankName: 'account-bank', accountNo: 'account-number' } as const

/** `6222 0212 3456 7890 123`: an account number in groups of four, to check against the card. */
const grouped = (accountNo: string) => accountNo.replace(/(\d{4})(?=\d)/g, '$1 ')

/**
 * A training institution's settlement account, where its face-value subsidies are paid (decision
 * 063): the one kept, masked, and a form to record or change it. The account name is the
 * institution's registered name, shown and never typed; the number is checked against the card
 * in the page before it is saved.
 */
export default function InstitutionAccountPage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  return (
    <PageShell title={t('account.title')} operation={getInstitutionAccount}>
      {!session ? <LoginFirst back={routes.institutionAccount} /> : null}
      {session ? <AccountView institutionName={session.me.displayName ?? ''} /> : null}
    </PageShell>
  )
}

function AccountView({ institutionName }: { readonly institutionName: string }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    let live = true
    setLoaded({ status: 'loading' })
    void loadInstitutionAccount().then((result) => {
      if (live) setLoaded(result.ok ? { status: 'ok', account: result.value.account } : { status: 'failed', problem: result.network ? null : result.problem })
    })
    return () => {
      live = false
    }
  }, [attempt])

  if (loaded.status === 'loading') return <Loading />
  if (loaded.status === 'failed') return <ProblemNotice problem={loaded.problem} onRetry={() => setAttempt((n) => n + 1)} loading />
  const { account } = loaded
  const name = account?.accountName ?? institutionName
  return (
    <View>
      <Text className='page__lead'>{t('account.lead')}</Text>
      {saved ? <Banner tone='success'>{t('account.saved')}</Banner> : null}
      <Card title={t('account.currentTitle')}>
        {account ? (
          <View className='training-facts'>
            <Fact label={t('account.name')} value={account.accountName} />
            <Fact label={t('account.bank')} value={account.bankName} />
            <Fact label={t('account.number')} value={account.accountNoMasked} />
            <Text className='training-line muted'>{t('account.updatedAt', { date: formatDate(account.updatedAt, locale) })}</Text>
          </View>
        ) : (
          <Text className='training-line'>{t('account.none')}</Text>
        )}
      </Card>
      <Card title={t(account ? 'account.formChange' : 'account.formNew')}>
        <AccountForm
          accountName={name}
          changing={account !== null}
          onSaved={(changed) => {
            setSaved(true)
            setLoaded({ status: 'ok', account: changed })
          }}
        />
      </Card>
      <View className='training-links'>
        <Link to={routes.institutionSubsidies}>{t('account.toSubsidies')}</Link>
      </View>
    </View>
  )
}

function Fact({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <View className='training-fact'>
      <Text className='training-fact__label'>{label}</Text>
      <Text className='training-line training-line--strong'>{value}</Text>
    </View>
  )
}

interface AccountFormProps {
  readonly accountName: string
  readonly changing: boolean
  readonly onSaved: (account: InstitutionAccount) => void
}

/**
 * Bank and number as typed, kept whatever the server answers; checked by the shared schema,
 * then read back in full in the page ("check", then "save" or "go back"). The save keeps its
 * Idempotency-Key until it succeeds or the form changes.
 */
function AccountForm({ accountName, changing, onSaved }: AccountFormProps) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const key = useOnceKey()
  const [bankName, setBankName] = useState('')
  const [accountNo, setAccountNo] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [checked, setChecked] = useState<InstitutionAccountInput | null>(null)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)

  // A changed form is a new submission, with a new Idempotency-Key.
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value)
    key.renew()
  }
  const check = () => {
    setFailure(null)
    const parsed = InstitutionAccountInput.safeParse({ bankName, accountNo })
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues, ids, locale))
    setErrors([])
    setChecked(parsed.data)
  }
  const save = async (account: InstitutionAccountInput) => {
    setFailure(null)
    setSending(true)
    const result = await saveInstitutionAccount(account, key.current())
    setSending(false)
    if (result.ok) {
      key.renew()
      setChecked(null)
      setBankName('')
      setAccountNo('')
      return onSaved(result.value)
    }
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = errorsFromProblem(result.problem, ids, locale)
    if (fieldErrors.length === 0) return setFailure({ problem: result.problem })
    setChecked(null)
    setErrors(fieldErrors)
  }

  if (checked) {
    return (
      <View className='stack'>
        <View {...roleProps('alert')} className='training-confirm'>
          <Text>{t('account.confirm', { bank: checked.bankName, number: grouped(checked.accountNo), name: accountName })}</Text>
        </View>
        {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void save(checked)} /> : null}
        <Button block busy={sending} onPress={() => void save(checked)}>
          {t('account.save')}
        </Button>
        <Button variant='secondary' block disabled={sending} onPress={() => setChecked(null)}>
          {t('account.back')}
        </Button>
      </View>
    )
  }
  return (
    <View>
      {changing ? <Text className='page__lead'>{t('account.changeLead')}</Text> : null}
      <ErrorSummary errors={errors} id='account-errors' labels={{ [ids.bankName]: t('account.bank'), [ids.accountNo]: t('account.number') }} />
      <View className='training-fact'>
        <Text className='training-fact__label'>{t('account.name')}</Text>
        <Text className='training-line training-line--strong'>{accountName}</Text>
      </View>
      <Field id={ids.bankName} label={t('account.bank')} hint={t('account.bankHint')} maxLength={bankNameMaxLength} value={bankName} onChange={edit(setBankName)} {...errorProp(errors, ids.bankName)} />
      <Field id={ids.accountNo} label={t('account.number')} hint={t('account.numberHint')} maxLength={40} value={accountNo} onChange={edit(setAccountNo)} {...errorProp(errors, ids.accountNo)} />
      <Button block onPress={check}>
        {t('account.check')}
      </Button>
    </View>
  )
}
