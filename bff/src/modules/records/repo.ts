import { and, asc, desc, eq, like, lt, or, sql } from 'drizzle-orm'
import { InsuranceType } from '@renshe/shared/records/schemas'
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
  certificateByCode: db.select().from(certificates).where(eq(certificates.verificationCode, sql.placeholder('code'))).prepare(),
  firstOfType: db
    .select({ month: contributions.month })
    .from(contributions)
    .where(and(eq(contributions.personId, sql.placeholder('personId')), eq(contributions.type, sql.placeholder('type'))))
    .orderBy(asc(contributions.month))
    .limit(1)
    .prepare(),
  lastOfType: db
    .select({ month: contributions.month })
    .from(contributions)
    .where(
      and(
        eq(contributions.personId, sql.placeholder('personId')),
        eq(contributions.type, sql.placeholder('type')),
        sql`${contributions.month} <= ${sql.placeholder('until')}`,
      ),
    )
    .orderBy(desc(contributions.month))
    .limit(1)
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

/**
 * First paid month of each insurance type and the last one up to `until`: enough to place one
 * year's gaps. Two index seeks per type, not a read of the whole history.
 */
export function contributionSpans(db: Db, personId: string, until: string): { type: InsuranceType; first: string; last: string }[] {
  const { firstOfType, lastOfType } = statements(db)
  return InsuranceType.options.flatMap((type) => {
    const first = firstOfType.get({ personId, type })?.month
    const last = lastOfType.get({ personId, type, until })?.month
    return first && last && first <= until ? [{ type, first, last }] : []
  })
}

export function contributionsOfYear(db: Db, personId: string, year: number) {
  return statements(db).yearOfPerson.all({ personId, from: `${year}-01`, to: `${year}-12` })
}

export function insertCertificate(db: Tx, row: CertificateRow): void {
  db.insert(certificates).values(row).run()
}

/** The public lookup by verification code: the hottest read without a session. */
export function certificateByCode(db: Db, code: string): CertificateRow | undefined {
  return statements(db).certificateByCode.get({ code })
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
