import { Text } from '@tarojs/components'
import type { Locale } from '@renshe/shared/platform/locale'
import type { SubsidyApplication, SubsidyPayment } from '@renshe/shared/training/subsidy'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { trainingMessages, type TrainingT } from '../messages'

/** Where a payment stands, in words: not yet sent, on its way, paid on a day, or failed and why. */
export function paymentText(payment: SubsidyPayment | null, t: TrainingT, locale: Locale): string {
  if (!payment) return t('payment.none')
  if (payment.status === 'paid') return payment.paidAt ? t('payment.paid', { date: formatDate(payment.paidAt, locale) }) : t('subsidy.status.paid')
  if (payment.status === 'pending') return t('payment.pending')
  // A failure always names its reason; one that did not would still be a refusal by the channel.
  if (payment.channel === 'card') return t('payment.failed', { reason: t('payment.failure.card') })
  return t('payment.failed', { reason: t(`payment.failure.${payment.failure ?? 'refused'}`) })
}

/**
 * The payment of an approved (or paid) application: where it stands and the channel it went
 * through, the development channel said to move no money (decision 063). Nothing before approval.
 */
export function SubsidyPaymentLines({ application }: { readonly application: SubsidyApplication }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  if (application.status !== 'approved' && application.status !== 'paid') return null
  const { payment } = application
  return (
    <>
      <Text className='training-line training-line--strong'>{paymentText(payment, t, locale)}</Text>
      {payment ? <Text className='training-line muted'>{t('payment.channel', { channel: t(`payment.channel.${payment.channel}`) })}</Text> : null}
    </>
  )
}
