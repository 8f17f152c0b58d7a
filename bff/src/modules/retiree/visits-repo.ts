import { and, asc, count, desc, eq, gt, inArray, isNull } from 'drizzle-orm'
import type { VisitTaskStatus } from '@renshe/shared/retiree/schemas'
import type { Tx } from '../../db/client'
import { pensioners, proxyGrants, realNames, users, visitPhotos, visitTasks } from '../../db/schema'
import { outstandingTaskStatuses, type PensionerRow, type VisitTaskRow } from './pensioners-repo'

export type { PensionerRow, VisitTaskRow }
export type VisitPhotoRow = typeof visitPhotos.$inferSelect
/** A photo without its content, which only a read of the photo opens. */
export type VisitPhotoMeta = Omit<VisitPhotoRow, 'contentEnc'>

/** A task the grid staff member still has to do: not yet sent, or sent back by the officer. */
export const toDoStatuses: readonly VisitTaskStatus[] = outstandingTaskStatuses

// ——— pensioners and their grid staff ———

export function pensionersByIds(db: Tx, ids: readonly string[]): PensionerRow[] {
  if (ids.length === 0) return []
  return db.select().from(pensioners).where(inArray(pensioners.id, [...ids])).all()
}

export interface StaffMember {
  readonly id: string
  readonly staffCode: string | null
  readonly staffNameEnc: string | null
}

export function staffByIds(db: Tx, ids: readonly string[]): Map<string, StaffMember> {
  if (ids.length === 0) return new Map()
  const rows = db.select({ id: users.id, staffCode: users.staffCode, staffNameEnc: users.staffNameEnc }).from(users).where(inArray(users.id, [...ids])).all()
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
export function assistGrantsOf(db: Tx, staffUserId: string, now: string): AssistGrant[] {
  return db
    .select({ grantId: proxyGrants.id, citizenUserId: proxyGrants.citizenUserId, scopes: proxyGrants.scopes, pensioner: pensioners })
    .from(proxyGrants)
    .innerJoin(realNames, eq(realNames.userId, proxyGrants.citizenUserId))
    .innerJoin(pensioners, eq(pensioners.idNumberIndex, realNames.idNumberIndex))
    .where(and(eq(proxyGrants.staffUserId, staffUserId), isNull(proxyGrants.revokedAt), gt(proxyGrants.expiresAt, now)))
    .orderBy(desc(proxyGrants.expiresAt), asc(proxyGrants.id))
    .all()
    .filter((row) => row.scopes.includes('retiree.assist'))
    .map(({ grantId, citizenUserId, pensioner }) => ({ grantId, citizenUserId, pensioner }))
}

/** Whether a grant still lets this staff member help with the retiree services: not revoked, not expired, scope kept. */
export function grantStillCovers(db: Tx, grantId: string, staffUserId: string, now: string): boolean {
  const grant = db.select().from(proxyGrants).where(eq(proxyGrants.id, grantId)).get()
  return (
    grant !== undefined &&
    grant.staffUserId === staffUserId &&
    grant.revokedAt === null &&
    grant.expiresAt > now &&
    grant.scopes.includes('retiree.assist')
  )
}

// ——— tasks ———

export function taskById(db: Tx, id: string): VisitTaskRow | undefined {
  return db.select().from(visitTasks).where(eq(visitTasks.id, id)).get()
}

export function insertTask(tx: Tx, row: VisitTaskRow): void {
  tx.insert(visitTasks).values(row).run()
}

/**
 * Changes a task only if it is still in the status it was read in: of two submissions or two
 * reviews at once, the second changes nothing. True when the row changed.
 */
export function updateTaskFrom(tx: Tx, id: string, fromStatus: VisitTaskStatus, changes: Partial<Omit<VisitTaskRow, 'id'>>): boolean {
  return (
    tx
      .update(visitTasks)
      .set(changes)
      .where(and(eq(visitTasks.id, id), eq(visitTasks.status, fromStatus)))
      .returning({ id: visitTasks.id })
      .all().length > 0
  )
}

/** The task still to do for a pensioner that is assigned to this staff member. */
export function taskToDoOf(db: Tx, pensionerId: string, staffUserId: string): VisitTaskRow | undefined {
  return db
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
    .get()
}

/** A staff member's tasks still to do, with their pensioners (not those who have died). */
export function tasksToDoOf(db: Tx, staffUserId: string): { task: VisitTaskRow; pensioner: PensionerRow }[] {
  return db
    .select({ task: visitTasks, pensioner: pensioners })
    .from(visitTasks)
    .innerJoin(pensioners, eq(pensioners.id, visitTasks.pensionerId))
    .where(and(eq(visitTasks.staffUserId, staffUserId), inArray(visitTasks.status, [...toDoStatuses]), isNull(pensioners.diedOn)))
    .all()
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

export function insertPhoto(tx: Tx, row: VisitPhotoRow): void {
  tx.insert(visitPhotos).values(row).run()
}

export function photoMetaById(db: Tx, id: string): VisitPhotoMeta | undefined {
  return db.select(photoMeta).from(visitPhotos).where(eq(visitPhotos.id, id)).get()
}

export function photoById(db: Tx, id: string): VisitPhotoRow | undefined {
  return db.select().from(visitPhotos).where(eq(visitPhotos.id, id)).get()
}

/** The same bytes already sent for this task: a retried upload finds them here. */
export function photoOfTaskWithDigest(db: Tx, taskId: string, sha256: string): VisitPhotoMeta | undefined {
  return db.select(photoMeta).from(visitPhotos).where(and(eq(visitPhotos.taskId, taskId), eq(visitPhotos.sha256, sha256))).get()
}

export function countPhotosOfTask(db: Tx, taskId: string): number {
  return db.select({ n: count() }).from(visitPhotos).where(eq(visitPhotos.taskId, taskId)).get()?.n ?? 0
}

export function latestPhotoOfTask(db: Tx, taskId: string): VisitPhotoMeta | undefined {
  return db.select(photoMeta).from(visitPhotos).where(eq(visitPhotos.taskId, taskId)).orderBy(desc(visitPhotos.createdAt), desc(visitPhotos.id)).get()
}
