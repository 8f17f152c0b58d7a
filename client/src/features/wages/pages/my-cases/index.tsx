import { Text, View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import { listMyComplaints } from '@renshe/shared/wages/contract'
import { roleProps } from '../../../../lib/a11y/pressable'
import { formatDateTime, formatFen } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { EmptyState } from '../../../../ui/empty-state'
import { Heading } from '../../../../ui/heading'
import { openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { CaseCard } from '../../components/case-card'
import { LoginFirst } from '../../components/login-first'
import { outbox, sendWaiting, startAutoSend, useOutboxEntries, useSentComplaints } from '../../complaint-outbox'
import { readDeviceDraft } from '../../device-draft'
import { yuanToFen } from '../../../../lib/money'
import { wagesMessages } from '../../messages'
import type { OutboxEntry } from '../../outbox'
import { ownerKey, useOwner } from '../../owner'
import '../../wages.css'

export default function MyComplaintsPage() {
  const t = useT(wagesMessages)
  const owner = useOwner()
  const [cases, reload] = useOperation(listMyComplaints, owner ? {} : null)
  const queued = useOutboxEntries(owner)
  const sent = useSentComplaints(owner)
  const unseen = sent.filter((item) => !item.seen)
  const [sending, setSending] = useState<string | null>(null)

  useEffect(() => {
    startAutoSend()
    sendWaiting()
  }, [])

  // A complaint that left the outbox is now a case: show it in the list.
  const sentCount = sent.length
  useEffect(() => {
    if (sentCount > 0) reload()
  }, [sentCount, reload])

  const draft = useMemo(() => {
    if (!owner) return null
    const kept = readDeviceDraft(ownerKey(owner))
    return kept && !outbox.settledDraftIds().has(kept.draftId) && (kept.unsaved || kept.syncedAt !== null) ? kept : null
  }, [owner?.userId, owner?.grantId, queued.length])

  if (!owner) {
    return (
      <PageShell title={t('myCases.title')}>
        <LoginFirst back={routes.myComplaints} />
      </PageShell>
    )
  }

  const sendNow = async (entry: OutboxEntry) => {
    setSending(entry.draftId)
    await outbox.send(entry.draftId)
    setSending(null)
  }

  const list = cases.status === 'ok' ? [...cases.value.cases].sort((a, b) => (a.submittedAt < b.submittedAt ? 1 : -1)) : []
  const nothing = cases.status === 'ok' && list.length === 0 && queued.length === 0

  return (
    <PageShell title={t('myCases.title')} operation={listMyComplaints}>
      {unseen.map((item) => (
        <Banner key={item.draftId} tone='success'>
          <Text>{t('myCases.sentNow', { caseNumber: item.caseNumber })}</Text>
          <Button
            variant='secondary'
            onPress={() => {
              outbox.markSeen(item.draftId)
              openPage(`${routes.complaintSubmitted}?id=${encodeURIComponent(item.caseId)}`)
            }}
          >
            {t('myCases.seeConfirmation')}
          </Button>
        </Banner>
      ))}

      {queued.length > 0 ? (
        <View>
          <Heading level={2} className='section-title'>
            {t('myCases.waitingTitle')}
          </Heading>
          <View {...roleProps('list')}>
            {queued.map((entry) => (
              <QueuedItem key={entry.draftId} entry={entry} sending={sending === entry.draftId} onSend={() => void sendNow(entry)} />
            ))}
          </View>
        </View>
      ) : null}

      {draft ? (
        <Banner tone='info'>
          <Text>{t('myCases.draft')}</Text>
          <Button onPress={() => openPage(routes.fileComplaint)}>{t('myCases.continue')}</Button>
        </Banner>
      ) : null}

      {cases.status === 'loading' ? <Loading /> : null}
      {cases.status === 'problem' || cases.status === 'network' ? (
        <ProblemNotice problem={cases.status === 'problem' ? cases.problem : null} onRetry={reload} loading />
      ) : null}

      {nothing && !draft ? (
        <EmptyState message={t('myCases.empty')} action={<Button onPress={() => openPage(routes.fileComplaint)}>{t('myCases.file')}</Button>} />
      ) : null}

      {list.length > 0 ? (
        <View>
          <Heading level={2} className='section-title'>
            {t('myCases.listTitle')}
          </Heading>
          <View {...roleProps('list')}>
            {list.map((summary) => (
              <View key={summary.id} {...roleProps('listitem')}>
                <CaseCard summary={summary} onOpen={() => openPage(`${routes.complaint}?id=${encodeURIComponent(summary.id)}`)} />
              </View>
            ))}
          </View>
          <Button variant='secondary' block onPress={() => openPage(routes.fileComplaint)}>
            {t('myCases.fileAnother')}
          </Button>
        </View>
      ) : null}
    </PageShell>
  )
}

function QueuedItem({ entry, sending, onSend }: { readonly entry: OutboxEntry; readonly sending: boolean; readonly onSend: () => void }) {
  const t = useT(wagesMessages)
  const locale = useLocale()
  const fen = yuanToFen(entry.draft.values.amountYuan)
  const returned = entry.state === 'returned'
  return (
    <View {...roleProps('listitem')} className={returned ? 'case-card case-card--overdue' : 'case-card'}>
      <View className='case-card__head'>
        <Text className='case-card__employer'>{entry.draft.values.employerName || t('myCases.unnamedEmployer')}</Text>
        <Text className='status-tag status-tag--warn'>{returned ? t('myCases.returned') : t('myCases.waitingTitle')}</Text>
      </View>
      {fen !== null ? <Text>{t('myCases.amount', { amount: formatFen(fen) })}</Text> : null}
      <Text className='muted'>{t('myCases.savedAt', { date: formatDateTime(entry.queuedAt, locale) })}</Text>
      {returned ? null : <Text>{t('myCases.waiting')}</Text>}
      {returned ? (
        <Button onPress={() => openPage(routes.fileComplaint)}>{t('myCases.fix')}</Button>
      ) : (
        <Button busy={sending} onPress={onSend}>
          {sending ? t('queued.sending') : t('queued.sendNow')}
        </Button>
      )}
    </View>
  )
}
