import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { InjurySummary } from '@renshe/shared/disputes/injury-cases'
import { listInjuryQueue } from '@renshe/shared/disputes/injury-contract'
import { useT } from '../../../../lib/i18n/translate'
import { usePaged } from '../../../../lib/use-paged'
import { ChoiceChips } from '../../../../ui/choice-chips'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { InjuryRow } from '../../components/injury-row'
import { injuryQueuePage, type InjuryQueueFilter } from '../../injury-api'
import { injuryMessages } from '../../injury-messages'
import '../../disputes.css'
import '../../injury.css'

function QueueList({ filter }: { readonly filter: InjuryQueueFilter }) {
  const t = useT(injuryMessages)
  const queue = usePaged<InjurySummary>(injuryQueuePage(filter))
  return (
    <PagedList paged={queue} empty={filter === 'overdue' ? t('queue.emptyOverdue') : t('queue.empty')} keyOf={(summary) => summary.id} listClassName='arb-list' itemClassName={() => 'arb-list__item'}>
      {(summary) => <InjuryRow summary={summary} name='both' />}
    </PagedList>
  )
}

/** The county's work-injury cases for its officers and its assessment committee: all, or only the overdue; each opens the case. */
export default function InjuryQueuePage() {
  const t = useT(injuryMessages)
  const [filter, setFilter] = useState<InjuryQueueFilter>('all')
  return (
    <PageShell title={t('queue.title')} operation={listInjuryQueue}>
      <Text className='page__lead'>{t('queue.lead')}</Text>
      <ChoiceChips
        id='inj-queue-filter'
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
