import { Text, View } from '@tarojs/components'
import { getMe } from '@renshe/shared/identity/contract'
import { updateMe } from '../../lib/auth/session-store'
import { formatDate } from '../../lib/format'
import { useLocale } from '../../lib/i18n/locale-store'
import { useT } from '../../lib/i18n/translate'
import { useOperation } from '../../lib/use-operation'
import { useEffect } from 'react'
import { actingForStore } from '../../lib/acting-for/acting-for-store'
import { useStore } from '../../lib/store'
import { routes } from '../../routes'
import { ActingGuard } from '../../ui/acting-guard'
import { Banner } from '../../ui/banner'
import { Button } from '../../ui/button'
import { Card } from '../../ui/card'
import { domainLabels } from '../../ui/domain-labels'
import { openPage } from '../../ui/link'
import { Loading } from '../../ui/loading'
import { ProblemNotice } from '../../ui/problem-notice'
import { useRegionName } from '../../ui/region-name'
import { meMessages } from './messages'
import './profile-card.css'

function Item({ term, value }: { readonly term: string; readonly value: string }) {
  return (
    <View className='profile__item'>
      <Text className='profile__term'>{term}</Text>
      <Text className='profile__value'>{value}</Text>
    </View>
  )
}

/** Masked details of the logged-in person, or of the person being acted for. */
export function ProfileCard() {
  const t = useT(meMessages)
  const label = useT(domainLabels)
  const regionName = useRegionName()
  const locale = useLocale()
  const actingFor = useStore(actingForStore)
  const [me, reload] = useOperation(getMe, {})

  useEffect(() => {
    // Acting for someone returns their profile: it must not replace the staff member's own.
    if (me.status === 'ok' && !actingFor) updateMe(me.value)
  }, [me, actingFor])

  return (
    <ActingGuard operation={getMe}>
      <Card title={t('profileTitle')}>
        {me.status === 'loading' ? <Loading /> : null}
        {me.status === 'network' || me.status === 'problem' ? (
          <ProblemNotice problem={me.status === 'problem' ? me.problem : null} onRetry={reload} loading />
        ) : null}
        {me.status === 'ok' ? (
          <View className='profile'>
            {me.value.realName.bound ? (
              <>
                <Item term={t('name')} value={me.value.realName.maskedName} />
                <Item term={t('idNumber')} value={me.value.realName.maskedIdNumber} />
                {me.value.realName.maskedPhone ? <Item term={t('phone')} value={me.value.realName.maskedPhone} /> : null}
                <Item term={t('region')} value={regionName(me.value.realName.regionCode)} />
                <Item term={t('boundAt')} value={formatDate(me.value.realName.boundAt, locale)} />
              </>
            ) : (
              me.value.displayName ? <Item term={t('name')} value={me.value.displayName} /> : null
            )}
            <Item term={t('roles')} value={me.value.roles.map((role) => label(`role.${role}`)).join('、')} />
            {me.value.staffCode ? <Item term={t('staffCode')} value={me.value.staffCode} /> : null}
            {!me.value.realName.bound && me.value.roles.includes('citizen') && !actingFor ? (
              <Banner tone='warning'>
                {t('notBound')}
                <Button onPress={() => openPage(routes.realName)}>{t('bindNow')}</Button>
              </Banner>
            ) : null}
          </View>
        ) : null}
      </Card>
    </ActingGuard>
  )
}
