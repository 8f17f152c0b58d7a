import { View } from '@tarojs/components'
import { listPending } from '@renshe/shared/inbox/contract'
import type { PendingItem } from '@renshe/shared/inbox/schemas'
import { formatDate, formatMonth } from '../../lib/format'
import { useLocale } from '../../lib/i18n/locale-store'
import { useT } from '../../lib/i18n/translate'
import { useOperation } from '../../lib/use-operation'
import { Card } from '../../ui/card'
import { domainLabels } from '../../ui/domain-labels'
import { EmptyState } from '../../ui/empty-state'
import { ListLink } from '../../ui/link'
import { Loading } from '../../ui/loading'
import { ProblemNotice } from '../../ui/problem-notice'
import { homeMessages } from './messages'
import { routes } from '../../routes'

export function PendingList() {
  const t = useT(homeMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const [pending, reload] = useOperation(listPending, {})

  const describe = (item: PendingItem): { text: string; to: string } => {
    switch (item.kind) {
      case 'bind_real_name':
        return { text: t('pending.bind_real_name'), to: routes.realName }
      case 'unread_messages':
        return { text: t('pending.unread_messages', { count: item.count }), to: routes.inbox }
      case 'consent_outdated':
        return { text: t('pending.consent_outdated', { purpose: label(`consent.${item.purpose}`) }), to: routes.consents }
      case 'proxy_grant_expiring':
        return { text: t('pending.proxy_grant_expiring', { date: formatDate(item.expiresAt, locale) }), to: routes.proxyGrants }
      case 'contribution_gap':
        return {
          text: t('pending.contribution_gap', { type: label(`insurance.${item.type}`), from: formatMonth(item.from, locale), months: item.months }),
          to: routes.recordsSummary,
        }
      case 'wages_draft':
        return { text: t('pending.wages_draft', { date: formatDate(item.updatedAt, locale) }), to: routes.fileComplaint }
      case 'wages_to_rate':
        return {
          text: t('pending.wages_to_rate', { caseNumber: item.caseNumber }),
          to: `${routes.complaint}?id=${encodeURIComponent(item.caseId)}`,
        }
      case 'wages_overdue':
        return { text: t('pending.wages_overdue', { count: item.count }), to: `${routes.caseQueue}?overdue=true` }
      case 'payroll_alerts':
        return { text: t('pending.payroll_alerts', { count: item.count }), to: routes.wagesStats }
    }
  }

  return (
    <Card title={t('pendingTitle')}>
      {pending.status === 'loading' ? <Loading /> : null}
      {pending.status === 'network' || pending.status === 'problem' ? (
        <ProblemNotice problem={pending.status === 'problem' ? pending.problem : null} onRetry={reload} loading />
      ) : null}
      {pending.status === 'ok' && pending.value.items.length === 0 ? <EmptyState message={t('pendingNone')} /> : null}
      {pending.status === 'ok' && pending.value.items.length > 0 ? (
        <View className='list'>
          {pending.value.items.map((item, index) => {
            const { text, to } = describe(item)
            return <ListLink key={`${item.kind}-${index}`} title={text} to={to} />
          })}
        </View>
      ) : null}
    </Card>
  )
}
