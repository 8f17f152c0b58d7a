import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Payment } from '@renshe/shared/retiree/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDate, formatFen, formatMonth } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { domainLabels } from '../../../ui/domain-labels'
import { retireeMessages } from '../messages'

const tagTone = { paid: 'status-tag status-tag--ok', held: 'status-tag status-tag--warn', cancelled: 'status-tag' } as const

// Half a year fits one screen in care mode; two years of rows do not.
const firstShown = 6

/** Month by month, newest first: amount, paid / held back / cancelled, and arrears paid later. */
export function PaymentList({ payments }: { readonly payments: readonly Payment[] }) {
  const t = useT(retireeMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const [all, setAll] = useState(false)
  if (payments.length === 0) return <Text className='muted'>{t('account.paymentsEmpty')}</Text>
  const newestFirst = [...payments].sort((a, b) => b.month.localeCompare(a.month))
  const shown = all ? newestFirst : newestFirst.slice(0, firstShown)
  return (
    <View>
      <View {...roleProps('list')} className='retiree-rows'>
        {shown.map((payment) => (
          <View key={payment.month} {...roleProps('listitem')} className='retiree-row'>
            <View className='retiree-row__main'>
              <Text className='retiree-row__title'>{formatMonth(payment.month, locale)}</Text>
              <Text className='retiree-row__amount'>{formatFen(payment.amountFen)}</Text>
            </View>
            <View className='retiree-row__tags'>
              <Text className={tagTone[payment.status]}>{label(`paymentStatus.${payment.status}`)}</Text>
              {payment.arrears ? <Text className='status-tag status-tag--ok'>{t('account.arrears')}</Text> : null}
              {payment.paidOn ? <Text className='muted small'>{t('account.paidOn', { date: formatDate(payment.paidOn, locale) })}</Text> : null}
            </View>
          </View>
        ))}
      </View>
      {shown.length < newestFirst.length ? (
        <Button variant='secondary' block onPress={() => setAll(true)}>
          {t('account.paymentsAll', { count: newestFirst.length })}
        </Button>
      ) : null}
    </View>
  )
}
