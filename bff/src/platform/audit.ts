import { asc, desc, eq, gt } from 'drizzle-orm'
import type { Db, Tx } from '../db/client'
import { auditHead, auditLog } from '../db/schema'
import { sha256 } from './crypto'

/** Who did something, for whom, in which request: what every audited act records. */
export interface Actor {
  readonly requestId: string
  readonly actorUserId: string | null
  readonly subjectUserId: string | null
  readonly viaGrantId: string | null
}

export interface AuditEntry {
  readonly action: string
  readonly kind: 'read' | 'write'
  readonly objectType?: string
  readonly objectId?: string
}

type Row = typeof auditLog.$inferSelect

export const genesisHash = '0'.repeat(64)

export function hashOf(row: Omit<Row, 'hash'>): string {
  return sha256(
    JSON.stringify([
      row.seq, row.at, row.requestId, row.actorUserId, row.subjectUserId, row.viaGrantId,
      row.action, row.kind, row.objectType, row.objectId, row.prevHash,
    ]),
  )
}

/**
 * Appends one row to the chain. Call it inside the transaction of the write it records, so the
 * write and its audit row commit together or not at all.
 */
export function appendAudit(tx: Tx, at: Date, actor: Actor, entry: AuditEntry): void {
  const head = tx.select().from(auditHead).where(eq(auditHead.id, 1)).get()
  const row: Omit<Row, 'hash'> = {
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    requestId: actor.requestId,
    actorUserId: actor.actorUserId,
    subjectUserId: actor.subjectUserId,
    viaGrantId: actor.viaGrantId,
    action: entry.action,
    kind: entry.kind,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    prevHash: head?.hash ?? genesisHash,
  }
  const hash = hashOf(row)
  tx.insert(auditLog).values({ ...row, hash }).run()
  tx.insert(auditHead)
    .values({ id: 1, seq: row.seq, hash })
    .onConflictDoUpdate({ target: auditHead.id, set: { seq: row.seq, hash } })
    .run()
}

export function recordAudit(db: Db, at: Date, actor: Actor, entry: AuditEntry): void {
  db.transaction((tx) => appendAudit(tx, at, actor, entry))
}

export type ChainCheck =
  | { readonly ok: true; readonly rows: number }
  | { readonly ok: false; readonly rows: number; readonly brokenAtSeq: number; readonly reason: 'edited' | 'missing' | 'relinked' | 'head_mismatch' }

/**
 * Walks the chain from the first row. An edited row no longer matches its own hash (or, if its
 * hash was recomputed too, the next row's `prevHash`); a deleted row leaves a gap in the
 * sequence; a deleted tail no longer matches the head kept beside the log.
 */
export function verifyAuditChain(db: Db): ChainCheck {
  let expectedSeq = 1
  let prevHash = genesisHash
  let rows = 0
  for (const row of rowsInOrder(db)) {
    if (row.seq !== expectedSeq) return { ok: false, rows, brokenAtSeq: expectedSeq, reason: 'missing' }
    if (row.prevHash !== prevHash) return { ok: false, rows, brokenAtSeq: row.seq, reason: 'relinked' }
    const { hash, ...rest } = row
    if (hashOf(rest) !== hash) return { ok: false, rows, brokenAtSeq: row.seq, reason: 'edited' }
    prevHash = hash
    expectedSeq += 1
    rows += 1
  }
  const head = db.select().from(auditHead).where(eq(auditHead.id, 1)).get()
  const lastSeq = expectedSeq - 1
  if ((head?.seq ?? 0) !== lastSeq || (head?.hash ?? genesisHash) !== prevHash) {
    return { ok: false, rows, brokenAtSeq: lastSeq + 1, reason: 'head_mismatch' }
  }
  return { ok: true, rows }
}

/** The whole log in order, read a page at a time so a long chain never sits in memory at once. */
function* rowsInOrder(db: Db, pageSize = 1000): Generator<Row> {
  let after = 0
  for (;;) {
    const page = db.select().from(auditLog).where(gt(auditLog.seq, after)).orderBy(asc(auditLog.seq)).limit(pageSize).all()
    yield* page
    const last = page.at(-1)
    if (!last || page.length < pageSize) return
    after = last.seq
  }
}

export function latestAudit(db: Db, limit: number): Row[] {
  return db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(limit).all()
}
