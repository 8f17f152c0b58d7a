import { expect, test } from 'vitest'
import { subsidyRules, type SubsidyFacts, type SubsidyRule } from '@renshe/shared/jobs/flexible-insurance'
import { checkRuleLogic } from '../../platform/rules'
import { subsidyEligibility } from './subsidy-eligibility'

// A flexible worker who fits no rule: not certified with employment difficulty, not a graduate.
const nobody: SubsidyFacts = {
  employmentDifficulty: false,
  graduateYear: null,
  enrolledSince: '2024-01',
  today: '2026-12-15',
  ageYears: 45,
  yearsToRetirementAtStart: null,
}

const decide = (facts: Partial<SubsidyFacts>, rules: readonly SubsidyRule[] = subsidyRules) => {
  const decision = subsidyEligibility(rules, { ...nobody, ...facts })
  return decision.eligible ? { rule: decision.rule.id, lastMonth: decision.lastMonth } : 'not eligible'
}

test('a flexible worker who is neither in employment difficulty nor a recent graduate gets no subsidy', () => {
  expect(decide({})).toBe('not eligible')
})

test('a person with employment difficulty is subsidised in the third year and not after it', () => {
  expect(decide({ employmentDifficulty: true, enrolledSince: '2024-01', today: '2024-01-20' })).toEqual({ rule: 'employment_difficulty', lastMonth: '2026-12' })
  expect(decide({ employmentDifficulty: true, enrolledSince: '2024-01', today: '2026-12-31' })).toEqual({ rule: 'employment_difficulty', lastMonth: '2026-12' })
  expect(decide({ employmentDifficulty: true, enrolledSince: '2024-01', today: '2027-01-01' })).toBe('not eligible')
})

test('a graduate of 2025 enrolled in September 2025 is subsidised to August 2027 and not in September', () => {
  expect(decide({ graduateYear: 2025, enrolledSince: '2025-09', today: '2027-08-20' })).toEqual({ rule: 'recent_graduate', lastMonth: '2027-08' })
  expect(decide({ graduateYear: 2025, enrolledSince: '2025-09', today: '2027-09-01' })).toBe('not eligible')
})

test('a graduate who enrols more than two years after leaving college gets no graduate subsidy', () => {
  expect(decide({ graduateYear: 2023, enrolledSince: '2025-03', today: '2025-04-01' })).toEqual({ rule: 'recent_graduate', lastMonth: '2027-02' })
  expect(decide({ graduateYear: 2021, enrolledSince: '2025-03', today: '2025-04-01' })).toBe('not eligible')
})

test('nothing is subsidised before the first month of enrolment', () => {
  expect(decide({ employmentDifficulty: true, enrolledSince: '2026-03', today: '2026-02-28' })).toBe('not eligible')
})

test('a person with employment difficulty less than 5 years from retirement stays subsidised after 3 years', () => {
  expect(decide({ employmentDifficulty: true, yearsToRetirementAtStart: 4, enrolledSince: '2020-01', today: '2026-06-01' })).toEqual({
    rule: 'employment_difficulty_near_retirement',
    lastMonth: null,
  })
  expect(decide({ employmentDifficulty: true, yearsToRetirementAtStart: 5, enrolledSince: '2020-01', today: '2026-06-01' })).toBe('not eligible')
})

test('an unknown distance to retirement is not read as zero years', () => {
  expect(decide({ employmentDifficulty: true, yearsToRetirementAtStart: null, enrolledSince: '2020-01', today: '2026-06-01' })).toBe('not eligible')
})

test('a recent graduate with employment difficulty is given the longer, 3-year term', () => {
  expect(decide({ employmentDifficulty: true, graduateYear: 2025, enrolledSince: '2025-09', today: '2027-10-01' })).toEqual({
    rule: 'employment_difficulty',
    lastMonth: '2028-08',
  })
})

test('a rule that cannot run qualifies nobody and leaves the other rules working', () => {
  const broken: SubsidyRule = { id: 'broken', title: { 'zh-CN': '错误规则', en: 'Broken rule' }, when: { older_than: [{ var: 'ageYears' }, 40] }, maxYears: null }
  expect(decide({ employmentDifficulty: true }, [broken, ...subsidyRules])).toEqual({ rule: 'employment_difficulty', lastMonth: '2026-12' })
  expect(decide({}, [broken])).toBe('not eligible')
})

test('every subsidy rule the portal ships can run: the engine knows each of its operators', () => {
  for (const rule of subsidyRules) expect(checkRuleLogic(rule.when), rule.id).toEqual({ ok: true })
})
