import { asc, desc, eq, gt, sql, type Placeholder } from 'drizzle-orm'
import type { Database, Query, Tx } from '../db/database'
import { forUpdate } from '../db/locks'
import { auditHead, auditLog } from '../db/schema'
import { createBatcher, type Batcher } from './batcher'
import { sha256 } from './crypto'
import { preparedPer } from './prepared'

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
type Head = { readonly seq: number; readonly hash: string }

export const genesisHash = '0'.repeat(64)

export function hashOf(row: Omit<Row, 'hash'>): string {
  return sha256(
    JSON.stringify([
      row.seq, row.at, row.requestId, row.actorUserId, row.subjectUserId, row.viaGrantId,
      row.action, row.kind, row.objectType, row.objectId, row.prevHash,
    ]),
  )
}

function chained(head: Head | undefined, at: Date, actor: Actor, entry: AuditEntry): Row {
  const row: Row = {
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
    hash: '',
  }
  row.hash = hashOf(row)
  return row
}

const columns = ['seq', 'at', 'requestId', 'actorUserId', 'subjectUserId', 'viaGrantId', 'action', 'kind', 'objectType', 'objectId', 'prevHash', 'hash'] as const

/** Rows per prepared insert: a batch of any size is written as inserts of these sizes. */
const insertSizes = [64, 8, 1] as const

/** The placeholders' names of each row of an insert: `seq0 … hash0`, `seq1 …`. */
const placeholderNames = Array.from({ length: Math.max(...insertSizes) }, (_, i) => columns.map((column) => `${column}${i}`))

function rowsOfPlaceholders(size: number) {
  return placeholderNames.slice(0, size).map((names) => Object.fromEntries(columns.map((column, c) => [column, sql.placeholder(names[c] as string)])) as Record<(typeof columns)[number], Placeholder>)
}

/**
 * The chain's statements, prepared once per handle: on SQLite every transaction runs on the one
 * writing connection, so a batch pays only for running them.
 */
const statements = preparedPer((tx: Tx) => ({
  // Locked until the transaction ends: appends from every transaction and every instance queue
  // here, so the chain stays one history in commit order.
  head: forUpdate(tx.select({ seq: auditHead.seq, hash: auditHead.hash }).from(auditHead).where(eq(auditHead.id, 1))).prepare('audit_head_for_update'),
  moveHead: tx.update(auditHead).set({ seq: sql`${sql.placeholder('seq')}`, hash: sql`${sql.placeholder('hash')}` }).where(eq(auditHead.id, 1)).prepare('audit_move_head'),
  inserts: new Map(insertSizes.map((size) => [size, tx.insert(auditLog).values(rowsOfPlaceholders(size)).prepare(`audit_insert_${size}`)])),
}))

async function append(tx: Tx, entries: readonly { readonly at: Date; readonly actor: Actor; readonly entry: AuditEntry }[]): Promise<void> {
  const prepared = statements(tx)
  const [current] = await prepared.head.execute()
  let head: Head | undefined = current
  const rows = entries.map(({ at, actor, entry }) => {
    const row = chained(head, at, actor, entry)
    head = row
    return row
  })
  for (let i = 0; i < rows.length; ) {
    const size = insertSizes.find((candidate) => candidate <= rows.length - i) ?? 1
    const values: Record<string, unknown> = {}
    for (let n = 0; n < size; n += 1) {
      const row = rows[i + n] as Row
      const names = placeholderNames[n] as string[]
      columns.forEach((column, c) => {
        values[names[c] as string] = row[column]
      })
    }
    await prepared.inserts.get(size)?.execute(values)
    i += size
  }
  if (head) await prepared.moveHead.execute({ seq: head.seq, hash: head.hash })
}

/**
 * Appends one row to the chain. Call it inside the transaction of the write it records, so the
 * write and its audit row commit together or not at all; call it last, just before the
 * transaction ends, since it holds the head of the chain from here to the commit.
 */
export async function appendAudit(tx: Tx, at: Date, actor: Actor, entry: AuditEntry): Promise<void> {
  await append(tx, [{ at, actor, entry }])
}

/** Appends several rows at once, in order, as `appendAudit` does one: the head read and moved once, the rows inserted 64 at a time. */
export async function appendAuditRows(tx: Tx, rows: readonly (readonly [at: Date, actor: Actor, entry: AuditEntry])[]): Promise<void> {
  if (rows.length > 0) await append(tx, rows.map(([at, actor, entry]) => ({ at, actor, entry })))
}

export interface AuditRecorder {
  /**
   * Records an act that writes nothing else, such as a read of personal data. Acts recorded by
   * concurrent requests are chained and committed together (group commit); the promise resolves
   * once this one is durable, and the response that depends on it is sent only then.
   */
  record(at: Date, actor: Actor, entry: AuditEntry): Promise<void>
  /** Resolves once every act recorded so far is written. */
  drain(): Promise<void>
}

export function createAuditRecorder(db: Database): AuditRecorder {
  const batcher: Batcher<{ at: Date; actor: Actor; entry: AuditEntry }, undefined> = createBatcher(
    async (entries) => {
      await db.transaction((tx) => append(tx, entries))
      return entries.map(() => undefined)
    },
    { maxBatch: 2000 },
  )
  return {
    record: (at, actor, entry) => batcher.add({ at, actor, entry }),
    drain: () => batcher.drain(),
  }
}

/** Records an act that writes nothing else: see `AuditRecorder.record`. */
export function recordAudit(deps: { readonly audit: AuditRecorder }, at: Date, actor: Actor, entry: AuditEntry): Promise<void> {
  return deps.audit.record(at, actor, entry)
}

export type ChainCheck =
  | { readonly ok: true; readonly rows: number }
  | { readonly ok: false; readonly rows: number; readonly brokenAtSeq: number; readonly reason: 'edited' | 'missing' | 'relinked' | 'head_mismatch' }

/**
 * Walks the chain from the first row. An edited row no longer matches its own hash (or, if its
 * hash was recomputed too, the next row's `prevHash`); a deleted row leaves a gap in the
 * sequence; rows swapped break the links between them; a deleted tail no longer matches the head
 * kept beside the log.
 */
export async function verifyAuditChain(db: Database): Promise<ChainCheck> {
  let expectedSeq = 1
  let prevHash = genesisHash
  let rows = 0
  for await (const row of rowsInOrder(db)) {
    if (row.seq !== expectedSeq) return { ok: false, rows, brokenAtSeq: expectedSeq, reason: 'missing' }
    if (row.prevHash !== prevHash) return { ok: false, rows, brokenAtSeq: row.seq, reason: 'relinked' }
    const { hash, ...rest } = row
    if (hashOf(rest) !== hash) return { ok: false, rows, brokenAtSeq: row.seq, reason: 'edited' }
    prevHash = hash
    expectedSeq += 1
    rows += 1
  }
  const [head] = await db.read((q) => q.select().from(auditHead).where(eq(auditHead.id, 1)))
  const lastSeq = expectedSeq - 1
  if ((head?.seq ?? 0) !== lastSeq || (head?.hash ?? genesisHash) !== prevHash) {
    return { ok: false, rows, brokenAtSeq: lastSeq + 1, reason: 'head_mismatch' }
  }
  return { ok: true, rows }
}

/** The whole log in order, read a page at a time so a long chain never sits in memory at once. */
async function* rowsInOrder(db: Database, pageSize = 1000): AsyncGenerator<Row> {
  let after = 0
  for (;;) {
    const page = await db.read((q) => q.select().from(auditLog).where(gt(auditLog.seq, after)).orderBy(asc(auditLog.seq)).limit(pageSize))
    yield* page
    const last = page.at(-1)
    if (!last || page.length < pageSize) return
    after = last.seq
  }
}

export function latestAudit(q: Query, limit: number): Promise<Row[]> {
  return q.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(limit)
}
