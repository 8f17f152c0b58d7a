import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm'
import type { VisitTaskStatus } from '@renshe/shared/retiree/schemas'
import type { Query, Tx } from '../../db/database'
import { forUpdate } from '../../db/locks'
import { grantCovers, grantInForceWhere, grantScopes } from '../../platform/policy'
import { pensioners, proxyGrants, realNames, users, visitPhotos, visitTasks } from '../../db/schema'
import { outstandingTaskStatuses, type PensionerRow, type VisitTaskRow } from './pensioners-repo'

export type { PensionerRow, VisitTaskRow }
export type VisitPhotoRow = typeof visitPhotos.$inferSelect
/** A photo without its content, which only a read of the photo opens. */
export type VisitPhotoMeta = Omit<VisitPhotoRow, 'contentEnc'>

/** A task the grid staff member still has to do: not yet sent, or sent back by the officer. */
export const toDoStatuses: readonly VisitTaskStatus[] = outstandingTaskStatuses

// ——— grid staff ———

export interface StaffMember {
  readonly id: string
  readonly staffCode: string | null
  readonly staffNameEnc: string | null
}

export async function staffByIds(q: Query, ids: readonly string[]): Promise<Map<string, StaffMember>> {
  if (ids.length === 0) return new Map()
  const rows = await q.select({ id: users.id, staffCode: users.staffCode, staffNameEnc: users.staffNameEnc }).from(users).where(inArray(users.id, [...new Set(ids)]))
  return new Map(rows.map((row) => [row.id, row]))
}

// ——— grants ———

export interface AssistGrant {
  readonly grantId: string
  readonly citizenUserId: string
  readonly pensioner: PensionerRow
}

/**
 * Pensioners who let this staff member help them with their pension: a grant that is neither
 * revoked nor expired and names `retiree.assist`, from a citizen whose real name is a pensioner.
 */
export async function assistGrantsOf(q: Query, staffUserId: string, now: string): Promise<AssistGrant[]> {
  const rows = await q
    .select({ grantId: proxyGrants.id, citizenUserId: proxyGrants.citizenUserId, scopes: proxyGrants.scopes, pensioner: pensioners })
    .from(proxyGrants)
    .innerJoin(realNames, eq(realNames.userId, proxyGrants.citizenUserId))
    .innerJoin(pensioners, eq(pensioners.idNumberIndex, realNames.idNumberIndex))
    .where(and(eq(proxyGrants.staffUserId, staffUserId), grantInForceWhere(now)))
    .orderBy(desc(proxyGrants.expiresAt), asc(proxyGrants.id))
  // Scopes are a JSON list, read whole: picked here among this one staff member's grants.
  return rows.filter((row) => grantScopes(row).includes('retiree.assist')).map(({ grantId, citizenUserId, pensioner }) => ({ grantId, citizenUserId, pensioner }))
}

/** Whether a grant still lets this staff member help with the retiree services: not revoked, not expired, scope kept. */
export async function grantStillCovers(q: Query, grantId: string, staffUserId: string, now: string): Promise<boolean> {
  const [grant] = await q.select().from(proxyGrants).where(eq(proxyGrants.id, grantId))
  return grant !== undefined && grantCovers(grant, staffUserId, 'retiree.assist', now)
}

// ——— tasks ———

export async function taskById(q: Query, id: string): Promise<VisitTaskRow | undefined> {
  const [row] = await q.select().from(visitTasks).where(eq(visitTasks.id, id))
  return row
}

/** The task, locked until the transaction ends: photos are checked and added to it one upload at a time. */
export async function taskForUpdate(tx: Tx, id: string): Promise<VisitTaskRow | undefined> {
  const [row] = await forUpdate(tx.select().from(visitTasks).where(eq(visitTasks.id, id)))
  return row
}

export async function insertTask(tx: Tx, row: VisitTaskRow): Promise<void> {
  await tx.insert(visitTasks).values(row)
}

/**
 * Changes a task only if it is still in the status it was read in: of two submissions or two
 * reviews at once, the second changes nothing. True when the row changed.
 */
export async function updateTaskFrom(tx: Tx, id: string, fromStatus: VisitTaskStatus, changes: Partial<Omit<VisitTaskRow, 'id'>>): Promise<boolean> {
  const changed = await tx
    .update(visitTasks)
    .set(changes)
    .where(and(eq(visitTasks.id, id), eq(visitTasks.status, fromStatus)))
    .returning({ id: visitTasks.id })
  return changed.length > 0
}

/** The task still to do for a pensioner that is assigned to this staff member. */
export async function taskToDoOf(q: Query, pensionerId: string, staffUserId: string): Promise<VisitTaskRow | undefined> {
  const [row] = await q
    .select()
    .from(visitTasks)
    .where(
      and(
        eq(visitTasks.pensionerId, pensionerId),
        inArray(visitTasks.status, [...toDoStatuses]),
        eq(visitTasks.staffUserId, staffUserId),
      ),
    )
    .orderBy(asc(visitTasks.createdAt), asc(visitTasks.id))
    .limit(1)
  return row
}

/** A staff member's tasks still to do, with their pensioners (not those who have died). */
export function tasksToDoOf(q: Query, staffUserId: string): Promise<{ task: VisitTaskRow; pensioner: PensionerRow }[]> {
  return q
    .select({ task: visitTasks, pensioner: pensioners })
    .from(visitTasks)
    .innerJoin(pensioners, eq(pensioners.id, visitTasks.pensionerId))
    .where(and(eq(visitTasks.staffUserId, staffUserId), inArray(visitTasks.status, [...toDoStatuses]), isNull(pensioners.diedOn)))
    .orderBy(asc(visitTasks.createdAt), asc(visitTasks.id))
}

// ——— photos ———

const photoMeta = {
  id: visitPhotos.id,
  taskId: visitPhotos.taskId,
  uploadedByUserId: visitPhotos.uploadedByUserId,
  mime: visitPhotos.mime,
  size: visitPhotos.size,
  sha256: visitPhotos.sha256,
  createdAt: visitPhotos.createdAt,
}

export async function insertPhoto(tx: Tx, row: VisitPhotoRow): Promise<void> {
  await tx.insert(visitPhotos).values(row)
}

export async function photoMetaById(q: Query, id: string): Promise<VisitPhotoMeta | undefined> {
  const [row] = await q.select(photoMeta).from(visitPhotos).where(eq(visitPhotos.id, id))
  return row
}

export async function photoById(q: Query, id: string): Promise<VisitPhotoRow | undefined> {
  const [row] = await q.select().from(visitPhotos).where(eq(visitPhotos.id, id))
  return row
}

/** The same bytes already sent for this task: a retried upload finds them here. */
export async function photoOfTaskWithDigest(q: Query, taskId: string, sha256: string): Promise<VisitPhotoMeta | undefined> {
  const [row] = await q
    .select(photoMeta)
    .from(visitPhotos)
    .where(and(eq(visitPhotos.taskId, taskId), eq(visitPhotos.sha256, sha256)))
    .orderBy(asc(visitPhotos.createdAt), asc(visitPhotos.id))
    .limit(1)
  return row
}

export async function countPhotosOfTask(q: Query, taskId: string): Promise<number> {
  const [row] = await q.select({ n: count() }).from(visitPhotos).where(eq(visitPhotos.taskId, taskId))
  return row?.n ?? 0
}

export async function latestPhotoOfTask(q: Query, taskId: string): Promise<VisitPhotoMeta | undefined> {
  const [row] = await q.select(photoMeta).from(visitPhotos).where(eq(visitPhotos.taskId, taskId)).orderBy(desc(visitPhotos.createdAt), desc(visitPhotos.id)).limit(1)
  return row
}
