import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { PayTo } from '@renshe/shared/platform/pay-to'
import type { Problem } from '@renshe/shared/platform/problem'
import type { Voucher } from '@renshe/shared/training/schemas'
import type { MySubsidyApplication } from '@renshe/shared/training/subsidy'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { ConfirmReceipt } from '../../../ui/confirm-receipt'
import { ErrorSummary } from '../../../ui/error-summary'
import { Loading } from '../../../ui/loading'
import { ProblemNotice } from '../../../ui/problem-notice'
import { applyForMine, checkMyPayment, loadMySubsidy } from '../api'
import { refusalText } from '../labels'
import { trainingMessages } from '../messages'
import { useOnceKey } from '../use-once-key'
import { PayToChoice, SubsidyDestination } from './pay-to-choice'
import { SubsidyFacts, SubsidyStatusTag } from './subsidy-facts'
import { SubsidyRefusal } from './subsidy-refusal'

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly application: MySubsidyApplication | null; readonly cardNumberMasked: string | null }
  | { readonly status: 'failed'; readonly problem: Problem | null }

const applicationStatuses: readonly Voucher['status'][] = ['subsidy_applied', 'approved', 'paid']

/** A voucher with a subsidy to show or to apply for: one applied for, or her own offset one after its result. */
export function hasSubsidyPart(voucher: Voucher): boolean {
  return applicationStatuses.includes(voucher.status) || appliesHerself(voucher)
}

// After a decline the voucher is back at its result: the same test lets her apply again.
const appliesHerself = (voucher: Voucher) => voucher.payment === 'offset' && voucher.status === 'assessed'

interface MySubsidyProps {
  readonly voucher: Voucher
  readonly onApplied: () => void
  readonly onPaid: () => void
}

/**
 * The subsidy of one of her vouchers: the application as it stands (amount, to whom, where it
 * goes, decided or declined and why, its payment) and, for her offset voucher after its result,
 * applying for it, confirmed in the page with where it should go (her WeChat balance or her
 * citizen card, decision 068) and "not now" just under "yes". A refusal says what the rule means
 * for her; one of her choice of card is said at the choice. A payout waiting for her is confirmed
 * in WeChat, then checked (decision 063).
 */
export function MySubsidy({ voucher, onApplied, onPaid }: MySubsidyProps) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const key = useOnceKey()
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [asking, setAsking] = useState(false)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [applied, setApplied] = useState(false)
  const [checked, setChecked] = useState<MySubsidyApplication | null>(null)
  const [payTo, setPayTo] = useState<PayTo>('wechat')
  const [payToError, setPayToError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    setLoaded({ status: 'loading' })
    void loadMySubsidy(voucher.id).then((result) => {
      if (live) setLoaded(result.ok ? { status: 'ok', ...result.value } : { status: 'failed', problem: result.network ? null : result.problem })
    })
    return () => {
      live = false
    }
  }, [voucher.id, attempt])

  // The page's answer with its application replaced, her card kept.
  const show = (application: MySubsidyApplication) => setLoaded((current) => ({ status: 'ok', application, cardNumberMasked: current.status === 'ok' ? current.cardNumberMasked : null }))

  const apply = async () => {
    setFailure(null)
    setPayToError(null)
    setSending(true)
    const result = await applyForMine(voucher.id, payTo, key.current())
    setSending(false)
    if (result.ok) {
      key.renew()
      setAsking(false)
      setApplied(true)
      // Just applied for: nothing is paid, nothing waits for her confirmation.
      show({ ...result.value, confirmation: null })
      return onApplied()
    }
    if (result.network) return setFailure({ problem: null })
    key.renew()
    // Her card cannot take it: said at the choice, which stays open for her to choose WeChat.
    if (result.problem.errors?.[0]?.path === 'body.payTo') return setPayToError(refusalText(result.problem, locale))
    setAsking(false)
    setFailure({ problem: result.problem })
  }

  // The check's answer is the application as it now stands.
  const check = async () => {
    const result = await checkMyPayment(voucher.id)
    if (result.ok) {
      setChecked(result.value.application)
      show(result.value.application)
      if (result.value.application.status === 'paid') onPaid()
    }
    return result
  }

  const application = loaded.status === 'ok' ? loaded.application : null
  const cardNumberMasked = loaded.status === 'ok' ? loaded.cardNumberMasked : null
  const payToId = `pay-to-${voucher.id}`
  const canApply = appliesHerself(voucher) && loaded.status !== 'loading' && (application === null || application.status === 'declined')
  return (
    <View className='training-fact stack'>
      <Text className='training-fact__label'>{t('mySubsidy.title')}</Text>
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'failed' ? <ProblemNotice problem={loaded.problem} onRetry={() => setAttempt((n) => n + 1)} loading /> : null}
      {applied && application ? <Banner tone='success'>{t('mySubsidy.done', { amount: formatFen(application.amountFen) })}</Banner> : null}
      {application ? (
        <View className='training-facts'>
          <SubsidyStatusTag application={application} />
          <SubsidyFacts application={application} />
          <SubsidyDestination application={application} cardNumberMasked={cardNumberMasked} />
        </View>
      ) : null}
      {checked ? <Banner tone={checked.status === 'paid' ? 'success' : 'info'}>{t(checked.status === 'paid' ? 'mySubsidy.checkedPaid' : 'mySubsidy.checkedPending')}</Banner> : null}
      {application?.confirmation && application.payment?.status === 'pending' ? <ConfirmReceipt confirmation={application.confirmation} check={check} /> : null}
      {canApply ? <Text className='training-line'>{application ? t('mySubsidy.again') : t('mySubsidy.lead')}</Text> : null}
      {failure ? <SubsidyRefusal problem={failure.problem} onRetry={() => void apply()} /> : null}
      {canApply && asking ? (
        <View className='stack'>
          <ErrorSummary id={`${payToId}-errors`} errors={payToError ? [{ fieldId: payToId, message: payToError }] : []} />
          <View {...roleProps('alert')} className='training-confirm'>
            <Text>{t('mySubsidy.confirm')}</Text>
          </View>
          <PayToChoice
            id={payToId}
            cardNumberMasked={cardNumberMasked}
            value={payTo}
            error={payToError ?? undefined}
            onChange={(value) => {
              setPayTo(value)
              setPayToError(null)
            }}
          />
          <Button block busy={sending} onPress={() => void apply()}>
            {t('mySubsidy.yes')}
          </Button>
          <Button variant='secondary' block disabled={sending} onPress={() => setAsking(false)}>
            {t('mySubsidy.no')}
          </Button>
        </View>
      ) : null}
      {canApply && !asking ? (
        <Button block onPress={() => setAsking(true)}>
          {t('mySubsidy.apply')}
        </Button>
      ) : null}
    </View>
  )
}
