import { deadlineAfter, legalDeadlines } from '../wages/deadlines'
import type { IsoDate } from '../wages/schemas'
import type { WorkCalendar } from '../wages/work-calendar'
import type { AwardFinalityReason, Claim, ClaimKind } from './schemas'

/**
 * The last day to apply for arbitration: a year from the day the applicant knew, or should have
 * known, that the right was harmed (劳动争议调解仲裁法 art. 27), moved off a rest day.
 *
 * Not modelled: the limitation interrupted (a claim made, a party agreeing to pay) or suspended
 * (force majeure), and wages owed while the employment lasts, which the limitation does not bar
 * until a year after it ends (art. 27, para. 4): for those the caller passes the day the year
 * starts anew, e.g. the day employment ended.
 */
export function limitationEndsOn(calendar: WorkCalendar, knewOn: IsoDate): IsoDate {
  return deadlineAfter(calendar, legalDeadlines.arbitrationLimitation, knewOn)
}

/** Whether an application on `appliedOn` is within the limitation; an application on its last day is. */
export function withinLimitation(calendar: WorkCalendar, knewOn: IsoDate, appliedOn: IsoDate): boolean {
  return appliedOn <= limitationEndsOn(calendar, knewOn)
}

export interface AwardFinality {
  /** The award binds the employer at once: it may not sue, only ask the court to set the award aside (art. 49). */
  finalForEmployer: boolean
  reason: AwardFinalityReason
  /** The worker may always take an award to court within 15 days of receiving it (arts. 48, 50). */
  workerMaySueWithinDays: typeof legalDeadlines.suitAfterAward.days
  employerMaySue: boolean
}

const moneyClaims: readonly ClaimKind[] = ['wages', 'injury_medical', 'compensation', 'damages']
const labourStandards: readonly ClaimKind[] = ['working_time', 'rest_leave', 'social_insurance']

/**
 * Whether an award is final for the employer (劳动争议调解仲裁法 arts. 47–48): when every money
 * claim is at most twelve months of the local monthly minimum wage, each claim judged alone
 * (劳动人事争议仲裁办案规则, 2017), or the dispute is over national labour standards. An award
 * with any claim outside both (an 'other' claim, a money claim over the limit or without its
 * amount) is not final for anyone, as the Supreme People's Court treats an award that mixes final
 * and non-final matters (劳动争议解释（一）, 法释〔2020〕26号); nor is an award with no claims.
 * `amountFen` is the amount the award settles on each claim.
 *
 * A mix of small money claims and labour-standards claims is final, and answers 'small_claims':
 * the amounts are the part of it the parties can check.
 */
export function awardFinality(award: { claims: readonly Claim[]; localMonthlyMinimumFen: number }): AwardFinality {
  const limitFen = 12 * award.localMonthlyMinimumFen
  const small = (claim: Claim) => moneyClaims.includes(claim.kind) && claim.amountFen !== undefined && claim.amountFen <= limitFen
  const standard = (claim: Claim) => labourStandards.includes(claim.kind)
  const reason: AwardFinalityReason =
    award.claims.length === 0 || !award.claims.every((claim) => small(claim) || standard(claim))
      ? 'not_final'
      : award.claims.some(small)
        ? 'small_claims'
        : 'labour_standards'
  const finalForEmployer = reason !== 'not_final'
  return { finalForEmployer, reason, workerMaySueWithinDays: legalDeadlines.suitAfterAward.days, employerMaySue: !finalForEmployer }
}
