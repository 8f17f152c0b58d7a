import { Text, View } from '@tarojs/components'
import { actingForStore } from '../../lib/acting-for/acting-for-store'
import { usePersonServedName } from '../../lib/acting-for/person-served'
import { sessionStore } from '../../lib/auth/session-store'
import { useT } from '../../lib/i18n/translate'
import { useStore } from '../../lib/store'
import { Button } from '../../ui/button'
import { Card } from '../../ui/card'
import { CareModeSwitch } from '../../ui/care-mode-switch'
import { Heading } from '../../ui/heading'
import { openPage } from '../../ui/link'
import { PageShell } from '../../ui/page-shell'
import { homeMessages } from './messages'
import { PendingListOnDemand } from './pending-list-lazy'
import { routes } from '../../routes'
import { servicesFor, ServiceGrid } from './service-grid'

export default function HomePage() {
  const t = useT(homeMessages)
  const session = useStore(sessionStore)
  const actingFor = useStore(actingForStore)
  const me = session?.me ?? null
  const name = usePersonServedName()

  return (
    <PageShell title={t('title')} nav='home'>
      {me && name ? <Text className='page__lead'>{t('welcome', { name })}</Text> : null}
      {me ? (
        <PendingListOnDemand />
      ) : (
        <Card>
          <View className='stack'>
            <Text>{t('loginLead')}</Text>
            <Button block onPress={() => openPage(routes.login)}>
              {t('login')}
            </Button>
          </View>
        </Card>
      )}
      <Heading level={2} className='card__title'>
        {t('servicesTitle')}
      </Heading>
      <ServiceGrid services={servicesFor(me?.roles ?? null, actingFor !== null)} loginFirst={me === null} />
      <CareModeSwitch />
    </PageShell>
  )
}
