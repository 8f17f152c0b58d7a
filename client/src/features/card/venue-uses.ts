import { z } from 'zod'
import type { recordEcardUse } from '@renshe/shared/card/contract'
import { ecardClockSkewSeconds } from '@renshe/shared/card/ecard-token'
import type { EcardUseRefusal, EcardUseVerdict } from '@renshe/shared/card/schemas'
import { Timestamp } from '@renshe/shared/platform/primitives'
import type { Problem } from '@renshe/shared/platform/problem'
import type { CallResult } from '../../lib/api'
import type { Store } from '../../lib/store'
import type { OfflineVerdict } from './venue-offline'

/**
 * A use this phone admitted (decision 066): waiting to be recorded with the portal, or recorded.
 * A waiting one keeps its code and the Idempotency-Key fixed when it was admitted, so however
 * often it is sent — again on the page, when the network is back, by "upload again" — the portal
 * records it once. A recorded one is kept until its code expires, to refuse the same code shown
 * here again without asking anyone.
 */
export const VenueUse = z.object({
  /** The venue account that admitted it: only that account uploads it. */
  userId: z.string(),
  nonce: z.string(),
  /** The code's end, Unix seconds. */
  expiresAt: z.number().int(),
  checkedAt: Timestamp,
  maskedName: z.string(),
  state: z.enum(['pending', 'recorded']),
  /** Kept only while pending: what is uploaded, and the key every attempt sends. */
  token: z.string().nullable(),
  idempotencyKey: z.string().nullable(),
})
export type VenueUse = z.infer<typeof VenueUse>
export const VenueUses = z.array(VenueUse)

/** Sends a code; `checkedAt` when it was admitted offline earlier, so the portal checks it as of then. */
export type SendUse = (token: string, idempotencyKey: string, checkedAt?: string) => Promise<CallResult<typeof recordEcardUse>>

export interface VenueUsesDeps {
  readonly uses: Store<VenueUse[] | null>
  readonly send: SendUse
  readonly newKey: () => string
  readonly now: () => Date
}

/** What the online check of one code came to. */
export type OnlineOutcome =
  | { readonly kind: 'verdict'; readonly verdict: EcardUseVerdict }
  /** Admitted offline, no answer: the use waits on this phone. */
  | { readonly kind: 'pending' }
  /** Not admitted offline, no answer: nothing to keep. */
  | { readonly kind: 'offline' }
  | { readonly kind: 'problem'; readonly problem: Problem; readonly pending: boolean }

export interface UploadReport {
  readonly uploaded: number
  /** Uses the portal would not record (a code already used elsewhere here, a card stopped since). */
  readonly refused: readonly { readonly maskedName: string; readonly reason: EcardUseRefusal }[]
  /** Why the run stopped before the end: no answer, or a problem. */
  readonly stopped: { readonly problem: Problem | null } | null
}

export function createVenueUses(deps: VenueUsesDeps) {
  const inFlight = new Map<string, Promise<OnlineOutcome>>()
  let uploading: Promise<UploadReport> | null = null
  const all = () => deps.uses.get() ?? []
  const save = (uses: VenueUse[]) => deps.uses.set(uses.length > 0 ? uses : null)
  const mine = (userId: string) => (use: VenueUse) => use.userId === userId

  function sendUse(use: VenueUse): Promise<OnlineOutcome> {
    const running = inFlight.get(use.nonce)
    if (running) return running
    const attempt = attemptUse(use).finally(() => inFlight.delete(use.nonce))
    inFlight.set(use.nonce, attempt)
    return attempt
  }

  async function attemptUse(use: VenueUse): Promise<OnlineOutcome> {
    if (use.token === null || use.idempotencyKey === null) return { kind: 'pending' }
    const result = await deps.send(use.token, use.idempotencyKey, use.checkedAt)
    if (result.ok) {
      const same = (found: VenueUse) => found.userId === use.userId && found.nonce === use.nonce
      // Refused, it was never a use: nothing is kept, and the same code shown again is asked again.
      if (result.value.admitted) save(all().map((found) => (same(found) ? { ...found, state: 'recorded', token: null, idempotencyKey: null } : found)))
      else save(all().filter((found) => !same(found)))
      return { kind: 'verdict', verdict: result.value }
    }
    return result.network ? { kind: 'pending' } : { kind: 'problem', problem: result.problem, pending: true }
  }

  async function uploadRun(userId: string): Promise<UploadReport> {
    let uploaded = 0
    const refused: { maskedName: string; reason: EcardUseRefusal }[] = []
    for (const use of all().filter((found) => found.userId === userId && found.state === 'pending')) {
      const outcome = await sendUse(use)
      if (outcome.kind !== 'verdict') return { uploaded, refused, stopped: { problem: outcome.kind === 'problem' ? outcome.problem : null } }
      if (outcome.verdict.admitted) uploaded += 1
      else refused.push({ maskedName: use.maskedName, reason: outcome.verdict.reason })
    }
    return { uploaded, refused, stopped: null }
  }

  return {
    pendingOf: (userId: string): VenueUse[] => all().filter((use) => use.userId === userId && use.state === 'pending'),

    /** Admitted here already, by this account (waiting or recorded): the code is not good for a second entry. */
    usedHere: (userId: string, nonce: string): boolean => all().some((use) => mine(userId)(use) && use.nonce === nonce),

    /** Forgets recorded uses whose codes no verifier would take any more; waiting ones stay until uploaded. */
    forgetExpired(nowSeconds: number): void {
      const kept = all().filter((use) => use.state === 'pending' || use.expiresAt + ecardClockSkewSeconds > nowSeconds)
      if (kept.length !== all().length) save(kept)
    },

    /**
     * The portal's check of a code the phone has just checked. One admitted offline is kept as
     * waiting before it is sent, so a lost answer leaves it waiting with its key. Any other code
     * is asked about too (the venue's data or the phone's clock may be out of date), but is kept
     * only if the portal admits it.
     */
    async checkOnline(userId: string, token: string, offline: OfflineVerdict): Promise<OnlineOutcome> {
      if (offline.kind === 'admit') {
        const { claims } = offline
        const use: VenueUse = {
          userId,
          nonce: claims.n,
          expiresAt: claims.e,
          checkedAt: deps.now().toISOString(),
          maskedName: claims.m,
          state: 'pending',
          token,
          idempotencyKey: deps.newKey(),
        }
        save([...all(), use])
        return sendUse(use)
      }
      const result = await deps.send(token, deps.newKey())
      if (!result.ok) return result.network ? { kind: 'offline' } : { kind: 'problem', problem: result.problem, pending: false }
      if (result.value.admitted && offline.kind === 'fullPrice') {
        const { claims } = offline
        const use: VenueUse = { userId, nonce: claims.n, expiresAt: claims.e, checkedAt: deps.now().toISOString(), maskedName: claims.m, state: 'recorded', token: null, idempotencyKey: null }
        save([...all(), use])
      }
      return { kind: 'verdict', verdict: result.value }
    },

    /**
     * Sends this account's waiting uses, oldest first, one after another (a weak network carries
     * one well). A run already going is joined, not doubled; the first use that gets no answer
     * or a problem stops the run, the rest wait for the next.
     */
    uploadPending(userId: string): Promise<UploadReport> {
      if (uploading) return uploading
      const run = uploadRun(userId).finally(() => {
        uploading = null
      })
      uploading = run
      return run
    },
  }
}

export type VenueUsesApi = ReturnType<typeof createVenueUses>
