import { addMonthsClamped } from '../records/months'

/*
 * Who may still have a training subsidy for a certificate: Zhejiang's rules, kept as data, each
 * with its source in decision 061. A subsidy counts once it is applied for and until it is
 * declined; the year is the calendar year of the application, in China.
 */

export interface SubsidyRules {
  /** Apply by the same day this many months after the certificate was issued (民法典 arts. 201–202: that day is the last). */
  readonly claimWithinMonths: number
  /** Subsidies (training and skill upgrading together) one person may have in one calendar year. */
  readonly perYear: number
}

export const zhejiangSubsidyRules: SubsidyRules = { claimWithinMonths: 12, perYear: 3 }

/** The certificate a subsidy is asked for. */
export interface SubsidyClaim {
  readonly occupationCode: string
  /** National skill level: 5 (初级) is the lowest, 1 the highest. */
  readonly level: number
  readonly certificateIssuedOn: string
}

/** A subsidy the person already has: applied for, approved or paid (a declined one is not counted). */
export interface SubsidyHad {
  readonly occupationCode: string
  readonly level: number
  /** The China date it was applied for. */
  readonly appliedOn: string
}

export type SubsidyRefusal = 'claim_window_passed' | 'yearly_limit' | 'same_level_twice' | 'lower_after_higher'

/** The last day a subsidy for a certificate can be applied for. */
export function lastClaimDay(certificateIssuedOn: string, rules: SubsidyRules = zhejiangSubsidyRules): string {
  return addMonthsClamped(certificateIssuedOn, rules.claimWithinMonths)
}

/** Why a subsidy cannot be applied for on `today`, the first rule that refuses it; null when it can. */
export function subsidyRefusal(claim: SubsidyClaim, had: readonly SubsidyHad[], today: string, rules: SubsidyRules = zhejiangSubsidyRules): SubsidyRefusal | null {
  if (today > lastClaimDay(claim.certificateIssuedOn, rules)) return 'claim_window_passed'
  const sameOccupation = had.filter((h) => h.occupationCode === claim.occupationCode)
  if (sameOccupation.some((h) => h.level === claim.level)) return 'same_level_twice'
  // Levels count down: a smaller number is a higher level.
  if (sameOccupation.some((h) => h.level < claim.level)) return 'lower_after_higher'
  if (had.filter((h) => h.appliedOn.slice(0, 4) === today.slice(0, 4)).length >= rules.perYear) return 'yearly_limit'
  return null
}
