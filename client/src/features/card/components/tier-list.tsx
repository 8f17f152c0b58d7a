import { Text, View } from '@tarojs/components'
import type { BenefitTier } from '@renshe/shared/card/benefits'
import { roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { Heading } from '../../../ui/heading'
import { benefitLabels, payLabel, reasonLabel } from '../benefit-labels'

/** A county benefit's tiers, "年满 70 周岁：免费" one a line: on the venue's phone and on the officers' county page. */
export function TierList({ heading, tiers }: { readonly heading: string; readonly tiers: readonly BenefitTier[] }) {
  const label = useT(benefitLabels)
  return (
    <View className='tier-list'>
      <Heading level={3} className='tier-list__heading'>
        {heading}
      </Heading>
      <View {...roleProps('list')}>
        {tiers.map((tier) => (
          <View key={tier.for} {...roleProps('listitem')} className='tier-list__tier'>
            <Text>{label('tier.line', { reason: reasonLabel(label, tier.for), pay: payLabel(label, tier.payPercent) })}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
