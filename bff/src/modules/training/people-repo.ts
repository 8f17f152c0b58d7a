import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm'
import type { Query } from '../../db/database'
import { qualified } from '../../db/qualified'
import { contributions, flexibleEnrolments, insuredPersons, realNames, seekerProfiles, trainingVouchers } from '../../db/schema'
import { inRegionScope } from '../../platform/region-scope'

/**
 * What the portal holds of a person that a programme may look at, read from the tables of the
 * modules that keep it (identity, records, jobs), never through their code: the sealed ID
 * number (for the age), the region of her real name, and whether she is in the insurance
 * register, has a job seeker's profile, is enrolled as a flexible worker, and had an employer pay
 * for `lastMonth`.
 */
export interface PersonFactsRow {
  readonly userId: string
  readonly idNumberEnc: string
  readonly regionCode: string
  readonly insured: number
  readonly jobSeeker: number
  readonly flexibleWorker: number
  readonly employerPaid: number
}

const flag = (condition: SQL) => sql<number>`case when ${condition} then 1 else 0 end`.mapWith(Number)

function factColumns(lastMonth: string) {
  const user = qualified(realNames.userId)
  return {
    userId: realNames.userId,
    idNumberEnc: realNames.idNumberEnc,
    regionCode: realNames.regionCode,
    insured: flag(sql`${qualified(insuredPersons.id)} is not null`),
    jobSeeker: flag(sql`exists (select 1 from ${seekerProfiles} where ${qualified(seekerProfiles.userId)} = ${user})`),
    // The jobs module keeps a flexible worker's enrolment as one row while it stands, and no ended ones.
    flexibleWorker: flag(sql`exists (select 1 from ${flexibleEnrolments} where ${qualified(flexibleEnrolments.userId)} = ${user})`),
    employerPaid: flag(
      sql`exists (select 1 from ${contributions} where ${qualified(contributions.personId)} = ${qualified(insuredPersons.id)} and ${qualified(contributions.month)} = ${lastMonth} and ${qualified(contributions.payer)} = 'employer')`,
    ),
  }
}

/** The facts of one person with a real name; undefined without one. */
export async function personFactsOf(q: Query, userId: string, lastMonth: string): Promise<PersonFactsRow | undefined> {
  const [row] = await q
    .select(factColumns(lastMonth))
    .from(realNames)
    .leftJoin(insuredPersons, eq(insuredPersons.idNumberIndex, realNames.idNumberIndex))
    .where(eq(realNames.userId, userId))
  return row
}

/**
 * One page of the people of a programme's region who hold no voucher of it yet, in the order of
 * their account id, after `afterUserId`: the push job's walk, page by page, each page one query.
 */
export function peopleWithoutVoucher(q: Query, programme: { id: string; regionCode: string }, lastMonth: string, afterUserId: string, limit: number): Promise<PersonFactsRow[]> {
  return q
    .select(factColumns(lastMonth))
    .from(realNames)
    .leftJoin(insuredPersons, eq(insuredPersons.idNumberIndex, realNames.idNumberIndex))
    .where(
      and(
        inRegionScope(realNames.regionCode, programme.regionCode),
        gt(realNames.userId, afterUserId),
        sql`not exists (select 1 from ${trainingVouchers} where ${qualified(trainingVouchers.programmeId)} = ${programme.id} and ${qualified(trainingVouchers.holderUserId)} = ${qualified(realNames.userId)})`,
      ),
    )
    .orderBy(asc(realNames.userId))
    .limit(limit)
}
