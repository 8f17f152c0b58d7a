import { mayStillApply } from '@renshe/shared/disputes/injury'
import { employerFirstDetail, injuryWindowDetail } from '@renshe/shared/disputes/messages'
import type { InjuryApplicantKind } from '@renshe/shared/disputes/schemas'
import type { Locale } from '@renshe/shared/platform/locale'
import type { WorkCalendar } from '@renshe/shared/wages/work-calendar'
import type { ProblemInit } from '../../../platform/problem'

/** A county's code: injuries are recognised by a county's social-insurance office, not a city's or the province's. */
function isCountyCode(code: string): boolean {
  return code.slice(2, 4) !== '00' && code.slice(4, 6) !== '00'
}

/**
 * Why `applicantKind` may not apply today for an accident on `accidentOn` (decision 069's
 * `mayStillApply`), as a field error on `path` with the day in the detail: the worker's side while
 * the employer's 30 days run (the day they end), anyone once their own time has run out (that day).
 */
export function windowRefusal(calendar: WorkCalendar, accidentOn: string, applicantKind: InjuryApplicantKind, today: string, locale: Locale, path: string): ProblemInit | null {
  const window = mayStillApply(calendar, accidentOn, applicantKind, today)
  if (window.state === 'employer_first') {
    return { code: 'validation_failed', errors: [{ path, key: 'disputes.injuryEmployerFirst' }], detail: employerFirstDetail(window.employerBy, locale) }
  }
  if (window.state === 'closed') return { code: 'validation_failed', errors: [{ path, key: 'disputes.injuryWindowClosed' }], detail: injuryWindowDetail(window.by, locale) }
  return null
}

/**
 * What makes new facts of an accident refused before anything is written: a region that is not a
 * county, a day in the future, or (for a report, the worker's; for an employer's own application,
 * its) time to apply run out.
 */
export function accidentRefusal(
  calendar: WorkCalendar,
  input: { readonly regionCode: string; readonly accidentOn: string },
  applicantKind: InjuryApplicantKind,
  today: string,
  locale: Locale,
): ProblemInit | null {
  const errors: { path: string; key: string }[] = []
  if (!isCountyCode(input.regionCode)) errors.push({ path: 'body.regionCode', key: 'disputes.injuryRegionCounty' })
  if (input.accidentOn > today) {
    errors.push({ path: 'body.accidentOn', key: 'disputes.accidentFuture' })
    return { code: 'validation_failed', errors }
  }
  const window = mayStillApply(calendar, input.accidentOn, applicantKind, today)
  if (window.state === 'closed') {
    errors.push({ path: 'body.accidentOn', key: 'disputes.injuryWindowClosed' })
    return { code: 'validation_failed', errors, detail: injuryWindowDetail(window.by, locale) }
  }
  return errors.length === 0 ? null : { code: 'validation_failed', errors }
}
