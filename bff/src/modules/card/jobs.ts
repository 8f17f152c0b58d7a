import { appendAudit, type Actor } from '../../platform/audit'
import { releaseHeldCardPayments, type AuditSink } from '../../platform/card-money'
import type { Deps } from '../../platform/deps'
import { newId } from '../../platform/random'
import { tell } from './notices'
import { insertCardEvent, liftRunOutLoss, runOutLosses, type CardRow } from './repo'

/** Names the job in `job_runs` and in logs. */
export const cardJob = 'card'

export interface CardJobSummary {
  /** Temporary loss reports lifted after their region's days. */
  readonly lifted: number
}

/** Reports lifted per run at most; the rest wait for the next run (a read shows them normal meanwhile). */
export const liftsPerRun = 1000

/** Reports lifted per transaction. */
const pageSize = 100

const systemActor = (holderUserId: string): Actor => ({ requestId: `${cardJob}-lift`, actorUserId: null, subjectUserId: holderUserId, viaGrantId: null })

/** The periodic work of the module: temporary loss reports whose days have run are lifted. */
export async function runCardJobs(deps: Deps): Promise<CardJobSummary> {
  return { lifted: await liftRunOutLosses(deps) }
}

/**
 * Lifts, at most `limit` a run, the temporary loss reports whose days have run: the card is
 * normal again, the change written as the portal's own (an event by no one, an audit row with no
 * actor) and told to the holder. Each lift is a conditional update on the report still standing
 * and run out, so a run killed part-way and run again, here or on another instance, or a holder
 * taking her report back at the same moment, lifts none twice.
 */
export async function liftRunOutLosses(deps: Deps, limit = liftsPerRun): Promise<number> {
  let lifted = 0
  while (lifted < limit) {
    const now = deps.clock.now()
    const at = now.toISOString()
    const size = Math.min(pageSize, limit - lifted)
    const due = await deps.db.read((q) => runOutLosses(q, at, size))
    if (due.length === 0) return lifted
    lifted += await deps.db.transaction(async (tx) => {
      const done: CardRow[] = []
      const released: Parameters<AuditSink['add']>[] = []
      for (const { id, temporaryLossUntil } of due) {
        const card = await liftRunOutLoss(tx, id, at)
        if (!card) continue
        // The report lifted when its days ran, whenever the job came by: the event says when.
        await insertCardEvent(tx, { id: newId(deps.random, now.getTime()), cardId: card.id, kind: 'temporary_loss_lifted', at: temporaryLossUntil ?? at, byUserId: null, viaGrantId: null })
        await tell(tx, deps, now, card, 'card.temporaryLossLifted')
        // What was held while the card was stopped goes to its bank now.
        await releaseHeldCardPayments(tx, deps, now, card.holderUserId, { actor: systemActor(card.holderUserId), audit: { add: (...row) => released.push(row) } })
        done.push(card)
      }
      for (const card of done) {
        await appendAudit(tx, now, systemActor(card.holderUserId), { action: 'card.liftTemporaryLoss', kind: 'write', objectType: 'card', objectId: card.id })
      }
      for (const row of released) await appendAudit(tx, ...row)
      return done.length
    })
    if (due.length < size) return lifted
  }
  return lifted
}
