import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm'
import type { DisputeFileSide } from '@renshe/shared/disputes/files'
import type { Query, Tx } from '../../db/database'
import { forUpdate, lockKey } from '../../db/locks'
import { disputeFiles } from '../../db/schema'

/*
 * The files of disputes (decision 072): uploaded into their owner's pool, attached by the act that
 * sends them with an arbitration or a work-injury case. Shared by both: who may read a file is the
 * case's to say (files-service.ts).
 */

export type DisputeFileRow = typeof disputeFiles.$inferSelect
export type DisputeCaseKind = 'arbitration' | 'injury'

/** Everything but the content, which is read only when the file is opened. */
const meta = {
  id: disputeFiles.id,
  ownerUserId: disputeFiles.ownerUserId,
  uploadedByUserId: disputeFiles.uploadedByUserId,
  caseKind: disputeFiles.caseKind,
  caseId: disputeFiles.caseId,
  side: disputeFiles.side,
  attachedAt: disputeFiles.attachedAt,
  mime: disputeFiles.mime,
  size: disputeFiles.size,
  sha256: disputeFiles.sha256,
  nameEnc: disputeFiles.nameEnc,
  createdAt: disputeFiles.createdAt,
}
export type DisputeFileMeta = Omit<DisputeFileRow, 'contentEnc'>

const unattached = (ownerUserId: string) => and(eq(disputeFiles.ownerUserId, ownerUserId), isNull(disputeFiles.caseId))

export async function insertDisputeFile(tx: Tx, row: DisputeFileRow): Promise<void> {
  await tx.insert(disputeFiles).values(row)
}

/** Holds an owner's unsent files until the transaction ends: their count is checked, then added to. */
export async function lockDisputeFilesOf(tx: Tx, ownerUserId: string): Promise<void> {
  await lockKey(tx, `dispute-files:${ownerUserId}`)
}

export async function countUnattachedDisputeFiles(q: Query, ownerUserId: string): Promise<number> {
  const [row] = await q.select({ n: count() }).from(disputeFiles).where(unattached(ownerUserId))
  return row?.n ?? 0
}

export async function disputeFileMetaById(q: Query, id: string): Promise<DisputeFileMeta | undefined> {
  const [row] = await q.select(meta).from(disputeFiles).where(eq(disputeFiles.id, id))
  return row
}

export async function disputeFileById(q: Query, id: string): Promise<DisputeFileRow | undefined> {
  const [row] = await q.select().from(disputeFiles).where(eq(disputeFiles.id, id))
  return row
}

/**
 * Whether every one of `ids` is the owner's and not yet sent, locking them to the transaction's end:
 * an act checks its files before it writes anything, then sends them (`attachDisputeFiles`).
 */
export async function lockSendableDisputeFiles(tx: Tx, ownerUserId: string, ids: readonly string[]): Promise<boolean> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return true
  const found = await forUpdate(
    tx
      .select({ id: disputeFiles.id })
      .from(disputeFiles)
      .where(and(unattached(ownerUserId), inArray(disputeFiles.id, unique)))
      .orderBy(asc(disputeFiles.id)),
  )
  return found.length === unique.length
}

/**
 * Sends the owner's unsent files `ids` with a case, from `side`; false (nothing attached) when any
 * of them is not the owner's, already sent, or missing, so the caller refuses the whole act. The
 * files are locked first: two acts at once cannot both send the same file.
 */
export async function attachDisputeFiles(
  tx: Tx,
  files: { readonly ownerUserId: string; readonly ids: readonly string[] },
  to: { readonly caseKind: DisputeCaseKind; readonly caseId: string; readonly side: DisputeFileSide; readonly at: string },
): Promise<boolean> {
  const ids = [...new Set(files.ids)]
  if (ids.length === 0) return true
  if (!(await lockSendableDisputeFiles(tx, files.ownerUserId, ids))) return false
  await tx
    .update(disputeFiles)
    .set({ caseKind: to.caseKind, caseId: to.caseId, side: to.side, attachedAt: to.at })
    .where(and(inArray(disputeFiles.id, ids), isNull(disputeFiles.caseId)))
  return true
}

/** The owner's files not yet sent, oldest first, without their content. */
export function unsentDisputeFilesOf(q: Query, ownerUserId: string): Promise<DisputeFileMeta[]> {
  return q.select(meta).from(disputeFiles).where(unattached(ownerUserId)).orderBy(asc(disputeFiles.createdAt), asc(disputeFiles.id))
}

/** Deletes the owner's file only while it is unsent: one sent since it was read stays. */
export async function deleteUnsentDisputeFile(tx: Tx, ownerUserId: string, id: string): Promise<boolean> {
  const deleted = await tx
    .delete(disputeFiles)
    .where(and(eq(disputeFiles.id, id), unattached(ownerUserId)))
    .returning({ id: disputeFiles.id })
  return deleted.length > 0
}

/** A case's files, oldest first, without their content. */
export function filesOfCase(q: Query, caseKind: DisputeCaseKind, caseId: string): Promise<DisputeFileMeta[]> {
  return q
    .select(meta)
    .from(disputeFiles)
    .where(and(eq(disputeFiles.caseKind, caseKind), eq(disputeFiles.caseId, caseId)))
    .orderBy(asc(disputeFiles.attachedAt), asc(disputeFiles.id))
}
