import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm'
import { InsuranceType } from '@renshe/shared/records/schemas'
import { afterCursor } from '../../db/keyset'
import type { Query, Tx } from '../../db/database'
import { qualified } from '../../db/qualified'
import { preparedPer } from '../../platform/prepared'
import { inRegionScope } from '../../platform/region-scope'
import { certificates, contributions, insuredPersons, realNames } from '../../db/schema'

export type PersonRow = typeof insuredPersons.$inferSelect
export type CertificateRow = typeof certificates.$inferSelect

const inYear = and(
  eq(contributions.personId, sql.placeholder('personId')),
  sql`${contributions.month} >= ${sql.placeholder('from')}`,
  sql`${contributions.month} <= ${sql.placeholder('to')}`,
)

/** What a year's view shows of each month: the columns it reads, no more. */
const yearColumns = {
  month: contributions.month,
  type: contributions.type,
  baseFen: contributions.baseFen,
  personalFen: contributions.personalFen,
  employerFen: contributions.employerFen,
  employerName: contributions.employerName,
  payer: contributions.payer,
  regionCode: contributions.regionCode,
}

/**
 * For each insurance type, its first paid month and its last one up to `until`: two index seeks
 * per type (`contributions_person_type_month`), all in one statement on the person's row.
 */
const spanColumns = Object.fromEntries(
  InsuranceType.options.flatMap((type) => {
    const month = qualified(contributions.month)
    const ofType = sql`${qualified(contributions.personId)} = ${qualified(insuredPersons.id)} and ${qualified(contributions.type)} = ${type}`
    return [
      [`${type}First`, sql<string | null>`(select min(${month}) from ${contributions} where ${ofType})`],
      [`${type}Last`, sql<string | null>`(select max(${month}) from ${contributions} where ${ofType} and ${month} <= ${sql.placeholder('until')})`],
    ]
  }),
) as Record<`${InsuranceType}${'First' | 'Last'}`, SQL<string | null>>

/** What a public check of a certificate shows and records: nothing of what it states. */
const checkColumns = {
  id: certificates.id,
  holderUserId: certificates.holderUserId,
  verificationCode: certificates.verificationCode,
  holderMaskedName: certificates.holderMaskedName,
  periodFrom: certificates.periodFrom,
  periodTo: certificates.periodTo,
  issuedAt: certificates.issuedAt,
  expiresAt: certificates.expiresAt,
  revokedAt: certificates.revokedAt,
}

export type CertificateCheck = Pick<CertificateRow, keyof typeof checkColumns>

/** Hot-path reads are prepared once per connection handle, not rebuilt per request. */
const statements = preparedPer((q) => ({
  personOfUser: q
    .select({ realName: realNames, person: insuredPersons })
    .from(realNames)
    .leftJoin(insuredPersons, eq(insuredPersons.idNumberIndex, realNames.idNumberIndex))
    .where(eq(realNames.userId, sql.placeholder('userId')))
    .prepare('records_person_of_user'),
  registerEntryOfUser: q
    .select({ userId: realNames.userId, personId: insuredPersons.id, retiredFrom: insuredPersons.retiredFrom })
    .from(realNames)
    .leftJoin(insuredPersons, eq(insuredPersons.idNumberIndex, realNames.idNumberIndex))
    .where(eq(realNames.userId, sql.placeholder('userId')))
    .prepare('records_register_entry_of_user'),
  monthsOfPerson: q
    .select({ month: contributions.month, type: contributions.type, personalFen: contributions.personalFen, employerFen: contributions.employerFen })
    .from(contributions)
    .where(eq(contributions.personId, sql.placeholder('personId')))
    .orderBy(asc(contributions.month), asc(contributions.type))
    .prepare('records_months_of_person'),
  yearOfPerson: q
    .select(yearColumns)
    .from(contributions)
    .where(inYear)
    .orderBy(asc(contributions.month), asc(contributions.type))
    .prepare('records_year_of_person'),
  yearOfPersonOfType: q
    .select(yearColumns)
    .from(contributions)
    .where(and(inYear, eq(contributions.type, sql.placeholder('type'))))
    .orderBy(asc(contributions.month))
    .prepare('records_year_of_person_of_type'),
  certificateByCode: q
    .select()
    .from(certificates)
    .where(eq(certificates.verificationCode, sql.placeholder('code')))
    .prepare('records_certificate_by_code'),
  checkByCode: q
    .select(checkColumns)
    .from(certificates)
    .where(eq(certificates.verificationCode, sql.placeholder('code')))
    .prepare('records_certificate_check_by_code'),
  spans: q.select(spanColumns).from(insuredPersons).where(eq(insuredPersons.id, sql.placeholder('personId'))).prepare('records_spans_of_person'),
}))

export interface Holder {
  readonly nameEnc: string
  readonly idNumberEnc: string
  readonly regionCode: string
  /** The register entry matched by the ID number's blind index; null if the register does not know them. */
  readonly person: PersonRow | null
}

/** The bound real name of an account and the social-insurance register entry it leads to. */
export async function holderOfUser(q: Query, userId: string): Promise<Holder | undefined> {
  const [row] = await statements(q).personOfUser.execute({ userId })
  if (!row) return undefined
  const { nameEnc, idNumberEnc, regionCode } = row.realName
  return { nameEnc, idNumberEnc, regionCode: row.person?.regionCode ?? regionCode, person: row.person }
}

/** A person's register entry as a year of records needs it: which person, and since when retired. */
export interface RegisterEntry {
  readonly id: string
  readonly retiredFrom: string | null
}

/**
 * The register entry an account's bound real name leads to (`person` null if the register does
 * not know them), or undefined without a bound real name. Only the columns a year of records
 * needs: the sealed name and ID number are not read (nor decoded into strings) on the hottest read.
 */
export async function registerEntryOfUser(q: Query, userId: string): Promise<{ person: RegisterEntry | null } | undefined> {
  const [row] = await statements(q).registerEntryOfUser.execute({ userId })
  if (!row) return undefined
  return { person: row.personId === null ? null : { id: row.personId, retiredFrom: row.retiredFrom } }
}

export type MonthRow = Awaited<ReturnType<typeof contributionMonths>>[number]

/** Every paid month of a person, oldest first. */
export function contributionMonths(q: Query, personId: string) {
  return statements(q).monthsOfPerson.execute({ personId })
}

/**
 * First paid month of each insurance type and the last one up to `until`: enough to place one
 * year's gaps. Two index seeks per type, not a read of the whole history.
 */
export async function contributionSpans(q: Query, personId: string, until: string): Promise<{ type: InsuranceType; first: string; last: string }[]> {
  const [row] = await statements(q).spans.execute({ personId, until })
  if (!row) return []
  return InsuranceType.options.flatMap((type) => {
    const first = row[`${type}First`]
    const last = row[`${type}Last`]
    return first && last && first <= until ? [{ type, first, last }] : []
  })
}

/** One year of a person's contributions, of one insurance type or of all. */
export function contributionsOfYear(q: Query, personId: string, year: number, type: InsuranceType | undefined) {
  const range = { personId, from: `${year}-01`, to: `${year}-12` }
  const { yearOfPerson, yearOfPersonOfType } = statements(q)
  return type ? yearOfPersonOfType.execute({ ...range, type }) : yearOfPerson.execute(range)
}

export async function insertCertificate(tx: Tx, row: CertificateRow): Promise<void> {
  await tx.insert(certificates).values(row)
}

/** The public lookup by verification code: the hottest read without a session. */
export async function certificateByCode(q: Query, code: string): Promise<CertificateRow | undefined> {
  const [row] = await statements(q).certificateByCode.execute({ code })
  return row
}

/** The public check's columns of the certificate with this code: the public verification's one read. */
export async function certificateCheckByCode(q: Query, code: string): Promise<CertificateCheck | undefined> {
  const [row] = await statements(q).checkByCode.execute({ code })
  return row
}

export async function certificateById(q: Query, id: string): Promise<CertificateRow | undefined> {
  const [row] = await q.select().from(certificates).where(eq(certificates.id, id))
  return row
}

export function certificatesOfHolder(q: Query, holderUserId: string): Promise<CertificateRow[]> {
  return q
    .select()
    .from(certificates)
    .where(eq(certificates.holderUserId, holderUserId))
    .orderBy(desc(certificates.issuedAt), desc(certificates.id))
}

/** Newest first; the cursor is `issuedAt|id` of the last row seen. */
export function certificatesOfRegion(
  q: Query,
  officerRegion: string,
  after: { at: string; id: string } | null,
  limit: number,
): Promise<CertificateRow[]> {
  const region = inRegionScope(certificates.regionCode, officerRegion)
  return q
    .select()
    .from(certificates)
    .where(
      after
        ? and(
            region,
            afterCursor(certificates.issuedAt, certificates.id, after, 'desc'),
          )
        : region,
    )
    .orderBy(desc(certificates.issuedAt), desc(certificates.id))
    .limit(limit)
}
