import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import type { Voucher } from '@renshe/shared/training/schemas'
import type { MySubsidyApplication } from '@renshe/shared/training/subsidy'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatFen } from '../../../lib/format'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { ConfirmReceipt } from '../../../ui/confirm-receipt'
import { Loading } from '../../../ui/loading'
import { ProblemNotice } from '../../../ui/problem-notice'
import { applyForMine, checkMyPayment, loadMySubsidy } from '../api'
import { trainingMessages } from '../messages'
import { useOnceKey } from '../use-once-key'
import { SubsidyFacts, SubsidyStatusTag } from './subsidy-facts'
import { SubsidyRefusal } from './subsidy-refusal'

type Loaded = { readonly status: 'loading' } | { readonly status: 'ok'; readonly application: MySubsidyApplication | null } | { readonly status: 'failed'; readonly problem: Problem | null }

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
 * The subsidy of one of her vouchers: the application as it stands (amount, to whom, decided or
 * declined and why, its payment) and, for her offset voucher after its result, applying for it,
 * confirmed in the page with "not now" just under "yes". A refusal says what the rule means for
 * her. A payout waiting for her is confirmed in WeChat, then checked (decision 063).
 */
export function MySubsidy({ voucher, onApplied, onPaid }: MySubsidyProps) {
  const t = useT(trainingMessages)
  const key = useOnceKey()
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [asking, setAsking] = useState(false)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [applied, setApplied] = useState(false)
  const [checked, setChecked] = useState<MySubsidyApplication | null>(null)

  useEffect(() => {
    let live = true
    setLoaded({ status: 'loading' })
    void loadMySubsidy(voucher.id).then((result) => {
      if (live) setLoaded(result.ok ? { status: 'ok', application: result.value.application } : { status: 'failed', problem: result.network ? null : result.problem })
    })
    return () => {
      live = false
    }
  }, [voucher.id, attempt])

  const apply = async () => {
    setFailure(null)
    setSending(true)
    const result = await applyForMine(voucher.id, key.current())
    setSending(false)
    if (result.ok) {
      key.renew()
      setAsking(false)
      setApplied(true)
      // Just applied for: nothing is paid, nothing waits for her confirmation.
      setLoaded({ status: 'ok', application: { ...result.value, confirmation: null } })
      return onApplied()
    }
    if (!result.network) {
      key.renew()
      setAsking(false)
    }
    setFailure({ problem: result.network ? null : result.problem })
  }

  // The check's answer is the application as it now stands.
  const check = async () => {
    const result = await checkMyPayment(voucher.id)
    if (result.ok) {
      setChecked(result.value.application)
      setLoaded({ status: 'ok', application: result.value.application })
      if (result.value.application.status === 'paid') onPaid()
    }
    return result
  }

  const application = loaded.status === 'ok' ? loaded.application : null
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
        </View>
      ) : null}
      {checked ? <Banner tone={checked.status === 'paid' ? 'success' : 'info'}>{t(checked.status === 'paid' ? 'mySubsidy.checkedPaid' : 'mySubsidy.checkedPending')}</Banner> : null}
      {application?.confirmation && application.payment?.status === 'pending' ? <ConfirmReceipt confirmation={application.confirmation} check={check} /> : null}
      {canApply ? <Text className='training-line'>{application ? t('mySubsidy.again') : t('mySubsidy.lead')}</Text> : null}
      {failure ? <SubsidyRefusal problem={failure.problem} onRetry={() => void apply()} /> : null}
      {canApply && asking ? (
        <View className='stack'>
          <View {...roleProps('alert')} className='training-confirm'>
            <Text>{t('mySubsidy.confirm')}</Text>
          </View>
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
