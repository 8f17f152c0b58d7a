import { z } from 'zod'
import { Timestamp } from '@renshe/shared/platform/primitives'
import { Problem } from '@renshe/shared/platform/problem'
import type { CaseDetail } from '@renshe/shared/wages/schemas'
import type { submitComplaint } from '@renshe/shared/wages/contract'
import type { CallResult } from '../../lib/api'
import { newIdempotencyKey } from '../../lib/http/idempotency-key'
import type { LocalFiles } from '../../lib/local-files/types'
import type { Store } from '../../lib/store'
import { DeviceDraft, readDeviceDraft, writeDeviceDraft, type EvidenceItem } from './device-draft'
import { uploadItem, type SendEvidence } from './evidence-upload'
import { complaintOf } from './form-steps'
import { Owner, ownerKey, sameOwner } from './owner'

/**
 * A complaint the worker has sent that has not reached the server yet. Its Idempotency-Key is
 * fixed when it is queued, so however often it is retried, the server makes one case of it.
 */
export const OutboxEntry = z.object({
  draftId: z.uuid(),
  owner: Owner,
  idempotencyKey: z.string(),
  queuedAt: Timestamp,
  draft: DeviceDraft,
  /** `returned`: the server refused it (see `problem`); the worker must change it and send again. */
  state: z.enum(['waiting', 'returned']),
  problem: Problem.nullable(),
  attempts: z.number().int().nonnegative(),
})
export type OutboxEntry = z.infer<typeof OutboxEntry>

export const Outbox = z.array(OutboxEntry)

/** A complaint sent from the outbox: kept briefly so pages can offer its confirmation. */
export const SentComplaint = z.object({
  draftId: z.string(),
  owner: Owner,
  caseId: z.string(),
  caseNumber: z.string(),
  sentAt: Timestamp,
  /** The worker has seen its confirmation; it stays listed so its draft is never taken for a new one. */
  seen: z.boolean(),
})
export type SentComplaint = z.infer<typeof SentComplaint>
export const SentList = z.array(SentComplaint)

export type SendOutcome =
  | { readonly kind: 'sent'; readonly complaint: CaseDetail }
  | { readonly kind: 'waiting' }
  | { readonly kind: 'returned'; readonly problem: Problem }
  | { readonly kind: 'gone' }

export type SendComplaint = (
  draftId: string,
  form: NonNullable<ReturnType<typeof complaintOf>>,
  idempotencyKey: string,
  owner: Owner,
) => Promise<CallResult<typeof submitComplaint>>

export interface OutboxDeps {
  readonly entries: Store<OutboxEntry[] | null>
  readonly sent: Store<SentComplaint[] | null>
  readonly localFiles: LocalFiles
  readonly sendEvidence: SendEvidence
  readonly sendComplaint: SendComplaint
  readonly now: () => Date
}

export interface SendOptions {
  /** Percent uploaded of one file, by its item key. */
  readonly onProgress?: (itemKey: string, percent: number) => void
}

const keptSent = 20

/** Problems that say "not now" rather than "not this": the complaint waits and is tried again. */
function isTransient(problem: Problem): boolean {
  return (
    problem.status >= 500 ||
    ['rate_limited', 'idempotency_in_progress', 'partner_unavailable', 'unauthenticated', 'session_expired'].includes(problem.code)
  )
}

export function createOutbox(deps: OutboxDeps) {
  const inFlight = new Map<string, Promise<SendOutcome>>()
  const all = () => deps.entries.get() ?? []
  const save = (entries: OutboxEntry[]) => deps.entries.set(entries.length > 0 ? entries : null)
  const update = (draftId: string, change: (entry: OutboxEntry) => OutboxEntry) =>
    save(all().map((entry) => (entry.draftId === draftId ? change(entry) : entry)))
  const drop = (draftId: string) => save(all().filter((entry) => entry.draftId !== draftId))

  async function attempt(draftId: string, options: SendOptions): Promise<SendOutcome> {
    let entry = all().find((found) => found.draftId === draftId)
    if (!entry) return { kind: 'gone' }
    const { owner } = entry
    update(draftId, (found) => ({ ...found, attempts: found.attempts + 1 }))

    // The files first, each with its own fixed key; each one that arrives is remembered at once.
    for (const item of entry.draft.evidence) {
      if (item.serverId) continue
      const progress = options.onProgress ? (percent: number) => options.onProgress?.(item.key, percent) : undefined
      const outcome = await uploadItem(item, owner, deps, progress)
      if (outcome.kind === 'network') return { kind: 'waiting' }
      if (outcome.kind === 'problem') return settle(draftId, outcome.problem, item)
      update(draftId, (found) => ({
        ...found,
        draft: { ...found.draft, evidence: found.draft.evidence.map((kept) => (kept.key === item.key ? outcome.item : kept)) },
      }))
    }

    entry = all().find((found) => found.draftId === draftId)
    if (!entry) return { kind: 'gone' }
    const evidenceIds = entry.draft.evidence.flatMap((item) => (item.serverId ? [item.serverId] : []))
    const form = complaintOf(entry.draft.values, evidenceIds)
    if (!form) return settle(draftId, null, null)

    const result = await deps.sendComplaint(entry.draftId, form, entry.idempotencyKey, owner)
    if (result.ok) {
      drop(draftId)
      const sent = { draftId, owner, caseId: result.value.id, caseNumber: result.value.caseNumber, sentAt: deps.now().toISOString(), seen: false }
      deps.sent.set([sent, ...(deps.sent.get() ?? [])].slice(0, keptSent))
      const deviceDraft = readDeviceDraft(ownerKey(owner))
      if (deviceDraft?.draftId === draftId) writeDeviceDraft(ownerKey(owner), null)
      return { kind: 'sent', complaint: result.value }
    }
    if (result.network) return { kind: 'waiting' }
    return settle(draftId, result.problem, null)
  }

  /** A refusal: transient ones wait; others go back to the worker, marked on the file refused. */
  function settle(draftId: string, problem: Problem | null, refused: EvidenceItem | null): SendOutcome {
    if (problem && isTransient(problem)) {
      update(draftId, (found) => ({ ...found, problem }))
      return { kind: 'waiting' }
    }
    const reason = problem ?? invalidFormProblem()
    update(draftId, (found) => ({
      ...found,
      state: 'returned',
      problem: reason,
      draft: refused
        ? { ...found.draft, evidence: found.draft.evidence.map((item) => (item.key === refused.key ? { ...item, refused: true } : item)) }
        : found.draft,
    }))
    return { kind: 'returned', problem: reason }
  }

  /** What is waiting or returned for this person, oldest first. */
  const entriesOf = (owner: Owner): OutboxEntry[] => all().filter((entry) => sameOwner(entry.owner, owner))

  /**
   * Sends one queued complaint. A second call while an attempt runs waits for that attempt, and
   * if it ended still waiting, tries once more: the network may have come back during it (the
   * attempt that began offline fails, the call that the network's return made must not).
   */
  function send(draftId: string, options: SendOptions = {}): Promise<SendOutcome> {
    const running = inFlight.get(draftId)
    if (running) return running.then((outcome) => (outcome.kind === 'waiting' ? (inFlight.get(draftId) ?? start(draftId, options)) : outcome))
    return start(draftId, options)
  }

  function start(draftId: string, options: SendOptions): Promise<SendOutcome> {
    const entry = all().find((found) => found.draftId === draftId)
    if (!entry) return Promise.resolve({ kind: 'gone' })
    if (entry.state !== 'waiting') return Promise.resolve({ kind: 'returned', problem: entry.problem ?? invalidFormProblem() })
    const attemptNow = attempt(draftId, options).finally(() => inFlight.delete(draftId))
    inFlight.set(draftId, attemptNow)
    return attemptNow
  }

  return {
    entries: all,
    entriesOf,
    send,

    /** Drafts that are no longer drafts: waiting here, or sent. */
    settledDraftIds(): ReadonlySet<string> {
      return new Set([...all().map((entry) => entry.draftId), ...(deps.sent.get() ?? []).map((sent) => sent.draftId)])
    },

    /** Queues a complaint; queuing the same draft again keeps its first key. */
    enqueue(draft: DeviceDraft, owner: Owner): OutboxEntry {
      const existing = all().find((entry) => entry.draftId === draft.draftId)
      const entry: OutboxEntry = {
        draftId: draft.draftId,
        owner,
        // A returned complaint has been changed: it is a new submission, with a new key.
        idempotencyKey: existing && existing.state === 'waiting' ? existing.idempotencyKey : newIdempotencyKey(),
        queuedAt: existing?.queuedAt ?? deps.now().toISOString(),
        draft,
        state: 'waiting',
        problem: null,
        attempts: existing?.attempts ?? 0,
      }
      save([...all().filter((found) => found.draftId !== draft.draftId), entry])
      return entry
    },

    /** Sends everything waiting for this person, one after another (a weak network carries one well). */
    async sendAll(owner: Owner, options: SendOptions = {}): Promise<SendOutcome[]> {
      const outcomes: SendOutcome[] = []
      for (const entry of entriesOf(owner)) {
        if (entry.state !== 'waiting') continue
        const outcome = await send(entry.draftId, options)
        outcomes.push(outcome)
        if (outcome.kind === 'waiting') break
      }
      return outcomes
    },

    /** Takes a returned complaint out, to be changed on the form. */
    takeBack(draftId: string): OutboxEntry | null {
      const entry = all().find((found) => found.draftId === draftId) ?? null
      if (entry) drop(draftId)
      return entry
    },

    sentList(owner: Owner): SentComplaint[] {
      return (deps.sent.get() ?? []).filter((sent) => sameOwner(sent.owner, owner))
    },

    markSeen(draftId: string): void {
      const list = deps.sent.get() ?? []
      if (list.some((sent) => sent.draftId === draftId && !sent.seen)) deps.sent.set(list.map((sent) => (sent.draftId === draftId ? { ...sent, seen: true } : sent)))
    },
  }
}

export type OutboxApi = ReturnType<typeof createOutbox>

/** A complaint that no longer passes the contract's schema (an older version's draft, say). */
function invalidFormProblem(): Problem {
  return { type: 'about:blank', title: 'validation_failed', status: 0, code: 'validation_failed', requestId: 'client' }
}
