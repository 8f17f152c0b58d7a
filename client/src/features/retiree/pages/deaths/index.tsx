import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { getDeathRecord, listDeathRecords } from '@renshe/shared/retiree/contract'
import { DeathRecordStatus } from '@renshe/shared/retiree/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { ChoiceChips } from '../../../../ui/choice-chips'
import { EmptyState } from '../../../../ui/empty-state'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { OfficeDeathRecord } from '../../components/office-death-record'
import { officeMessages } from '../../office-messages'
import '../../office.css'

/** The records of one status; the one a message linked to is shown above them, so not again here. */
function DeathRecordList({ status, linkedId }: { readonly status: DeathRecordStatus; readonly linkedId: string | null }) {
  const t = useT(officeMessages)
  const [loaded, reload] = useOperation(listDeathRecords, { query: { status } })
  const all = loaded.status === 'ok' ? loaded.value.items : []
  const items = all.filter((record) => record.id !== linkedId)
  return (
    <View>
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? (
        <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading />
      ) : null}
      {loaded.status === 'ok' && items.length === 0 ? <EmptyState message={all.length > 0 ? t('deaths.noOthers') : t(`deaths.empty.${status}`)} /> : null}
      {items.length > 0 ? (
        <View {...roleProps('list')} aria-label={t('deaths.listLabel')} className='retiree-office-list'>
          {items.map((record) => (
            <OfficeDeathRecord key={record.id} initial={record} />
          ))}
        </View>
      ) : null}
    </View>
  )
}

/** The record a message linked to (`?id=`), whatever its status, first. */
function LinkedRecord({ id }: { readonly id: string }) {
  const t = useT(officeMessages)
  const [loaded, reload] = useOperation(getDeathRecord, { params: { id } })
  if (loaded.status === 'loading') return <Loading />
  if (loaded.status === 'ok') {
    return (
      <View {...roleProps('list')} aria-label={t('deaths.linked')} className='retiree-office-list'>
        <OfficeDeathRecord initial={loaded.value} linked />
      </View>
    )
  }
  if (loaded.status === 'problem' && loaded.problem.code === 'not_found') return <Banner tone='info'>{t('deaths.linkedMissing')}</Banner>
  return <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading />
}

export default function DeathRecordsPage() {
  const t = useT(officeMessages)
  const linkedId = useRouter().params.id || null
  const [status, setStatus] = useState<DeathRecordStatus>('pending')
  const options = DeathRecordStatus.options.map((value) => ({ value, label: t(`deaths.tab.${value}`) }))

  return (
    <PageShell title={t('deaths.title')} operation={listDeathRecords}>
      <Text className='page__lead'>{t('deaths.lead')}</Text>
      <View className='retiree-office-link-row'>
        <Link to={routes.pensionCoverage}>{t('toCoverage')}</Link>
      </View>
      {linkedId ? <LinkedRecord id={linkedId} /> : null}
      <ChoiceChips id='death-status' legend={t('deaths.statusFilter')} options={options} value={status} onChange={setStatus} />
      <DeathRecordList key={status} status={status} linkedId={linkedId} />
    </PageShell>
  )
}
