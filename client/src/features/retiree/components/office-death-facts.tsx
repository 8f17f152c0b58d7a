import { Text, View } from '@tarojs/components'
import type { DeathRecordForReview } from '@renshe/shared/retiree/schemas'
import { formatDate, formatDateTime, formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import { officeMessages } from '../office-messages'
import { OfficeFact } from './office-fact'

/**
 * A sign that the record may be wrong: marked by a frame and a symbol, not by colour alone;
 * while the record can still be decided on, with a word to check it.
 */
function Warning({ text, advice }: { readonly text: string; readonly advice: string | null }) {
  return (
    <View className='retiree-office-warning'>
      <Text aria-hidden='true' className='retiree-office-warning__mark'>
        !
      </Text>
      <View className='retiree-office-warning__text'>
        <Text className='retiree-office-subtitle'>{text}</Text>
        {advice ? <Text className='retiree-office-subtitle'>{advice}</Text> : null}
      </View>
    </View>
  )
}

/** What a death record says, who sent it, what speaks against it, and what became of it. */
export function OfficeDeathFacts({ record }: { readonly record: DeathRecordForReview }) {
  const t = useT(officeMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const date = (iso: string) => formatDate(iso, locale)
  const { secondPartnerName, secondDiedOn, certifiedSince } = record
  const disagrees = secondPartnerName !== null && secondDiedOn !== null && secondDiedOn !== record.diedOn
  const advice = record.status === 'reversed' ? null : t('deaths.checkIt')

  return (
    <View>
      <View className='retiree-office-row__line'>
        <Text>{t('deaths.age', { age: record.age })}</Text>
        <Text>{record.gridCode ? t('deaths.grid', { grid: record.gridCode }) : t('deaths.noGrid')}</Text>
      </View>
      {certifiedSince ? (
        <Warning text={t('deaths.certifiedSince', { date: date(certifiedSince.on), method: label(`certMethod.${certifiedSince.method}`) })} advice={advice} />
      ) : null}
      {disagrees ? <Warning text={t('deaths.secondDiffers', { partner: secondPartnerName, date: date(secondDiedOn) })} advice={advice} /> : null}
      <View className='retiree-office-facts'>
        <OfficeFact label={t('deaths.diedOn')} value={date(record.diedOn)} />
        <OfficeFact label={t('deaths.partner')} value={record.partnerName} />
        <OfficeFact label={t('deaths.receivedAt')} value={formatDateTime(record.receivedAt, locale)} />
        {secondPartnerName ? (
          <OfficeFact
            label={t('deaths.second')}
            value={
              !secondDiedOn
                ? secondPartnerName
                : disagrees
                  ? t('deaths.secondValue', { partner: secondPartnerName, date: date(secondDiedOn) })
                  : t('deaths.secondAgrees', { partner: secondPartnerName })
            }
          />
        ) : null}
        {record.status === 'pending' || record.heldFen > 0 ? <OfficeFact label={t('deaths.held')} value={formatFen(record.heldFen)} /> : null}
        {record.status === 'confirmed' && record.confirmedVia ? <OfficeFact label={t('deaths.confirmedVia')} value={t(`deaths.via.${record.confirmedVia}`)} /> : null}
        {record.decidedAt ? (
          <OfficeFact label={record.status === 'reversed' ? t('deaths.reversedAt') : t('deaths.confirmedAt')} value={formatDateTime(record.decidedAt, locale)} />
        ) : null}
        {record.reversalNote ? <OfficeFact label={t('deaths.reversalNote')} value={record.reversalNote} /> : null}
      </View>
    </View>
  )
}
