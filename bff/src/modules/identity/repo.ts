import { aliasedTable, and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, lte, notExists, or } from 'drizzle-orm'
import type { ConsentPurpose } from '@renshe/shared/identity/schemas'
import type { Query, Tx } from '../../db/database'
import { forUpdate } from '../../db/locks'
import { grantInForceWhere } from '../../platform/policy'
import { auditLog, consents, insuredPersons, proxyGrants, realNames, users } from '../../db/schema'

export type UserRow = typeof users.$inferSelect
export type RealNameRow = typeof realNames.$inferSelect
export type ConsentRow = typeof consents.$inferSelect
export type GrantRow = typeof proxyGrants.$inferSelect
export type AuditRow = typeof auditLog.$inferSelect

export async function findUser(q: Query, id: string): Promise<UserRow | undefined> {
  const [row] = await q.select().from(users).where(eq(users.id, id))
  return row
}

/** The user, locked until the transaction ends: what they bind or change waits for the one before. */
export async function lockUser(tx: Tx, id: string): Promise<UserRow | undefined> {
  const [row] = await forUpdate(tx.select().from(users).where(eq(users.id, id)))
  return row
}

export async function findUserByDevAccount(q: Query, account: string): Promise<UserRow | undefined> {
  const [row] = await q.select().from(users).where(eq(users.devAccount, account))
  return row
}

export function listDevAccountUsers(q: Query): Promise<UserRow[]> {
  return q.select().from(users).where(isNotNull(users.devAccount)).orderBy(asc(users.id))
}

export async function findUserByOpenidIndex(q: Query, openidIndex: string): Promise<UserRow | undefined> {
  const [row] = await q.select().from(users).where(eq(users.wechatOpenidIndex, openidIndex))
  return row
}

export async function findStaffByCode(q: Query, staffCode: string): Promise<UserRow | undefined> {
  const [row] = await q.select().from(users).where(eq(users.staffCode, staffCode))
  return row
}

/** Inserts unless a unique key (openid, staff code, demo account) is taken: then nothing happens. */
export async function insertUserIfAbsent(tx: Tx, row: typeof users.$inferInsert): Promise<void> {
  await tx.insert(users).values(row).onConflictDoNothing()
}

export async function findRealName(q: Query, userId: string): Promise<RealNameRow | undefined> {
  const [row] = await q.select().from(realNames).where(eq(realNames.userId, userId))
  return row
}

/** The bound real names of several accounts, by account id. */
export async function realNamesOf(q: Query, userIds: readonly string[]): Promise<Map<string, RealNameRow>> {
  if (userIds.length === 0) return new Map()
  const rows = await q
    .select()
    .from(realNames)
    .where(inArray(realNames.userId, [...userIds]))
    .orderBy(asc(realNames.userId))
  return new Map(rows.map((row) => [row.userId, row]))
}

export async function findRealNameByIdIndex(q: Query, idNumberIndex: string): Promise<RealNameRow | undefined> {
  const [row] = await q.select().from(realNames).where(eq(realNames.idNumberIndex, idNumberIndex))
  return row
}

/** The social-insurance register's entry for an ID number (by its blind index), if it knows it. */
export async function findRegisteredPerson(q: Query, idNumberIndex: string): Promise<typeof insuredPersons.$inferSelect | undefined> {
  const [row] = await q.select().from(insuredPersons).where(eq(insuredPersons.idNumberIndex, idNumberIndex))
  return row
}

export async function insertRealName(tx: Tx, row: RealNameRow): Promise<void> {
  await tx.insert(realNames).values(row)
}

const newer = aliasedTable(consents, 'newer')

/** The latest consent row per purpose is the one in force; newest first. */
export function latestConsents(q: Query, userId: string): Promise<ConsentRow[]> {
  return q
    .select()
    .from(consents)
    .where(
      and(
        eq(consents.userId, userId),
        notExists(
          q
            .select({ id: newer.id })
            .from(newer)
            .where(
              and(
                eq(newer.userId, consents.userId),
                eq(newer.purpose, consents.purpose),
                or(gt(newer.givenAt, consents.givenAt), and(eq(newer.givenAt, consents.givenAt), gt(newer.id, consents.id))),
              ),
            ),
        ),
      ),
    )
    .orderBy(desc(consents.givenAt), desc(consents.id))
}

function latestConsentQuery(q: Query, userId: string, purpose: ConsentPurpose) {
  return q
    .select()
    .from(consents)
    .where(and(eq(consents.userId, userId), eq(consents.purpose, purpose)))
    .orderBy(desc(consents.givenAt), desc(consents.id))
    .limit(1)
}

/**
 * The consent in force for one purpose, locked until the transaction ends: a change that
 * depends on it (a withdrawal, a grant relying on it) waits for the change before it and then
 * sees its outcome.
 */
export async function lockLatestConsent(tx: Tx, userId: string, purpose: ConsentPurpose): Promise<ConsentRow | undefined> {
  const [row] = await forUpdate(latestConsentQuery(tx, userId, purpose))
  return row
}

export async function insertConsent(tx: Tx, row: ConsentRow): Promise<void> {
  await tx.insert(consents).values(row)
}

export async function markConsentWithdrawn(tx: Tx, id: string, at: string): Promise<void> {
  await tx
    .update(consents)
    .set({ withdrawnAt: at })
    .where(and(eq(consents.id, id), isNull(consents.withdrawnAt)))
}

export async function insertGrant(tx: Tx, row: GrantRow): Promise<void> {
  await tx.insert(proxyGrants).values(row)
}

export async function findGrant(q: Query, id: string): Promise<GrantRow | undefined> {
  const [row] = await q.select().from(proxyGrants).where(eq(proxyGrants.id, id))
  return row
}

/** The grant, locked until the transaction ends: two revocations of it happen one after the other. */
export async function lockGrant(tx: Tx, id: string): Promise<GrantRow | undefined> {
  const [row] = await forUpdate(tx.select().from(proxyGrants).where(eq(proxyGrants.id, id)))
  return row
}

export function grantsOfCitizen(q: Query, citizenUserId: string): Promise<GrantRow[]> {
  return q
    .select()
    .from(proxyGrants)
    .where(eq(proxyGrants.citizenUserId, citizenUserId))
    .orderBy(desc(proxyGrants.createdAt), desc(proxyGrants.id))
}

/** Of these grants, the ones the citizen gave (any other is not hers to know about). */
export function grantsOfCitizenByIds(q: Query, citizenUserId: string, ids: readonly string[]): Promise<GrantRow[]> {
  if (ids.length === 0) return Promise.resolve([])
  return q
    .select()
    .from(proxyGrants)
    .where(and(eq(proxyGrants.citizenUserId, citizenUserId), inArray(proxyGrants.id, [...ids])))
    .orderBy(asc(proxyGrants.id))
}

export function activeGrantsOfStaff(q: Query, staffUserId: string, now: string): Promise<GrantRow[]> {
  return q
    .select()
    .from(proxyGrants)
    .where(and(eq(proxyGrants.staffUserId, staffUserId), grantInForceWhere(now)))
    .orderBy(asc(proxyGrants.expiresAt), asc(proxyGrants.id))
}

export async function revokeGrant(tx: Tx, id: string, at: string): Promise<void> {
  await tx
    .update(proxyGrants)
    .set({ revokedAt: at })
    .where(and(eq(proxyGrants.id, id), isNull(proxyGrants.revokedAt)))
}

function activeGrantsOfCitizenQuery(q: Query, citizenUserId: string, now: string, endingBy: string | null) {
  const active = and(eq(proxyGrants.citizenUserId, citizenUserId), grantInForceWhere(now))
  return q
    .select()
    .from(proxyGrants)
    .where(endingBy === null ? active : and(active, lte(proxyGrants.expiresAt, endingBy)))
    .orderBy(asc(proxyGrants.expiresAt), asc(proxyGrants.id))
}

/** The grants a citizen has in force now; with `endingBy`, only those that end by then. */
export function activeGrantsOfCitizen(q: Query, citizenUserId: string, now: string, endingBy: string | null = null): Promise<GrantRow[]> {
  return activeGrantsOfCitizenQuery(q, citizenUserId, now, endingBy)
}

/** The grants a citizen has in force now, locked until the transaction ends (to end them all). */
export function lockActiveGrantsOfCitizen(tx: Tx, citizenUserId: string, now: string): Promise<GrantRow[]> {
  return forUpdate(activeGrantsOfCitizenQuery(tx, citizenUserId, now, null))
}

/** Audit rows about a person, newest first; the cursor is the last `seq` seen. */
export function auditAboutSubject(q: Query, subjectUserId: string, beforeSeq: number | null, limit: number): Promise<AuditRow[]> {
  return q
    .select()
    .from(auditLog)
    .where(
      beforeSeq === null
        ? eq(auditLog.subjectUserId, subjectUserId)
        : and(eq(auditLog.subjectUserId, subjectUserId), lt(auditLog.seq, beforeSeq)),
    )
    .orderBy(desc(auditLog.seq))
    .limit(limit)
}

export function usersByIds(q: Query, ids: readonly string[]): Promise<UserRow[]> {
  if (ids.length === 0) return Promise.resolve([])
  return q
    .select()
    .from(users)
    .where(inArray(users.id, [...ids]))
    .orderBy(asc(users.id))
}

