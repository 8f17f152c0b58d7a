import { minimumWageOn } from '../jobs/minimum-wages'
import type { IsoDate } from '../platform/primitives'
import { addMonthsClamped } from '../records/months'
import type { ContractKind, ContractTerms } from './schemas'

/*
 * The limits the law sets on a contract's terms (劳动合同法; decision 073), checked by the
 * employer's form and again by the service with the same field messages.
 */

/** A refused term: where, and the message key (messages.ts). */
export interface TermIssue {
  readonly path: readonly (string | number)[]
  readonly key: string
}

/**
 * The longest probation for a contract (art. 19): none for a per-task contract, a part-time
 * agreement (art. 70) or a platform agreement (not a labour contract); a month for a term of at
 * least three months and under a year; two for one to three years; six for three years or more
 * and for an open-ended contract. A term under three months has none.
 */
export function maxProbationMonths(kind: ContractKind, startsOn: IsoDate, endsOn: IsoDate | null): number {
  if (kind === 'per_task' || kind === 'part_time' || kind === 'platform_agreement') return 0
  if (kind === 'open_ended' || endsOn === null) return 6
  if (endsOn < addMonthsClamped(startsOn, 3)) return 0
  if (endsOn < addMonthsClamped(startsOn, 12)) return 1
  if (endsOn < addMonthsClamped(startsOn, 36)) return 2
  return 6
}

/**
 * The hourly minimum of part-time work (非全日制工作小时最低工资标准) in the county on the day the
 * contract starts, in fen, from the province's one table (the jobs module posts against it, and
 * arbitration judges an award's finality by it); undefined when no notice covers the county.
 */
export function hourlyMinimumOf(regionCode: string, on: IsoDate): number | undefined {
  return minimumWageOn(regionCode, on)?.hourlyFen
}

/** The monthly minimum wage in the county on the day the contract starts, from the same table. */
export function monthlyMinimumOf(regionCode: string, on: IsoDate): number | undefined {
  return minimumWageOn(regionCode, on)?.monthlyFen
}

/**
 * Part-time work is paid by the hour and at least every 15 days (art. 72), not below the county's
 * hourly minimum for part-time work on the day it starts; a monthly wage may not be below the
 * county's monthly minimum. (Piece rates are checked against the payroll, not here: a rate alone
 * does not say what a month pays.)
 */
export function checkTerms(kind: ContractKind, terms: ContractTerms, regionCode: string): TermIssue[] {
  const issues: TermIssue[] = []
  const at = (field: string, key: string) => issues.push({ path: ['terms', field], key })
  if (kind === 'fixed_term' && terms.endsOn === null) at('endsOn', 'contracts.endRequired')
  if (kind !== 'fixed_term' && kind !== 'part_time' && kind !== 'platform_agreement' && terms.endsOn !== null) at('endsOn', 'contracts.endNotAllowed')
  if (terms.endsOn !== null && terms.endsOn <= terms.startsOn) at('endsOn', 'contracts.endBeforeStart')
  if (kind === 'per_task' && terms.task.length < 4) at('task', 'contracts.taskRequired')
  if (terms.probationMonths > maxProbationMonths(kind, terms.startsOn, terms.endsOn)) at('probationMonths', 'contracts.probationTooLong')
  if (kind === 'part_time' && terms.wageBasis !== 'hourly') at('wageBasis', 'contracts.partTimeHourly')
  const monthly = terms.wageBasis === 'monthly' ? monthlyMinimumOf(regionCode, terms.startsOn) : undefined
  if (monthly !== undefined && terms.wageFen < monthly) at('wageFen', 'contracts.belowMinimum')
  const hourly = kind === 'part_time' && terms.wageBasis === 'hourly' ? hourlyMinimumOf(regionCode, terms.startsOn) : undefined
  if (hourly !== undefined && terms.wageFen < hourly) at('wageFen', 'contracts.belowHourlyMinimum')
  return issues
}

/**
 * The last day the signed contract must be kept: two years after it ends (劳动合同法 art. 50, para.
 * 3, as the guidance applies it to electronic contracts); null while it runs without an end day.
 */
export function keepUntilOf(endedOn: IsoDate | null): IsoDate | null {
  return endedOn === null ? null : addMonthsClamped(endedOn, 24)
}

/**
 * A worker without a written contract a month after she started is owed twice her wage for each
 * month from the second to the twelfth, at most eleven months (art. 82; 实施条例 arts. 6–7); after a
 * year, an open-ended contract is taken to exist. `from` and `until` bound the months owed double.
 */
export function doubleWageWindow(startedOn: IsoDate): { from: IsoDate; until: IsoDate } {
  return { from: addMonthsClamped(startedOn, 1), until: addMonthsClamped(startedOn, 12) }
}
