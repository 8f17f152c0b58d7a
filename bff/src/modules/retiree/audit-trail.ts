import type { Tx } from '../../db/database'
import { appendAudit, type Actor, type AuditEntry } from '../../platform/audit'

/** The audit rows of one unit of work, noted as its acts happen. */
export interface AuditTrail {
  add(at: Date, actor: Actor, entry: AuditEntry): void
}

/**
 * Runs `work` inside the caller's transaction, then appends the audit rows it noted, in the
 * order it noted them. Appending locks the head of the audit chain until the commit, so it
 * comes last: a certification writes many rows (and a visit, a payment run, a death record
 * more around it), and the chain's head, which every writer on every instance waits for, is
 * held only from here to the commit, after every domain row this work locked.
 */
export async function auditLast<T>(tx: Tx, work: (audit: AuditTrail) => Promise<T>): Promise<T> {
  const noted: { at: Date; actor: Actor; entry: AuditEntry }[] = []
  const result = await work({
    add(at, actor, entry) {
      noted.push({ at, actor, entry })
    },
  })
  for (const { at, actor, entry } of noted) await appendAudit(tx, at, actor, entry)
  return result
}
