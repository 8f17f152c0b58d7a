import { deadlineAfter, legalDeadlines } from '../wages/deadlines'
import type { IsoDate } from '../wages/schemas'
import type { WorkCalendar } from '../wages/work-calendar'
import type { InjuryApplicantKind } from './schemas'

/**
 * The last day `applicantKind` may apply for recognition of an injury from an accident on
 * `accidentOn` (工伤保险条例 art. 17): the employer within 30 days, the worker, a close relative or
 * the union within a year. Counted from the accident (or the diagnosis of an occupational disease,
 * which the caller passes instead), moved off a rest day. The office's leave to the employer to
 * apply later in special circumstances (art. 17, para. 1) is not modelled.
 */
export function applicationDeadline(calendar: WorkCalendar, accidentOn: IsoDate, applicantKind: InjuryApplicantKind): IsoDate {
  const rule = applicantKind === 'employer' ? legalDeadlines.injuryEmployerApplication : legalDeadlines.injuryWorkerApplication
  return deadlineAfter(calendar, rule, accidentOn)
}

/**
 * Whether `applicantKind` may apply on `today`:
 * - `open`: yes, until `by`;
 * - `employer_first`: the worker's side, while the employer's 30 days run: the law gives it the
 *   right once the employer has not applied in time (art. 17, para. 2), so the page says the
 *   employer must apply by `employerBy`, and if it does not, the worker may until `by`;
 * - `closed`: the applicant's time ended on `by`. An employer past its 30 days bears the worker's
 *   costs until it applies (art. 17, para. 4); whether the office still takes its application is
 *   the office's decision, not a window this answers.
 * Whether the employer has in fact applied is the case table's to know: a worker whose employer
 * has applied follows that case instead.
 */
export function mayStillApply(
  calendar: WorkCalendar,
  accidentOn: IsoDate,
  applicantKind: InjuryApplicantKind,
  today: IsoDate,
): { state: 'open' | 'employer_first' | 'closed'; by: IsoDate; employerBy: IsoDate } {
  const employerBy = applicationDeadline(calendar, accidentOn, 'employer')
  const by = applicationDeadline(calendar, accidentOn, applicantKind)
  if (today > by) return { state: 'closed', by, employerBy }
  if (applicantKind !== 'employer' && today <= employerBy) return { state: 'employer_first', by, employerBy }
  return { state: 'open', by, employerBy }
}
