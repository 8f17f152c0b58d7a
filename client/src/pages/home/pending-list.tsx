import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { listPending } from '@renshe/shared/inbox/contract'
import type { PendingItem } from '@renshe/shared/inbox/schemas'
import { actingForStore } from '../../lib/acting-for/acting-for-store'
import { careSuggestedStore } from '../../lib/care-mode/care-mode-store'
import { formatDate, formatMonth } from '../../lib/format'
import { useLocale } from '../../lib/i18n/locale-store'
import { useT } from '../../lib/i18n/translate'
import { useStore } from '../../lib/store'
import { useOperation } from '../../lib/use-operation'
import { Card } from '../../ui/card'
import { domainLabels } from '../../ui/domain-labels'
import { EmptyState } from '../../ui/empty-state'
import { ListLink } from '../../ui/link'
import { Loading } from '../../ui/loading'
import { ProblemNotice } from '../../ui/problem-notice'
import { homeMessages } from './messages'
import { PensionCard } from './pension-card'
import { pensionHeadline } from './pension-status'
import { pageLink } from '@renshe/shared/platform/pages'
import { routes } from '../../routes'

export function PendingList() {
  const t = useT(homeMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const acting = useStore(actingForStore) !== null
  const [pending, reload] = useOperation(listPending, {})
  const items = pending.status === 'ok' ? pending.value.items : []
  const pension = items.find((item): item is Extract<PendingItem, { kind: 'retiree_certification' }> => item.kind === 'retiree_certification')
  const lines = items.filter((item) => item.kind !== 'retiree_certification')
  const drawsPension = pension !== undefined

  // A pensioner gets care mode unless they turned it off, as people of 70 and over do; not a
  // grid worker who is looking at a pensioner's home page for them.
  useEffect(() => {
    if (drawsPension && !acting) careSuggestedStore.set(true)
  }, [drawsPension, acting])

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
          // Opens the case at its rating, not at its top.
          to: pageLink('complaint', { id: item.caseId, focus: 'rating' }),
        }
      case 'wages_overdue':
        return { text: t('pending.wages_overdue', { count: item.count }), to: `${routes.caseQueue}?overdue=true` }
      case 'payroll_alerts':
        return { text: t('pending.payroll_alerts', { count: item.count }), to: routes.wagesStats }
      case 'wages_to_answer':
        return {
          text: t('pending.wages_to_answer', { count: item.count }),
          to: item.caseId === null ? routes.employerDesk : `${routes.employerRespond}?id=${encodeURIComponent(item.caseId)}`,
        }
      case 'payroll_missing':
        return {
          text: t('pending.payroll_missing', { count: item.count }),
          to: item.projectId === null ? routes.projects : `${routes.payroll}?id=${encodeURIComponent(item.projectId)}`,
        }
      case 'contracts_to_sign':
        return {
          text: t('pending.contracts_to_sign', { count: item.count }),
          to: item.contractId === null ? routes.myContracts : pageLink('contract', { id: item.contractId }),
        }
      case 'contract_drafts':
        return {
          text: t('pending.contract_drafts', { count: item.count }),
          to: item.contractId === null ? routes.myContracts : pageLink('contractDraft', { id: item.contractId }),
        }
      case 'retiree_certification': {
        const headline = pensionHeadline(item.state, item.daysLeft)
        return { text: t(headline.key, { days: headline.days, date: formatDate(item.dueDate, locale) }), to: routes.pensionAccount }
      }
      case 'retiree_assistance':
        return { text: t('pending.retiree_assistance', { count: item.count }), to: routes.assistance }
      case 'retiree_visits':
        return { text: t('pending.retiree_visits', { count: item.count }), to: routes.homeVisits }
      case 'retiree_reviews':
        return { text: t('pending.retiree_reviews', { count: item.count }), to: routes.visitReviews }
      case 'retiree_death_records':
        return { text: t('pending.retiree_death_records', { count: item.count }), to: routes.deathRecords }
    }
  }

  return (
    <>
      {pension ? <PensionCard item={pension} acting={acting} /> : null}
      {pension && lines.length === 0 ? null : (
        <Card title={t('pendingTitle')}>
          {pending.status === 'loading' ? <Loading /> : null}
          {pending.status === 'network' || pending.status === 'problem' ? (
            <ProblemNotice problem={pending.status === 'problem' ? pending.problem : null} onRetry={reload} loading />
          ) : null}
          {pending.status === 'ok' && lines.length === 0 ? <EmptyState message={t('pendingNone')} /> : null}
          {lines.length > 0 ? (
            <View className='list'>
              {lines.map((item, index) => {
                const { text, to } = describe(item)
                return <ListLink key={`${item.kind}-${index}`} title={text} to={to} />
              })}
            </View>
          ) : null}
        </Card>
      )}
    </>
  )
}
