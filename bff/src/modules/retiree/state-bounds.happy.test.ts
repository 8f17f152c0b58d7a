import { expect, test } from 'vitest'
import { cycleOn, type CycleRules } from '@renshe/shared/retiree/cycle'
import type { CertificationState } from '@renshe/shared/retiree/schemas'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { stateBoundsOn } from './state-bounds'

/** The state the bounds give a living pensioner not held back, as the officer's lists pick it in SQL. */
function stateByBounds(cycleStart: string, today: string, rules: CycleRules): CertificationState {
  const bounds = stateBoundsOn(today, rules)
  if (cycleStart <= bounds.suspendedUpTo) return 'suspended'
  if (cycleStart <= bounds.overdueUpTo) return 'overdue'
  if (cycleStart <= bounds.dueUpTo) return 'due'
  return 'certified'
}

test('the officer’s lists pick every pensioner in the state the cycle rules give them, across month ends and leap days', () => {
  const rulesTried: CycleRules[] = [
    { cycleMonths: 12, dueSoonDays: 30, graceDays: 30 },
    { cycleMonths: 24, dueSoonDays: 30, graceDays: 30 },
    { cycleMonths: 1, dueSoonDays: 3, graceDays: 0 },
    { cycleMonths: 6, dueSoonDays: 0, graceDays: 10 },
  ]
  const todays = ['2026-11-29', '2027-02-28', '2028-02-29', '2028-03-01', '2026-12-31', '2027-01-31']
  for (const rules of rulesTried) {
    for (const today of todays) {
      for (let back = 0; back < 800; back += 1) {
        const cycleStart = addCalendarDays(today, -back)
        const expected = cycleOn(today, { cycleStart, diedOn: null, suspended: false }, rules).state
        expect(stateByBounds(cycleStart, today, rules), `${cycleStart} on ${today} with ${JSON.stringify(rules)}`).toBe(expected)
      }
    }
  }
})
