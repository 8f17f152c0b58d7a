import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { subsidyRules } from '@renshe/shared/jobs/flexible-insurance'
import { SubsidyReviewItem, SubsidyReviewPage } from '@renshe/shared/jobs/subsidy'
import { flexibleSubsidyApplications } from '../../db/schema'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { appliedForSubsidy } from '../../testing/jobs-subsidy-samples'
import { appliedBornAs, idNumberBornOn } from '../../testing/jobs-subsidy-retirement'

// Zhao's application holds November and December 2026, 1,200 yuan paid for each, and he is a
// flexible worker since November 2026 (the start of every term). The review reads the birth month
// and sex of the ID number; the statutory retirement month follows from them (retirement-age.ts).

const difficulty = { decision: 'approve', employmentDifficulty: true, graduateYear: null } as const

async function storedFacts(t: Awaited<ReturnType<typeof createTestContext>>, id: string) {
  const [row] = await t.deps.db.read((q) =>
    q
      .select({ employmentDifficulty: flexibleSubsidyApplications.employmentDifficulty, graduateYear: flexibleSubsidyApplications.graduateYear, femaleCategory: flexibleSubsidyApplications.femaleCategory })
      .from(flexibleSubsidyApplications)
      .where(eq(flexibleSubsidyApplications.id, id)),
  )
  return row
}

async function decide(t: Awaited<ReturnType<typeof createTestContext>>, id: string, body: object) {
  const token = await t.login('officer-liu')
  return expectOk(await t.call('POST', `/api/jobs/subsidy/applications/${id}/decision`, { token, body }), SubsidyReviewItem)
}

test('a woman worker 3 years from her statutory retirement at enrolment is subsidised under the near-retirement rule, with no end of term', async () => {
  const t = await createTestContext()
  // Born July 1978, original age 50: 51 years 10 months, in May 2030 — 3 years and 6 months from November 2026.
  const idNumber = idNumberBornOn('19780715', 'female')
  const application = await appliedBornAs(t, idNumber)
  const page = await expectOk(await t.call('GET', '/api/jobs/subsidy/applications', { token: await t.login('officer-liu') }), SubsidyReviewPage)
  expect(page.items).toEqual([expect.objectContaining({ id: application.id, applicantIsWoman: true, idNumberMasked: `330302********${idNumber.slice(14)}` })])

  const decided = await decide(t, application.id, { ...difficulty, femaleCategory: 'worker' })
  expect(decided).toMatchObject({ status: 'approved', ruleId: 'employment_difficulty_near_retirement', subsidisedMonths: ['2026-11', '2026-12'], amountFen: 160_000 })
  expect(subsidyRules.find((rule) => rule.id === decided.ruleId)?.maxYears).toBeNull()
  // The category the approval rested on is kept with it, beside the other facts the officer confirmed.
  expect(await storedFacts(t, application.id)).toEqual({ employmentDifficulty: true, graduateYear: null, femaleCategory: 'worker' })
})

test('the same woman confirmed as a cadre (original age 55) retires in September 2035, 8 years away: the 3-year rule applies', async () => {
  const t = await createTestContext()
  const application = await appliedBornAs(t, idNumberBornOn('19780715', 'female'))
  expect(await decide(t, application.id, { ...difficulty, femaleCategory: 'cadre' })).toMatchObject({ ruleId: 'employment_difficulty', amountFen: 160_000 })
})

test('a man far from retirement gets the 3-year rule without any category, and a category sent for him changes nothing', async () => {
  const t = await createTestContext()
  // Zhao, born March 1988: 63, in March 2051.
  const application = await appliedForSubsidy(t)
  const page = await expectOk(await t.call('GET', '/api/jobs/subsidy/applications', { token: await t.login('officer-liu') }), SubsidyReviewPage)
  expect(page.items[0]?.applicantIsWoman).toBe(false)
  expect(await decide(t, application.id, { ...difficulty, femaleCategory: 'worker' })).toMatchObject({ ruleId: 'employment_difficulty', subsidisedMonths: ['2026-11', '2026-12'], amountFen: 160_000 })
  expect(await storedFacts(t, application.id)).toEqual({ employmentDifficulty: true, graduateYear: null, femaleCategory: null })
})

test('a man 2 years from retirement is subsidised until he retires, with no category asked', async () => {
  const t = await createTestContext()
  // Born January 1968: 60 years 10 months, in November 2028.
  const application = await appliedBornAs(t, idNumberBornOn('19680120', 'male'))
  expect(await decide(t, application.id, difficulty)).toMatchObject({ ruleId: 'employment_difficulty_near_retirement', amountFen: 160_000 })
})

test('the months after the statutory retirement month are not subsidised: a woman worker retiring in November 2026 gets November only', async () => {
  const t = await createTestContext()
  // Born March 1976, original age 50: 50 years 8 months, in November 2026.
  const application = await appliedBornAs(t, idNumberBornOn('19760310', 'female'))
  expect(await decide(t, application.id, { ...difficulty, femaleCategory: 'worker' })).toMatchObject({
    ruleId: 'employment_difficulty_near_retirement',
    subsidisedMonths: ['2026-11'],
    amountFen: 80_000,
  })
})

test('a young woman needs no category: either age puts her decades from retirement, so the grant is the same', async () => {
  const t = await createTestContext()
  const application = await appliedBornAs(t, idNumberBornOn('19920503', 'female'))
  expect(await decide(t, application.id, difficulty)).toMatchObject({ ruleId: 'employment_difficulty', amountFen: 160_000 })
})
