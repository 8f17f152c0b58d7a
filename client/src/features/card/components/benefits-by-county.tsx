import { Text, View } from '@tarojs/components'
import type { MyBenefits } from '@renshe/shared/card/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { Heading } from '../../../ui/heading'
import { useRegionName } from '../../../ui/region-name'
import { benefitLabels, kindLabel, payLabel, reasonLabel } from '../benefit-labels'
import { cardMessages } from '../messages'

type Benefit = MyBenefits['benefits'][number]

/** The benefits of each county, her home county first, the rest in the order of their codes. */
export function groupByCounty(benefits: readonly Benefit[], homeRegionCode: string): readonly (readonly [string, readonly Benefit[]])[] {
  const counties = new Map<string, Benefit[]>()
  for (const benefit of benefits) {
    const list = counties.get(benefit.regionCode)
    if (list) list.push(benefit)
    else counties.set(benefit.regionCode, [benefit])
  }
  const rank = (code: string) => (code === homeRegionCode ? '' : code)
  return [...counties.entries()].sort(([a], [b]) => rank(a).localeCompare(rank(b)))
}

interface BenefitsByCountyProps {
  readonly benefits: readonly Benefit[]
  readonly homeRegionCode: string
}

/** Each county's benefits: what she pays and why, or why it is not hers, and whether the county opened it to the whole city. */
export function BenefitsByCounty({ benefits, homeRegionCode }: BenefitsByCountyProps) {
  const t = useT(cardMessages)
  const regionName = useRegionName()
  return (
    <View>
      {groupByCounty(benefits, homeRegionCode).map(([regionCode, list]) => {
        const home = regionCode === homeRegionCode
        return (
          <View key={regionCode} className={home ? 'benefits-county benefits-county--home' : 'benefits-county'}>
            <View className='benefits-county__top'>
              <Heading level={3} className='benefits-county__name'>
                {regionName(regionCode)}
              </Heading>
              {home ? <Text className='status-tag'>{t('benefits.homeTag')}</Text> : null}
            </View>
            <View {...roleProps('list')}>
              {list.map((benefit) => (
                <BenefitRow key={benefit.kind} benefit={benefit} />
              ))}
            </View>
          </View>
        )
      })}
    </View>
  )
}

function BenefitRow({ benefit }: { readonly benefit: Benefit }) {
  const t = useT(cardMessages)
  const label = useT(benefitLabels)
  const { entitlement } = benefit
  return (
    <View {...roleProps('listitem')} className='benefit-row'>
      <View className='benefit-row__top'>
        <Text className='benefit-row__kind'>{kindLabel(label, benefit.kind)}</Text>
        {benefit.openToCity ? <Text className='status-tag status-tag--ok'>{t('benefits.openToCity')}</Text> : null}
      </View>
      {entitlement.entitled ? (
        <>
          <Text className='benefit-row__pay'>{payLabel(label, entitlement.payPercent)}</Text>
          <Text>{t('benefits.because', { reason: reasonLabel(label, entitlement.because) })}</Text>
        </>
      ) : (
        <Text className='benefit-row__none'>{t(`benefits.not.${entitlement.reason}`)}</Text>
      )}
    </View>
  )
}
