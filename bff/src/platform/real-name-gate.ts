import { eq, sql, type Column } from 'drizzle-orm'
import type { Query } from '../db/database'
import { qualified } from '../db/qualified'
import { consents, realNames, users } from '../db/schema'
import { preparedPer } from './prepared'
import type { ProblemInit } from './problem'

/** Where a person stands at the real-name gate: bound or not, and their latest consent to it. */
export interface RealNameStanding {
  readonly bound: boolean
  readonly consent: 'given' | 'withdrawn' | null
}

/**
 * The standing of the user whose id is in `userId`, as two columns of any select that has that
 * column: the session lookup reads its own user's standing with the session, in one statement.
 */
export function realNameStandingOf(userId: Column) {
  const id = qualified(userId)
  return {
    realNameBound: sql<number>`case when exists (select 1 from ${realNames} where ${qualified(realNames.userId)} = ${id}) then 1 else 0 end`.mapWith(Number),
    realNameConsent: sql<'given' | 'withdrawn' | null>`(select case when ${qualified(consents.withdrawnAt)} is null then 'given' else 'withdrawn' end from ${consents} where ${qualified(consents.userId)} = ${id} and ${qualified(consents.purpose)} = ${'identity.real_name'} order by ${qualified(consents.givenAt)} desc, ${qualified(consents.id)} desc limit 1)`,
  }
}

export function standingOf(row: { readonly realNameBound: number; readonly realNameConsent: 'given' | 'withdrawn' | null }): RealNameStanding {
  return { bound: row.realNameBound === 1, consent: row.realNameConsent }
}

/** Real-name services need a bound real name and the separate consent to process the ID number. */
export function gateOf(standing: RealNameStanding): ProblemInit | null {
  if (!standing.bound) return { code: 'real_name_required' }
  if (standing.consent !== 'given') return { code: 'consent_required', detail: 'identity.real_name' }
  return null
}

const standing = preparedPer((q) => q.select(realNameStandingOf(users.id)).from(users).where(eq(users.id, sql.placeholder('userId'))).prepare('real_name_standing'))

/** The gate for someone other than the caller (the citizen a grid staff member acts for). */
export async function realNameGate(q: Query, userId: string): Promise<ProblemInit | null> {
  const [row] = await standing(q).execute({ userId })
  return gateOf(row ? standingOf(row) : { bound: false, consent: null })
}
