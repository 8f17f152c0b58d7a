import { and, desc, eq, like, lt, max, min, or, sql } from 'drizzle-orm'
import { regionPrefix } from '@renshe/shared/identity/regions'
import type { Db, Tx } from '../../db/client'
import { preparedPerDatabase } from '../../platform/prepared'
import { certificates, contributions, insuredPersons, realNames } from '../../db/schema'

export type PersonRow = typeof insuredPersons.$inferSelect
export type CertificateRow = typeof certificates.$inferSelect

/** Hot-path reads are prepared once per database, not rebuilt per request. */
const statements = preparedPerDatabase((db) => ({
  personOfUser: db
    .select({ realName: realNames, person: insuredPersons })
    .from(realNames)
    .leftJoin(insuredPersons, eq(insuredPersons.idNumberIndex, realNames.idNumberIndex))
    .where(eq(realNames.userId, sql.placeholder('userId')))
    .prepare(),
  monthsOfPerson: db
    .select({ month: contributions.month, type: contributions.type, personalFen: contributions.personalFen, employerFen: contributions.employerFen })
    .from(contributions)
    .where(eq(contributions.personId, sql.placeholder('personId')))
    .orderBy(contributions.month)
    .prepare(),
  yearOfPerson: db
    .select()
    .from(contributions)
    .where(
      and(
        eq(contributions.personId, sql.placeholder('personId')),
        sql`${contributions.month} >= ${sql.placeholder('from')}`,
        sql`${contributions.month} <= ${sql.placeholder('to')}`,
      ),
    )
    .orderBy(contributions.month, contributions.type)
    .prepare(),
  spanOfPerson: db
    .select({ type: contributions.type, first: min(contributions.month), last: max(contributions.month) })
    .from(contributions)
    .where(and(eq(contributions.personId, sql.placeholder('personId')), sql`${contributions.month} <= ${sql.placeholder('until')}`))
    .groupBy(contributions.type)
    .prepare(),
}))

export interface Holder {
  readonly nameEnc: string
  readonly idNumberEnc: string
  readonly regionCode: string
  /** The register entry matched by the ID number's blind index; null if the register does not know them. */
  readonly person: PersonRow | null
}

/** The bound real name of an account and the social-insurance register entry it leads to. */
export function holderOfUser(db: Db, userId: string): Holder | undefined {
  const row = statements(db).personOfUser.get({ userId })
  if (!row) return undefined
  const { nameEnc, idNumberEnc, regionCode } = row.realName
  return { nameEnc, idNumberEnc, regionCode: row.person?.regionCode ?? regionCode, person: row.person }
}

export function contributionMonths(db: Db, personId: string) {
  return statements(db).monthsOfPerson.all({ personId })
}

/** First and last paid month of each insurance type up to `until`: enough to place one year's gaps. */
export function contributionSpans(db: Db, personId: string, until: string): { type: string; first: string | null; last: string | null }[] {
  return statements(db).spanOfPerson.all({ personId, until })
}

export function contributionsOfYear(db: Db, personId: string, year: number) {
  return statements(db).yearOfPerson.all({ personId, from: `${year}-01`, to: `${year}-12` })
}

export function insertCertificate(db: Tx, row: CertificateRow): void {
  db.insert(certificates).values(row).run()
}

export function certificateByCode(db: Tx, code: string): CertificateRow | undefined {
  return db.select().from(certificates).where(eq(certificates.verificationCode, code)).get()
}

export function certificateById(db: Tx, id: string): CertificateRow | undefined {
  return db.select().from(certificates).where(eq(certificates.id, id)).get()
}

export function certificatesOfHolder(db: Tx, holderUserId: string): CertificateRow[] {
  return db.select().from(certificates).where(eq(certificates.holderUserId, holderUserId)).orderBy(desc(certificates.issuedAt)).all()
}

/** Newest first; the cursor is `issuedAt|id` of the last row seen. */
export function certificatesOfRegion(db: Tx, officerRegion: string, after: { at: string; id: string } | null, limit: number): CertificateRow[] {
  const region = like(certificates.regionCode, `${regionPrefix(officerRegion)}%`)
  return db
    .select()
    .from(certificates)
    .where(
      after
        ? and(
            region,
            or(lt(certificates.issuedAt, after.at), and(eq(certificates.issuedAt, after.at), lt(certificates.id, after.id))),
          )
        : region,
    )
    .orderBy(desc(certificates.issuedAt), desc(certificates.id))
    .limit(limit)
    .all()
}
