import { Text, View } from '@tarojs/components'
import { logout } from '@renshe/shared/identity/contract'
import { stopActing } from '../../lib/acting-for/acting-for-store'
import { call } from '../../lib/api'
import { endSession } from '../../lib/auth/end-session'
import { sessionStore } from '../../lib/auth/session-store'
import { useT } from '../../lib/i18n/translate'
import { useStore } from '../../lib/store'
import { routes } from '../../routes'
import { Button } from '../../ui/button'
import { Card } from '../../ui/card'
import { CareModeSwitch } from '../../ui/care-mode-switch'
import { LanguageSwitch } from '../../ui/language-switch'
import { ListLink, openPage } from '../../ui/link'
import { PageShell } from '../../ui/page-shell'
import { meMessages } from './messages'
import { ProfileCard } from './profile-card'

export default function MePage() {
  const t = useT(meMessages)
  const session = useStore(sessionStore)
  const roles = session?.me.roles ?? []

  const logOut = async () => {
    // Logging out is the staff member's own act, never one done for the citizen.
    stopActing()
    await call(logout, {})
    endSession('logout')
  }

  return (
    <PageShell title={t('title')} nav='me'>
      {session ? (
        <>
          <ProfileCard />
          <Card title={t('privacyTitle')}>
            <View className='list'>
              {roles.includes('citizen') ? (
                <ListLink to={routes.proxyGrants} title={t('proxyGrants')} detail={t('proxyGrantsDetail')} />
              ) : null}
              {roles.includes('grid_staff') ? <ListLink to={routes.actFor} title={t('actFor')} detail={t('actForDetail')} /> : null}
              <ListLink to={routes.consents} title={t('consents')} />
              <ListLink to={routes.accessLog} title={t('accessLog')} detail={t('accessLogDetail')} />
            </View>
          </Card>
        </>
      ) : (
        <Card>
          <View className='stack'>
            <Text>{t('notLoggedIn')}</Text>
            <Button onPress={() => openPage(routes.login)}>{t('login')}</Button>
          </View>
        </Card>
      )}
      <Card title={t('settingsTitle')}>
        <View className='stack'>
          <CareModeSwitch />
          <LanguageSwitch />
          {session ? (
            <Button variant='danger' block onPress={logOut}>
              {t('logout')}
            </Button>
          ) : null}
        </View>
      </Card>
    </PageShell>
  )
}
