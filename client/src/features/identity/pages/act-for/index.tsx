import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { listProxyClients } from '@renshe/shared/identity/contract'
import type { ProxyClient } from '@renshe/shared/identity/schemas'
import { actingForStore, startActing, stopActing } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { domainLabels } from '../../../../ui/domain-labels'
import { EmptyState } from '../../../../ui/empty-state'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { identityMessages } from '../../messages'
import { scopeList } from '../../scope-list'

export default function ActForPage() {
  const t = useT(identityMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const session = useStore(sessionStore)
  const actingFor = useStore(actingForStore)
  const isStaff = session?.me.roles.includes('grid_staff') ?? false
  // The list is the staff member's own: it is asked for without acting for anyone.
  const [clients, reload] = useOperation(listProxyClients, isStaff && !actingFor ? {} : null)

  const actFor = (client: ProxyClient) => {
    startActing(client)
    Taro.reLaunch({ url: routes.home }).catch(() => undefined)
  }

  return (
    <PageShell title={t('actFor.title')}>
      {!isStaff ? <Banner tone='warning'>{t('actFor.notStaff')}</Banner> : null}
      {isStaff ? <Text className='page__lead'>{t('actFor.lead')}</Text> : null}
      {isStaff && actingFor ? (
        <Card title={t('actFor.current')}>
          <View className='stack'>
            <Text>{t('actFor.who', { name: actingFor.maskedName, hint: actingFor.idNumberHint })}</Text>
            <Button variant='secondary' onPress={() => stopActing()}>
              {t('actFor.stop')}
            </Button>
          </View>
        </Card>
      ) : null}
      {isStaff && !actingFor && clients.status === 'loading' ? <Loading /> : null}
      {isStaff && !actingFor && (clients.status === 'problem' || clients.status === 'network') ? (
        <ProblemNotice problem={clients.status === 'problem' ? clients.problem : null} onRetry={reload} loading />
      ) : null}
      {isStaff && !actingFor && clients.status === 'ok' && clients.value.clients.length === 0 ? <EmptyState message={t('actFor.empty')} /> : null}
      {isStaff && !actingFor && clients.status === 'ok'
        ? clients.value.clients.map((client) => (
            <Card key={client.grantId} title={t('actFor.who', { name: client.maskedName, hint: client.idNumberHint })}>
              <View className='stack'>
                <Text>{t('actFor.scopes', { scopes: scopeList(client.scopes, label, locale === 'zh-CN' ? '、' : ', ') })}</Text>
                <Text className='muted'>{t('actFor.expiresAt', { date: formatDate(client.expiresAt, locale) })}</Text>
                <Button block onPress={() => actFor(client)}>
                  {t('actFor.choose')}
                </Button>
              </View>
            </Card>
          ))
        : null}
    </PageShell>
  )
}
