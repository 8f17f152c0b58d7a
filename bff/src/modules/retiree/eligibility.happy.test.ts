import { expect, test } from 'vitest'
import { checkRuleLogic } from '../../platform/rules'
import { ageOn } from '@renshe/shared/identity/id-number'
import { matchingRules } from './eligibility'
import type { AssistanceRule, EligibilityFacts } from '@renshe/shared/retiree/schemas'

// The rules the portal is seeded with, as stored in the database.
const longevity: AssistanceRule = {
  id: 'rule-longevity',
  benefit: 'longevity_allowance',
  regionCode: null,
  logic: { '>=': [{ var: 'age' }, 80] },
  amountFen: 10_000,
}
const subsidy: AssistanceRule = {
  id: 'rule-subsidy',
  benefit: 'pension_subsidy',
  regionCode: null,
  logic: { '<': [{ var: 'monthlyFen' }, { var: 'localMinimumFen' }] },
  amountFen: null,
}
const homeVisits: AssistanceRule = {
  id: 'rule-home-visits',
  benefit: 'home_visit_service',
  regionCode: null,
  logic: { and: [{ '==': [{ var: 'livesAlone' }, true] }, { '>=': [{ var: 'age' }, 70] }] },
  amountFen: null,
}
const seeded = [longevity, subsidy, homeVisits]

// 79, well above the Lucheng minimum, living with family: nothing to offer.
const nobodyEligible: EligibilityFacts = { age: 79, monthlyFen: 326_800, localMinimumFen: 180_000, livesAlone: false, regionCode: '330302' }

const benefitsOf = (facts: Partial<EligibilityFacts>, rules: readonly AssistanceRule[] = seeded) =>
  matchingRules(rules, { ...nobodyEligible, ...facts }).map((rule) => rule.benefit)

test('a pensioner of 79 with a good pension who lives with family is offered nothing', () => {
  expect(benefitsOf({})).toEqual([])
})

test('a pensioner who turns 80 is offered the longevity allowance', () => {
  expect(benefitsOf({ age: 80 })).toEqual(['longevity_allowance'])
  expect(benefitsOf({ age: 101 })).toEqual(['longevity_allowance'])
})

test('a pension one fen below the local minimum is offered a subsidy; a pension equal to it is not', () => {
  expect(benefitsOf({ monthlyFen: 179_999 })).toEqual(['pension_subsidy'])
  expect(benefitsOf({ monthlyFen: 180_000 })).toEqual([])
})

test('the same pension is below the minimum in one county and not in another', () => {
  expect(benefitsOf({ monthlyFen: 168_000, localMinimumFen: 180_000 })).toEqual(['pension_subsidy'])
  expect(benefitsOf({ monthlyFen: 168_000, localMinimumFen: 165_000, regionCode: '330381' })).toEqual([])
})

test('someone of 70 who lives alone is offered home visits; at 69, or living with family, they are not', () => {
  expect(benefitsOf({ age: 70, livesAlone: true })).toEqual(['home_visit_service'])
  expect(benefitsOf({ age: 69, livesAlone: true })).toEqual([])
  expect(benefitsOf({ age: 75, livesAlone: false })).toEqual([])
})

test('an 86-year-old living alone on a pension below the minimum is offered all three, in the order of the rules', () => {
  expect(benefitsOf({ age: 86, monthlyFen: 168_000, livesAlone: true })).toEqual(['longevity_allowance', 'pension_subsidy', 'home_visit_service'])
})

test('a county rule only reaches pensioners of that county; a province-wide rule reaches everyone', () => {
  const ruian: AssistanceRule = { ...longevity, id: 'rule-ruian', regionCode: '330381', logic: { '>=': [{ var: 'age' }, 75] } }
  expect(benefitsOf({ age: 77, regionCode: '330381' }, [ruian])).toEqual(['longevity_allowance'])
  expect(benefitsOf({ age: 77, regionCode: '330302' }, [ruian])).toEqual([])
  expect(benefitsOf({ age: 80, regionCode: '330381' }, [longevity])).toEqual(['longevity_allowance'])
})

test('a rule that gives anything other than true does not offer a benefit', () => {
  const truthy: AssistanceRule = { ...longevity, logic: { var: 'age' } }
  expect(benefitsOf({ age: 90 }, [truthy])).toEqual([])
})

test('every seeded rule can be stored', () => {
  for (const rule of seeded) expect(checkRuleLogic(rule.logic)).toEqual({ ok: true })
})

test('a rule with an operator the engine does not know is refused when stored, naming the operator', () => {
  const refused = checkRuleLogic({ older_than: [{ var: 'age' }, 80] })
  expect(refused).toEqual({ ok: false, error: expect.stringContaining('older_than') })
  expect(checkRuleLogic({ and: [{ '>=': [{ var: 'age' }, 80] }, { lives_with: ['nobody'] }] })).toMatchObject({ ok: false })
})

test('a pensioner is a year older on their birthday, not the day before', () => {
  expect(ageOn('1946-03-12', '2026-03-11')).toBe(79)
  expect(ageOn('1946-03-12', '2026-03-12')).toBe(80)
  expect(ageOn('1946-12-31', '2027-01-01')).toBe(80)
})

test('someone born on 29 February is a year older on 29 February in a leap year and on 1 March otherwise', () => {
  expect(ageOn('1944-02-29', '2024-02-28')).toBe(79)
  expect(ageOn('1944-02-29', '2024-02-29')).toBe(80)
  expect(ageOn('1944-02-29', '2025-02-28')).toBe(80)
  expect(ageOn('1944-02-29', '2025-03-01')).toBe(81)
})

test('a pensioner is offered the longevity allowance on their 80th birthday', () => {
  expect(benefitsOf({ age: ageOn('1946-03-12', '2026-03-11') })).toEqual([])
  expect(benefitsOf({ age: ageOn('1946-03-12', '2026-03-12') })).toEqual(['longevity_allowance'])
})
