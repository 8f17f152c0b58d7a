import { asc, desc, eq, gt, sql } from 'drizzle-orm'
import type { Db, Tx } from '../db/client'
import { auditHead, auditLog } from '../db/schema'
import { sha256 } from './crypto'
import { preparedPerDatabase } from './prepared'

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

function chained(head: { seq: number; hash: string } | undefined, at: Date, actor: Actor, entry: AuditEntry): Row {
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
  return { ...row, hash: hashOf(row) }
}

/**
 * Appends one row to the chain. Call it inside the transaction of the write it records, so the
 * write and its audit row commit together or not at all.
 */
export function appendAudit(tx: Tx, at: Date, actor: Actor, entry: AuditEntry): void {
  const row = chained(tx.select().from(auditHead).where(eq(auditHead.id, 1)).get(), at, actor, entry)
  tx.insert(auditLog).values(row).run()
  tx.insert(auditHead)
    .values({ id: 1, seq: row.seq, hash: row.hash })
    .onConflictDoUpdate({ target: auditHead.id, set: { seq: row.seq, hash: row.hash } })
    .run()
}

const placeholders = {
  seq: sql.placeholder('seq'),
  at: sql.placeholder('at'),
  requestId: sql.placeholder('requestId'),
  actorUserId: sql.placeholder('actorUserId'),
  subjectUserId: sql.placeholder('subjectUserId'),
  viaGrantId: sql.placeholder('viaGrantId'),
  action: sql.placeholder('action'),
  kind: sql.placeholder('kind'),
  objectType: sql.placeholder('objectType'),
  objectId: sql.placeholder('objectId'),
  prevHash: sql.placeholder('prevHash'),
  hash: sql.placeholder('hash'),
}

const statements = preparedPerDatabase((db) => ({
  head: db.select().from(auditHead).where(eq(auditHead.id, 1)).prepare(),
  insert: db.insert(auditLog).values(placeholders).prepare(),
  moveHead: db
    .insert(auditHead)
    .values({ id: 1, seq: placeholders.seq, hash: placeholders.hash })
    .onConflictDoUpdate({ target: auditHead.id, set: { seq: sql`excluded.seq`, hash: sql`excluded.hash` } })
    .prepare(),
}))

/**
 * Records an act that writes nothing else, such as a read of personal data: one transaction of
 * its own, through statements prepared once, because reads are the hot path.
 */
export function recordAudit(db: Db, at: Date, actor: Actor, entry: AuditEntry): void {
  const prepared = statements(db)
  // Immediate: take the write lock before reading the head, so two processes cannot both
  // chain onto the same row.
  db.transaction(
    () => {
      const row = chained(prepared.head.get(), at, actor, entry)
      prepared.insert.run(row)
      prepared.moveHead.run({ seq: row.seq, hash: row.hash })
    },
    { behavior: 'immediate' },
  )
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
