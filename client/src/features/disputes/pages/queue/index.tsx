import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ArbitrationSummary } from '@renshe/shared/disputes/arbitration-cases'
import { listArbitrationQueue } from '@renshe/shared/disputes/contract'
import { useT } from '../../../../lib/i18n/translate'
import { usePaged } from '../../../../lib/use-paged'
import { ChoiceChips } from '../../../../ui/choice-chips'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { queuePage, type QueueFilter } from '../../api'
import { CaseRow } from '../../components/case-row'
import { disputesMessages } from '../../messages'
import '../../disputes.css'

function QueueList({ filter }: { readonly filter: QueueFilter }) {
  const t = useT(disputesMessages)
  const queue = usePaged<ArbitrationSummary>(queuePage(filter))
  return (
    <PagedList paged={queue} empty={filter === 'overdue' ? t('queue.emptyOverdue') : t('queue.empty')} keyOf={(summary) => summary.id} listClassName='arb-list' itemClassName={() => 'arb-list__item'}>
      {(summary) => <CaseRow summary={summary} name='both' />}
    </PagedList>
  )
}

/** The county commission's cases for its officers and its chair: all, or only the overdue; each opens the case. */
export default function ArbitrationQueuePage() {
  const t = useT(disputesMessages)
  const [filter, setFilter] = useState<QueueFilter>('all')
  return (
    <PageShell title={t('queue.title')} operation={listArbitrationQueue}>
      <Text className='page__lead'>{t('queue.lead')}</Text>
      <ChoiceChips
        id='arb-queue-filter'
        legend={t('queue.filter')}
        options={[
          { value: 'all' as const, label: t('queue.all') },
          { value: 'overdue' as const, label: t('queue.overdue') },
        ]}
        value={filter}
        onChange={setFilter}
      />
      <View>
        <QueueList key={filter} filter={filter} />
      </View>
    </PageShell>
  )
}
