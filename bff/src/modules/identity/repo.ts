import { and, desc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { auditLog, consents, proxyGrants, realNames, users } from '../../db/schema'

export type UserRow = typeof users.$inferSelect
export type RealNameRow = typeof realNames.$inferSelect
export type ConsentRow = typeof consents.$inferSelect
export type GrantRow = typeof proxyGrants.$inferSelect
export type AuditRow = typeof auditLog.$inferSelect

export function findUser(db: Tx, id: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get()
}

export function findUserByDevAccount(db: Tx, account: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.devAccount, account)).get()
}

export function listDevAccountUsers(db: Tx): UserRow[] {
  return db.select().from(users).where(sql`${users.devAccount} is not null`).all()
}

export function findUserByOpenidIndex(db: Tx, openidIndex: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.wechatOpenidIndex, openidIndex)).get()
}

export function findStaffByCode(db: Tx, staffCode: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.staffCode, staffCode)).get()
}

/** Inserts unless a unique key (openid, staff code, demo account) is taken: then nothing happens. */
export function insertUserIfAbsent(db: Tx, row: typeof users.$inferInsert): void {
  db.insert(users).values(row).onConflictDoNothing().run()
}

export function findRealName(db: Tx, userId: string): RealNameRow | undefined {
  return db.select().from(realNames).where(eq(realNames.userId, userId)).get()
}

export function findRealNameByIdIndex(db: Tx, idNumberIndex: string): RealNameRow | undefined {
  return db.select().from(realNames).where(eq(realNames.idNumberIndex, idNumberIndex)).get()
}

export function insertRealName(db: Tx, row: RealNameRow): void {
  db.insert(realNames).values(row).run()
}

/** The latest consent row per purpose is the one in force. */
export function latestConsents(db: Tx, userId: string): ConsentRow[] {
  const rows = db.select().from(consents).where(eq(consents.userId, userId)).orderBy(desc(consents.givenAt), desc(consents.id)).all()
  const latest = new Map<string, ConsentRow>()
  for (const row of rows) if (!latest.has(row.purpose)) latest.set(row.purpose, row)
  return [...latest.values()]
}

export function insertConsent(db: Tx, row: ConsentRow): void {
  db.insert(consents).values(row).run()
}

export function markConsentWithdrawn(db: Tx, id: string, at: string): void {
  db.update(consents).set({ withdrawnAt: at }).where(and(eq(consents.id, id), isNull(consents.withdrawnAt))).run()
}

export function insertGrant(db: Tx, row: GrantRow): void {
  db.insert(proxyGrants).values(row).run()
}

export function findGrant(db: Tx, id: string): GrantRow | undefined {
  return db.select().from(proxyGrants).where(eq(proxyGrants.id, id)).get()
}

export function grantsOfCitizen(db: Tx, citizenUserId: string): GrantRow[] {
  return db.select().from(proxyGrants).where(eq(proxyGrants.citizenUserId, citizenUserId)).orderBy(desc(proxyGrants.createdAt)).all()
}

export function activeGrantsOfStaff(db: Tx, staffUserId: string, now: string): GrantRow[] {
  return db
    .select()
    .from(proxyGrants)
    .where(and(eq(proxyGrants.staffUserId, staffUserId), isNull(proxyGrants.revokedAt), gt(proxyGrants.expiresAt, now)))
    .orderBy(proxyGrants.expiresAt)
    .all()
}

export function revokeGrant(db: Tx, id: string, at: string): void {
  db.update(proxyGrants).set({ revokedAt: at }).where(and(eq(proxyGrants.id, id), isNull(proxyGrants.revokedAt))).run()
}

export function activeGrantsOfCitizen(db: Tx, citizenUserId: string, now: string): GrantRow[] {
  return db
    .select()
    .from(proxyGrants)
    .where(and(eq(proxyGrants.citizenUserId, citizenUserId), isNull(proxyGrants.revokedAt), gt(proxyGrants.expiresAt, now)))
    .all()
}

/** Audit rows about a person, newest first; the cursor is the last `seq` seen. */
export function auditAboutSubject(db: Tx, subjectUserId: string, beforeSeq: number | null, limit: number): AuditRow[] {
  return db
    .select()
    .from(auditLog)
    .where(
      beforeSeq === null
        ? eq(auditLog.subjectUserId, subjectUserId)
        : and(eq(auditLog.subjectUserId, subjectUserId), lt(auditLog.seq, beforeSeq)),
    )
    .orderBy(desc(auditLog.seq))
    .limit(limit)
    .all()
}

export function usersByIds(db: Tx, ids: readonly string[]): UserRow[] {
  if (ids.length === 0) return []
  return db
    .select()
    .from(users)
    .where(inArray(users.id, [...ids]))
    .all()
}
