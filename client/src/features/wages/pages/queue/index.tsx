import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { listQueue } from '@renshe/shared/wages/contract'
import { CaseStatus, type CaseSummary } from '@renshe/shared/wages/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { useT } from '../../../../lib/i18n/translate'
import { usePaged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { domainLabels } from '../../../../ui/domain-labels'
import { EmptyState } from '../../../../ui/empty-state'
import { ListLink } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { Toggle } from '../../../../ui/toggle'
import { ChoiceChips } from '../../../../ui/choice-chips'
import { OfficeQueueItem } from '../../components/office-queue-item'
import { queuePage, type QueueFilter } from '../../office-api'
import { officeMessages } from '../../office-messages'
import '../../office.css'
import '../../wages.css'

function QueueList({ filter }: { readonly filter: QueueFilter }) {
  const t = useT(officeMessages)
  const queue = usePaged<CaseSummary>(queuePage(filter))
  const filtered = filter.status !== 'open' || filter.overdueOnly
  return (
    <View>
      {queue.status === 'problem' || queue.status === 'network' ? <ProblemNotice problem={queue.problem} onRetry={queue.reload} loading /> : null}
      {queue.status === 'ready' && queue.items.length === 0 ? (
        <EmptyState message={filtered ? t('queue.emptyFiltered') : t('queue.empty')} />
      ) : null}
      {queue.items.length > 0 ? (
        <View {...roleProps('list')} aria-label={t('queue.listLabel')} className='office-queue'>
          {queue.items.map((summary) => (
            <OfficeQueueItem key={summary.id} summary={summary} />
          ))}
        </View>
      ) : null}
      {queue.status === 'loading' ? <Loading /> : null}
      {queue.hasMore && queue.status === 'ready' ? (
        <Button variant='secondary' block onPress={queue.loadMore}>
          {t('queue.loadMore')}
        </Button>
      ) : null}
      {!queue.hasMore && queue.status === 'ready' && queue.items.length > 0 ? (
        <Text className='muted office-block'>{t('queue.end', { count: queue.items.length })}</Text>
      ) : null}
    </View>
  )
}

export default function QueuePage() {
  const t = useT(officeMessages)
  const label = useT(domainLabels)
  const [filter, setFilter] = useState<QueueFilter>({ status: 'open', overdueOnly: false })
  const statusOptions = [
    { value: 'open' as const, label: t('queue.allOpen') },
    ...CaseStatus.options.map((status) => ({ value: status, label: label(`caseStatus.${status}`) })),
  ]

  return (
    <PageShell title={t('queue.title')} operation={listQueue}>
      <Text className='page__lead'>{t('queue.lead')}</Text>
      <View className='list office-block'>
        <ListLink to={routes.wagesStats} title={t('queue.toStats')} detail={t('queue.toStatsDetail')} />
      </View>
      <ChoiceChips
        id='queue-status'
        legend={t('queue.statusFilter')}
        options={statusOptions}
        value={filter.status}
        onChange={(status) => setFilter((current) => ({ ...current, status }))}
      />
      <Toggle
        id='queue-overdue'
        label={t('queue.overdueOnly')}
        hint={t('queue.overdueOnlyHint')}
        on={filter.overdueOnly}
        onChange={(overdueOnly) => setFilter((current) => ({ ...current, overdueOnly }))}
      />
      <QueueList key={`${filter.status}|${filter.overdueOnly}`} filter={filter} />
    </PageShell>
  )
}
