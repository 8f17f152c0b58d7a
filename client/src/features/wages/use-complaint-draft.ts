import { useCallback, useEffect, useRef, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { isOnline, onBackOnline } from '../../lib/network/network'
import { loadServerDraft, saveServerDraft } from './api'
import { outbox } from './complaint-outbox'
import { mergeDrafts, newDeviceDraft, readDeviceDraft, writeDeviceDraft, type DeviceDraft } from './device-draft'
import { newDraftId } from './draft-id'
import { toDraftForm } from './form-values'
import { ownerKey, type Owner } from './owner'

export type DraftState =
  | { readonly status: 'loading' }
  /** The worker cannot file now (no real name, no consent, a grant that does not cover it). */
  | { readonly status: 'blocked'; readonly problem: Problem }
  /** `returned`: the server refused it when it was sent; its problem is to be shown on the form. */
  | { readonly status: 'ready'; readonly draft: DeviceDraft; readonly returned: Problem | null }

const serverSaveDelayMs = 1500
const blockingCodes: readonly string[] = ['real_name_required', 'consent_required', 'forbidden', 'proxy_scope_missing', 'proxy_not_allowed', 'proxy_grant_invalid']

/**
 * The complaint being written, kept on the phone at every change and on the server a moment
 * after typing stops (only when online; typing never waits for it). On opening, the newer of the
 * phone's and the server's copy wins, so a restart or another phone keeps the work.
 */
export function useComplaintDraft(owner: Owner | null) {
  const [state, setState] = useState<DraftState>({ status: 'loading' })
  const [savedOnServer, setSavedOnServer] = useState(false)
  const current = useRef<DeviceDraft | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const key = owner ? ownerKey(owner) : null

  const keep = useCallback(
    (draft: DeviceDraft, returned: Problem | null = null) => {
      current.current = draft
      if (key) writeDeviceDraft(key, draft)
      setState((previous) => ({ status: 'ready', draft, returned: returned ?? (previous.status === 'ready' ? previous.returned : null) }))
    },
    [key],
  )

  const saveNow = useCallback(async () => {
    const draft = current.current
    if (!draft || !draft.unsaved || !isOnline()) return
    const evidenceIds = draft.evidence.flatMap((item) => (item.serverId ? [item.serverId] : []))
    const result = await saveServerDraft({ draftId: draft.draftId, step: draft.step, form: toDraftForm(draft.values, evidenceIds) })
    // Saved only if nothing changed while the request was away; otherwise the next save carries it.
    if (result.ok && current.current?.updatedAt === draft.updatedAt && current.current.draftId === draft.draftId) {
      keep({ ...current.current, syncedAt: result.value.updatedAt, unsaved: false })
      setSavedOnServer(true)
    }
  }, [keep])

  const scheduleSave = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void saveNow(), serverSaveDelayMs)
  }, [saveNow])

  useEffect(() => {
    if (!owner || !key) return undefined
    let live = true
    // Another person filed for (grid staff switching whom they act for): nothing of the last one stays.
    current.current = null
    setState({ status: 'loading' })
    const returned = outbox.entriesOf(owner).find((entry) => entry.state === 'returned')
    if (returned) {
      outbox.takeBack(returned.draftId)
      keep({ ...returned.draft, unsaved: true, updatedAt: new Date().toISOString() }, returned.problem)
      scheduleSave()
      return undefined
    }
    const settled = outbox.settledDraftIds()
    const device = mergeDrafts(readDeviceDraft(key), null, settled)
    // The phone's copy shows at once; the server's replaces it only if newer and untouched since.
    if (device) keep(device)
    void loadServerDraft().then(async (result) => {
      if (!live) return
      if (!result.ok && !result.network && blockingCodes.includes(result.problem.code)) {
        setState({ status: 'blocked', problem: result.problem })
        return
      }
      const server = result.ok ? result.value.draft : null
      // Typed on while the server was asked: that copy is the newest by its own clock.
      const merged = mergeDrafts(current.current, server, settled)
      if (merged && merged !== current.current) keep(merged)
      else if (!merged) keep(newDeviceDraft(await newDraftId(), new Date()))
      if (current.current?.unsaved) scheduleSave()
    })
    return () => {
      live = false
    }
  }, [key])

  useEffect(() => onBackOnline(() => void saveNow()), [saveNow])
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )

  /** Changes the draft; it is kept on the phone at once and on the server shortly after. */
  const update = useCallback(
    (change: (draft: DeviceDraft) => DeviceDraft) => {
      const draft = current.current
      if (!draft) return
      keep({ ...change(draft), updatedAt: new Date().toISOString(), unsaved: true })
      setSavedOnServer(false)
      scheduleSave()
    },
    [keep, scheduleSave],
  )

  /** Starts a fresh draft (after sending, or throwing one away). */
  const restart = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current)
    keep(newDeviceDraft(await newDraftId(), new Date()), null)
    setState((previous) => (previous.status === 'ready' ? { ...previous, returned: null } : previous))
  }, [keep])

  const clearReturned = useCallback(() => {
    setState((previous) => (previous.status === 'ready' ? { ...previous, returned: null } : previous))
  }, [])

  /** The draft as it is now, for sending: read synchronously, not from the last render. */
  const latest = useCallback(() => current.current, [])

  return { state, update, restart, clearReturned, latest, savedOnServer, flush: saveNow }
}
