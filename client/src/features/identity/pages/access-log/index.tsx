import { Text, View } from '@tarojs/components'
import { listAccessLog } from '@renshe/shared/identity/contract'
import type { AccessLogEntry } from '@renshe/shared/identity/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { formatDateTime } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { hasKey, useT, type KeyOf, type Translate } from '../../../../lib/i18n/translate'
import { usePaged } from '../../../../lib/use-paged'
import { Button } from '../../../../ui/button'
import { domainLabels, type DomainLabel } from '../../../../ui/domain-labels'
import { EmptyState } from '../../../../ui/empty-state'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { accessLogPage } from '../../api'
import { identityMessages } from '../../messages'
import { operationNames } from '../../operation-names'
import './access-log.css'

type IdentityKey = KeyOf<typeof identityMessages>

function actorText(entry: AccessLogEntry, t: Translate<IdentityKey>, label: Translate<DomainLabel>): string {
  if (entry.actor.self) return t('accessLog.self')
  // A helper she granted is named in full, as on their badge.
  if (entry.actor.staffCode) return `${t('accessLog.staff', { code: entry.actor.staffCode })} ${entry.actor.name ?? entry.actor.maskedName}`
  if (entry.actor.role) return t('accessLog.actor', { name: entry.actor.maskedName, role: label(`role.${entry.actor.role}`) })
  if (entry.actor.system) return t('accessLog.system')
  // No account at all: a school or employer checking a certificate by its code.
  return entry.actor.maskedName || t('accessLog.public')
}

export default function AccessLogPage() {
  const t = useT(identityMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const operationName = useT(operationNames)
  const log = usePaged<AccessLogEntry>(accessLogPage)

  return (
    <PageShell title={t('accessLog.title')} operation={listAccessLog}>
      <Text className='page__lead'>{t('accessLog.lead')}</Text>
      {log.status === 'problem' || log.status === 'network' ? <ProblemNotice problem={log.problem} onRetry={log.reload} loading /> : null}
      {log.status === 'ready' && log.items.length === 0 ? <EmptyState message={t('accessLog.empty')} /> : null}
      {log.items.length > 0 ? (
        <View {...roleProps('list')} className='list'>
          {log.items.map((entry) => (
            <View key={entry.id} {...roleProps('listitem')} className='access-entry'>
              <View className='row'>
                <Text className='status-tag'>{entry.kind === 'write' ? t('accessLog.write') : t('accessLog.read')}</Text>
                {entry.byProxy ? <Text className='status-tag status-tag--warn'>{t('accessLog.byProxy')}</Text> : null}
              </View>
              <Text className='access-entry__what'>{hasKey(operationNames, entry.operation) ? operationName(entry.operation) : entry.operation}</Text>
              <Text>{actorText(entry, t, label)}</Text>
              <Text className='muted small'>{formatDateTime(entry.at, locale)}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {log.status === 'loading' ? <Loading /> : null}
      {log.hasMore && log.status === 'ready' ? (
        <Button variant='secondary' block onPress={log.loadMore}>
          {t('accessLog.loadMore')}
        </Button>
      ) : null}
    </PageShell>
  )
}
