import { Text, View } from '@tarojs/components'
import type { Outlet } from '@renshe/shared/card/applications'
import { useT, type Translate } from '../../../lib/i18n/translate'
import { applyMessages } from '../apply-messages'

type ApplyKey = keyof (typeof applyMessages)['zh-CN']

/** What every card page shows of an outlet; the list offers more (its services, how far). */
export type OutletShown = Pick<Outlet, 'name' | 'bankName' | 'address' | 'hours'> & Partial<Pick<Outlet, 'kind' | 'services' | 'distanceKm'>>

/** `0.35` → 约 350 米; `2.46` → 约 2.5 公里: as far as a straight line tells, no closer. */
export function distanceText(t: Translate<ApplyKey>, km: number): string {
  if (km < 1) return t('outlet.distanceM', { m: Math.max(10, Math.round(km * 100) * 10) })
  return t('outlet.distanceKm', { km: km < 10 ? km.toFixed(1) : String(Math.round(km)) })
}

/** The services an outlet handles, in words: 申领、领卡、正式挂失. */
export function servicesText(t: Translate<ApplyKey>, services: readonly Outlet['services'][number][]): string {
  return services.map((service) => t(`outlet.service.${service}`)).join(t('outlet.serviceJoin'))
}

/** An outlet's name, bank, address and hours, then how far and what it handles when known. */
export function OutletFacts({ outlet }: { readonly outlet: OutletShown }) {
  const t = useT(applyMessages)
  return (
    <View className='outlet-facts'>
      <Text className='outlet-facts__name'>{outlet.name}</Text>
      {outlet.kind ? <Text className='outlet-facts__kind'>{t(`outlet.kind.${outlet.kind}`)}</Text> : null}
      {typeof outlet.distanceKm === 'number' ? <Text className='outlet-facts__distance'>{distanceText(t, outlet.distanceKm)}</Text> : null}
      <Text className='outlet-facts__line'>{t('outlet.bank', { bank: outlet.bankName })}</Text>
      <Text className='outlet-facts__line'>{t('outlet.address', { address: outlet.address })}</Text>
      <Text className='outlet-facts__line'>{t('outlet.hours', { hours: outlet.hours })}</Text>
      {outlet.services && outlet.services.length > 0 ? <Text className='outlet-facts__line'>{t('outlet.services', { services: servicesText(t, outlet.services) })}</Text> : null}
    </View>
  )
}
