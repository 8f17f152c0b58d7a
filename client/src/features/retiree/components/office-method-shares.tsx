import { Text, View } from '@tarojs/components'
import type { CertificationMethod } from '@renshe/shared/retiree/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import { officeMessages } from '../office-messages'
import { methodShares } from './office-shares'

/** Certified this cycle by method: each a name, its number and percent in words, and a bar that only repeats them. */
export function OfficeMethodShares({ byMethod }: { readonly byMethod: Readonly<Record<CertificationMethod, number>> }) {
  const t = useT(officeMessages)
  const label = useT(domainLabels)
  const { total, shares } = methodShares(byMethod)
  if (total === 0) return <Text className='muted'>{t('coverage.byMethodNone')}</Text>
  return (
    <View>
      <Text className='retiree-office-block muted'>{t('coverage.byMethodLead', { count: total })}</Text>
      <View {...roleProps('list')} className='retiree-office-shares'>
        {shares.map((share) => (
          <View key={share.method} {...roleProps('listitem')} className='retiree-office-share'>
            <View className='retiree-office-share__head'>
              <Text className='retiree-office-share__name'>{label(`certMethod.${share.method}`)}</Text>
              <Text>{t('coverage.methodShare', { count: share.count, percent: share.percent })}</Text>
            </View>
            <View aria-hidden='true' className='retiree-office-share__bar'>
              <View className='retiree-office-share__fill' style={{ width: `${share.percent}%` }} />
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}
