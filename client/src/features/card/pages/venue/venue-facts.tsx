import { Text, View } from '@tarojs/components'
import type { MyVenue } from '@renshe/shared/card/schemas'
import { formatDateTime } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { Heading } from '../../../../ui/heading'
import { useRegionName } from '../../../../ui/region-name'
import { benefitLabels, kindLabel } from '../../benefit-labels'
import { TierList } from '../../components/tier-list'
import { venueMessages } from '../../venue-messages'

interface VenueFactsProps {
  readonly venue: MyVenue
  /** When the older of the venue and the keys was fetched: what the offline check is as fresh as. */
  readonly fetchedAt: string
  readonly developmentKeys: boolean
}

/** The venue the phone checks for, what its county's benefit gives whom, and how fresh that is. */
export function VenueFacts({ venue, fetchedAt, developmentKeys }: VenueFactsProps) {
  const t = useT(venueMessages)
  const label = useT(benefitLabels)
  const locale = useLocale()
  const regionName = useRegionName()
  const county = regionName(venue.regionCode)
  const kind = kindLabel(label, venue.kind)
  return (
    <View className='venue-facts'>
      <Text className='venue-facts__label'>{t('venue.label')}</Text>
      <Heading level={2} className='venue-facts__name'>
        {venue.name}
      </Heading>
      <Text>{t('venue.where', { county, kind })}</Text>
      {venue.benefit ? (
        <View className='venue-facts__tiers'>
          <TierList heading={t('venue.tiers')} tiers={venue.benefit.tiers} />
          <Text className='venue-facts__reach'>
            {venue.benefit.openToCity ? t('venue.open', { city: regionName(`${venue.regionCode.slice(0, 4)}00`) }) : t('venue.homeOnly', { county })}
          </Text>
        </View>
      ) : (
        <Text className='venue-facts__reach'>{t('venue.noBenefit', { county, kind })}</Text>
      )}
      <View className='venue-facts__data'>
        <Text className='muted small'>{t('data.fetched', { time: formatDateTime(fetchedAt, locale) })}</Text>
        {developmentKeys ? (
          <View className='venue-facts__development'>
            <Text className='venue-facts__badge'>{t('data.development')}</Text>
            <Text className='small'>{t('data.developmentExplain')}</Text>
          </View>
        ) : null}
      </View>
    </View>
  )
}
