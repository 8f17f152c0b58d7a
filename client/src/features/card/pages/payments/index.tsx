import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { getMyCardPayments } from '@renshe/shared/card/contract'
import type { CardPayment } from '@renshe/shared/card/money'
import { roleProps } from '../../../../lib/a11y/pressable'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate, formatFen, formatMonth } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { domainLabels } from '../../../../ui/domain-labels'
import { Heading } from '../../../../ui/heading'
import { Link } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { loadMyCardPayments } from '../../api'
import { LoginFirst } from '../../components/login-first'
import { paymentsMessages } from '../../payments-messages'
import '../../card.css'
import '../../payments.css'

interface Totals {
  readonly creditedFen: number
  readonly onTheWayFen: number
  readonly heldFen: number
}

/**
 * The holder's money onto her card (decision 068): what is on it, on its way and held, then each
 * payment newest first — what it is for, where it is, and why a held one waits. Grid staff acting
 * under `card.assist` read it for her.
 */
export default function MyCardPaymentsPage() {
  const t = useT(paymentsMessages)
  const session = useStore(sessionStore)
  const actingFor = useStore(actingForStore)
  const [totals, setTotals] = useState<Totals | null>(null)
  const payments = usePaged<CardPayment>(
    useCallback(async (cursor: string | undefined) => {
      const result = await loadMyCardPayments(cursor)
      // The totals come with the first page, as they stand now; later pages leave them.
      if (result.ok && cursor === undefined) setTotals({ creditedFen: result.value.creditedFen, onTheWayFen: result.value.onTheWayFen, heldFen: result.value.heldFen })
      return result
    }, []),
    session !== null,
  )
  // Back on the page: a payment may have reached the card meanwhile.
  useDidShow(() => {
    if (session && payments.status !== 'loading') payments.reload()
  })

  return (
    <PageShell title={t('title')} operation={getMyCardPayments}>
      {!session ? <LoginFirst back={routes.myCardPayments} /> : null}
      {session ? (
        <View>
          <Text className='page__lead'>{actingFor ? t('leadActing', { name: actingFor.maskedName }) : t('lead')}</Text>
          {totals && payments.items.length > 0 ? <PaymentTotals totals={totals} /> : null}
          <PagedList
            paged={payments}
            empty={actingFor ? t('emptyActing', { name: actingFor.maskedName }) : t('empty')}
            keyOf={(payment) => payment.id}
            listClassName='card-payments'
            itemClassName={(payment) => `card-payment card-payment--${payment.status}`}
          >
            {(payment) => <PaymentItem payment={payment} />}
          </PagedList>
        </View>
      ) : null}
    </PageShell>
  )
}

function PaymentTotals({ totals }: { readonly totals: Totals }) {
  const t = useT(paymentsMessages)
  const lines = [
    { key: 'credited', label: t('totals.credited'), fen: totals.creditedFen },
    { key: 'onTheWay', label: t('totals.onTheWay'), fen: totals.onTheWayFen },
    { key: 'held', label: t('totals.held'), fen: totals.heldFen },
  ] as const
  return (
    <View {...roleProps('group')} aria-label={t('totals.label')} className='card-payment-totals'>
      {/* Marked only when there is money in it: a held total of nothing is no warning. */}
      {lines.map((line) => (
        <View key={line.key} className={`card-payment-totals__fact${line.fen > 0 ? ` card-payment-totals__fact--${line.key}` : ''}`}>
          <Text className='card-payment-totals__label'>{line.label}</Text>
          <Text className='card-payment-totals__value'>{formatFen(line.fen)}</Text>
        </View>
      ))}
    </View>
  )
}

function PaymentItem({ payment }: { readonly payment: CardPayment }) {
  const t = useT(paymentsMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const source = label(`cardSource.${payment.source}`)
  const date = (iso: string) => formatDate(iso, locale)
  return (
    <View className='card-payment__body'>
      <View className='card-payment__top'>
        <Heading level={2} className='card-payment__for'>
          {payment.period ? t('item.forMonth', { source, month: formatMonth(payment.period, locale) }) : source}
        </Heading>
        <Text className={`status-tag card-payment__status card-payment__status--${payment.status}`}>{t(`status.${payment.status}`)}</Text>
      </View>
      <Text className='card-payment__amount'>{formatFen(payment.amountFen)}</Text>
      {payment.status === 'held' && payment.heldBecause ? <Text className='card-payment__why'>{t(`held.${payment.heldBecause}`)}</Text> : null}
      {payment.status === 'held' && payment.heldBecause === 'no_card' ? <Link to={routes.cardApply}>{t('held.toApply')}</Link> : null}
      {payment.status === 'queued' ? <Text className='card-payment__why'>{t('queued.explain')}</Text> : null}
      {payment.status === 'returned' ? <Text className='card-payment__why'>{t('returned.explain')}</Text> : null}
      {payment.cardNumberMasked ? (
        <Text className='card-payment__line'>{payment.bankName ? t('item.card', { card: payment.cardNumberMasked, bank: payment.bankName }) : t('item.cardNoBank', { card: payment.cardNumberMasked })}</Text>
      ) : null}
      <Text className='card-payment__line'>{t('item.orderedAt', { date: date(payment.orderedAt) })}</Text>
      {payment.creditedAt ? <Text className='card-payment__line'>{t('item.creditedAt', { date: date(payment.creditedAt) })}</Text> : null}
      {payment.returnedAt ? <Text className='card-payment__line'>{t('item.returnedAt', { date: date(payment.returnedAt) })}</Text> : null}
    </View>
  )
}
