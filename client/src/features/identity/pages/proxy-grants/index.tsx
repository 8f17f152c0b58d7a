import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { listProxyGrants } from '@renshe/shared/identity/contract'
import type { ProxyGrant } from '@renshe/shared/identity/schemas'
import type { Problem } from '@renshe/shared/platform/problem'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { domainLabels } from '../../../../ui/domain-labels'
import { EmptyState } from '../../../../ui/empty-state'
import { openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { revokeGrant } from '../../api'
import { identityMessages } from '../../messages'
import { scopeList } from '../../scope-list'

function GrantCard({ grant, onRevoked }: { readonly grant: ProxyGrant; readonly onRevoked: () => void }) {
  const t = useT(identityMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)

  const revoke = async () => {
    setBusy(true)
    setFailure(null)
    const result = await revokeGrant(grant.id)
    setBusy(false)
    if (result.ok) onRevoked()
    else setFailure({ problem: result.network ? null : result.problem })
  }

  return (
    <Card title={t('grants.staff', { name: grant.staff.name || grant.staff.maskedName, code: grant.staff.staffCode })}>
      <View className='stack'>
        <Text className={grant.status === 'active' ? 'status-tag status-tag--ok' : 'status-tag'}>{t(`grants.status.${grant.status}`)}</Text>
        <Text>{t('grants.organization', { organization: grant.staff.organization })}</Text>
        <Text>{t('grants.scopes', { scopes: scopeList(grant.scopes, label, locale === 'zh-CN' ? '、' : ', ') })}</Text>
        <Text>
          {grant.revokedAt
            ? t('grants.revokedAt', { date: formatDate(grant.revokedAt, locale) })
            : t('grants.expiresAt', { date: formatDate(grant.expiresAt, locale) })}
        </Text>
        {failure ? <ProblemNotice problem={failure.problem} onRetry={revoke} /> : null}
        {grant.status === 'active' && !confirming ? (
          <Button variant='danger' onPress={() => setConfirming(true)}>
            {t('grants.revoke')}
          </Button>
        ) : null}
        {grant.status === 'active' && confirming ? (
          <Banner tone='warning' urgent>
            {t('grants.revokeConfirm')}
            <View className='row'>
              <Button variant='danger' busy={busy} onPress={revoke}>
                {t('grants.revokeYes')}
              </Button>
              <Button variant='secondary' onPress={() => setConfirming(false)}>
                {t('grants.keep')}
              </Button>
            </View>
          </Banner>
        ) : null}
      </View>
    </Card>
  )
}

export default function ProxyGrantsPage() {
  const t = useT(identityMessages)
  const [grants, reload] = useOperation(listProxyGrants, {})
  const [revoked, setRevoked] = useState(false)
  const created = useRouter().params.created === '1'

  return (
    <PageShell title={t('grants.title')} operation={listProxyGrants}>
      <Text className='page__lead'>{t('grants.lead')}</Text>
      {created && !revoked ? <Banner tone='success'>{t('newGrant.done')}</Banner> : null}
      {revoked ? <Banner tone='success'>{t('grants.revoked')}</Banner> : null}
      <View className='stack'>
        <Button block onPress={() => openPage(routes.newGrant)}>
          {t('grants.new')}
        </Button>
        {grants.status === 'loading' ? <Loading /> : null}
        {grants.status === 'problem' || grants.status === 'network' ? (
          <ProblemNotice problem={grants.status === 'problem' ? grants.problem : null} onRetry={reload} loading />
        ) : null}
        {grants.status === 'ok' && grants.value.grants.length === 0 ? <EmptyState message={t('grants.empty')} /> : null}
        {grants.status === 'ok'
          ? grants.value.grants.map((grant) => (
              <GrantCard
                key={grant.id}
                grant={grant}
                onRevoked={() => {
                  setRevoked(true)
                  reload()
                }}
              />
            ))
          : null}
      </View>
    </PageShell>
  )
}
