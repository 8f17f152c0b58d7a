import { ageOn, checkIdNumber } from '@renshe/shared/identity/id-number'
import { addMonths } from '@renshe/shared/records/months'
import type { TrainingFacts } from '@renshe/shared/training/schemas'
import type { Deps } from '../../platform/deps'
import { officialCovers } from '../../platform/policy'
import { ruleHolds } from '../../platform/rules'
import type { PersonFactsRow } from './people-repo'
import type { ProgrammeRow } from './programmes-repo'

/** The last full month before `today` (a China date): the month whose contributions say whether she is employed. */
export function lastFullMonth(today: string): string {
  return addMonths(today.slice(0, 7), -1)
}

/**
 * A person's `TrainingFacts` on `today`: her age from the birth date in her ID number (opened
 * here, used for nothing else and never kept), and what the other modules' tables say of her.
 * Unemployed: a registered job seeker for whom no employer paid the last full month. Null for a
 * sealed number that does not read, which binding never lets in.
 */
export function trainingFactsOf(deps: Pick<Deps, 'sealer'>, row: PersonFactsRow, today: string): TrainingFacts | null {
  const read = checkIdNumber(deps.sealer.open(row.idNumberEnc), null)
  if (!read.ok) return null
  const jobSeeker = row.jobSeeker === 1
  return {
    age: Math.max(0, ageOn(read.value.birthDate, today)),
    regionCode: row.regionCode,
    insured: row.insured === 1,
    jobSeeker,
    unemployed: jobSeeker && row.employerPaid !== 1,
    flexibleWorker: row.flexibleWorker === 1,
  }
}

/**
 * Whether a programme reaches a person: she lives within its region (the one policy's rule) and
 * its JSON Logic holds for her facts (the portal's one rules engine).
 */
export function qualifies(programme: Pick<ProgrammeRow, 'regionCode' | 'eligibilityLogic'>, facts: TrainingFacts | null): boolean {
  return facts !== null && officialCovers({ regionCode: programme.regionCode }, facts.regionCode) && ruleHolds(programme.eligibilityLogic, facts)
}
