import { Text, View } from '@tarojs/components'
import type { Overpayment } from '@renshe/shared/retiree/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDate, formatDateTime, formatFen, formatMonth } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { officeMessages } from '../office-messages'
import { OfficeFact } from './office-fact'

const statusTags: Readonly<Record<Overpayment['status'], string>> = {
  open: 'status-tag status-tag--warn',
  recovered: 'status-tag status-tag--ok',
  withdrawn: 'status-tag',
}

/** One pension paid after a death: whose, which months, how much, who reported it, and whether it is back. */
export function OfficeOverpaymentItem({ overpayment }: { readonly overpayment: Overpayment }) {
  const t = useT(officeMessages)
  const locale = useLocale()
  const open = overpayment.status === 'open'
  const months = overpayment.months.map((month) => formatMonth(month, locale)).join(t('listSeparator'))
  return (
    <View {...roleProps('listitem')} className={open ? 'retiree-office-row retiree-office-row--late' : 'retiree-office-row'}>
      <View className='retiree-office-row__head'>
        <Text className='retiree-office-row__name'>{overpayment.pensionerMaskedName}</Text>
        <Text className={statusTags[overpayment.status]}>{t(`overpayments.status.${overpayment.status}`)}</Text>
      </View>
      <View className='retiree-office-facts'>
        <OfficeFact label={t('overpayments.amount')} value={formatFen(overpayment.amountFen)} />
        <OfficeFact label={t('overpayments.diedOn')} value={formatDate(overpayment.diedOn, locale)} />
        <OfficeFact label={t('overpayments.months')} value={t('overpayments.monthsValue', { count: overpayment.months.length, months })} />
        <OfficeFact label={t('overpayments.partner')} value={overpayment.partnerName} />
        <OfficeFact label={t('overpayments.recordedAt')} value={formatDateTime(overpayment.recordedAt, locale)} />
      </View>
    </View>
  )
}
