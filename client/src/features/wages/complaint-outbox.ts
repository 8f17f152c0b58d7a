import Taro from '@tarojs/taro'
import { localFiles } from '../../lib/local-files/local-files'
import { onBackOnline, startNetworkWatch } from '../../lib/network/network'
import { createPersistedStore } from '../../lib/persisted-store'
import { useMemo } from 'react'
import { useStore } from '../../lib/store'
import { sendComplaint, sendEvidence } from './api'
import { createOutbox, Outbox, SentList, type OutboxEntry, type SentComplaint } from './outbox'
import { currentOwner, sameOwner, type Owner } from './owner'

export const outboxStore = createPersistedStore('renshe.wages.outbox', Outbox)
export const sentStore = createPersistedStore('renshe.wages.sent', SentList)

/** The phone's one outbox of complaints, kept in storage so it survives a restart. */
export const outbox = createOutbox({
  entries: outboxStore,
  sent: sentStore,
  localFiles,
  sendEvidence,
  sendComplaint,
  now: () => new Date(),
})

/** Sends what waits for the person using the app now; quietly does nothing when there is nothing. */
export function sendWaiting(): void {
  const owner = currentOwner()
  if (owner && outbox.entriesOf(owner).some((entry) => entry.state === 'waiting')) void outbox.sendAll(owner)
}

let started = false

/**
 * From the first wage page opened on, the outbox tries again whenever the network comes back
 * and whenever the app comes back to the foreground.
 */
export function startAutoSend(): void {
  if (started) return
  started = true
  startNetworkWatch()
  onBackOnline(sendWaiting)
  if (typeof Taro.onAppShow === 'function') Taro.onAppShow(sendWaiting)
}

export function useOutboxEntries(owner: Owner | null): readonly OutboxEntry[] {
  const entries = useStore(outboxStore)
  const userId = owner?.userId ?? null
  const grantId = owner?.grantId ?? null
  return useMemo(() => (userId ? (entries ?? []).filter((entry) => sameOwner(entry.owner, { userId, grantId })) : []), [entries, userId, grantId])
}

export function useSentComplaints(owner: Owner | null): readonly SentComplaint[] {
  const sent = useStore(sentStore)
  const userId = owner?.userId ?? null
  const grantId = owner?.grantId ?? null
  return useMemo(() => (userId ? (sent ?? []).filter((item) => sameOwner(item.owner, { userId, grantId })) : []), [sent, userId, grantId])
}
