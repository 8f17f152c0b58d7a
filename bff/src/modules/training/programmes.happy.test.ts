import { expect, test } from 'vitest'
import { eligibilityLogic } from '@renshe/shared/training/eligibility'
import { type EligibilityChoice, Programme, ProgrammePage, TrainingInstitutions } from '@renshe/shared/training/schemas'
import { seededTrainingIds } from '../../db/seed/training'
import { days, minutes } from '../../platform/clock'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { claimed, closeSeededProgrammes, openProgramme, programmeRow, realNamedCitizens, sampleProgramme } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

test('an officer opens a programme for her region: it keeps her choice of people and the JSON Logic made of it, with an empty ledger', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const eligibility: EligibilityChoice = { minAge: 18, maxAge: 50, groups: ['unemployed', 'flexibleWorker'] }
  const programme = await openProgramme(t, token, { eligibility, reach: 'targeted' })
  const { quantity, ...described } = sampleProgramme
  expect(programme).toEqual({
    ...described,
    id: expect.any(String) as string,
    eligibility,
    reach: 'targeted',
    covered: [...sampleProgramme.covered],
    institutionIds: [],
    institutions: [],
    regionCode: '330302',
    status: 'open',
    createdAt: t.clock.now().toISOString(),
    ledger: { quantity, issued: 0, remaining: 100, claimed: 0, expired: 0, withdrawn: 0, budgetFen: 100 * 180_000, appliedFen: 0, committedFen: 0, paidFen: 0 },
  })
  const row = await programmeRow(t, programme.id)
  expect(row.eligibilityLogic).toEqual(eligibilityLogic(eligibility))
  expect(row.createdBy).toBe(await userIdOf(t, 'officer-liu'))
  expect(await expectOk(await t.call('GET', `/api/training/programmes/${programme.id}`, { token }), Programme)).toEqual(programme)
  const actions = (await auditRows(t)).map((audit) => audit.action)
  expect(actions).toEqual(expect.arrayContaining(['training.createProgramme', 'training.getProgramme']))
})

test('the officer names the programme’s budget in fen, or it is every voucher at the highest covered subsidy', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const named = await openProgramme(t, token, { budgetFen: 5_000_000 })
  expect(named.ledger).toMatchObject({ budgetFen: 5_000_000, appliedFen: 0, committedFen: 0, paidFen: 0 })
  expect((await programmeRow(t, named.id)).budgetFen).toBe(5_000_000)
  // 100 vouchers at 1,800 yuan, the highest of the two levels covered.
  expect((await openProgramme(t, token, { budgetFen: null })).ledger.budgetFen).toBe(18_000_000)
})

test('a retry of the same opening is the same programme, not a second one', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const first = await openProgramme(t, token, {}, 'programme-retry-0001')
  const again = await t.call('POST', '/api/training/programmes', { token, idempotencyKey: 'programme-retry-0001', body: sampleProgramme })
  expect(again.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(again, Programme, 201)).toEqual(first)
  const page = await expectOk(await t.call('GET', '/api/training/programmes?limit=50', { token }), ProgrammePage)
  expect(page.items.filter((item) => item.name === sampleProgramme.name)).toHaveLength(1)
})

test('the region’s programmes are listed newest first, a page at a time, open and closed apart', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const opened: string[] = []
  for (let i = 0; i < 3; i += 1) {
    t.clock.advance(minutes(1))
    opened.push((await openProgramme(t, token, { name: `第${i + 1}批` })).id)
  }
  const seeded = Object.values(seededTrainingIds.programmes).sort().reverse()
  const first = await expectOk(await t.call('GET', '/api/training/programmes?limit=2', { token }), ProgrammePage)
  expect(first.items.map((item) => item.id)).toEqual([opened[2], opened[1]])
  const second = await expectOk(await t.call('GET', `/api/training/programmes?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`, { token }), ProgrammePage)
  expect(second.items.map((item) => item.id)).toEqual([opened[0], seeded[0]])
  const third = await expectOk(await t.call('GET', `/api/training/programmes?limit=2&cursor=${encodeURIComponent(second.nextCursor ?? '')}`, { token }), ProgrammePage)
  expect(third).toEqual({ items: [expect.objectContaining({ id: seeded[1] })], nextCursor: null })

  await expectOk(await t.call('POST', `/api/training/programmes/${opened[1]}/close`, { token }), Programme)
  const closed = await expectOk(await t.call('GET', '/api/training/programmes?status=closed', { token }), ProgrammePage)
  expect(closed.items.map((item) => [item.id, item.status])).toEqual([[opened[1], 'closed']])
})

test('the ledger counts in SQL what became of the vouchers: issued, left, claimed, and expired once past their last day', async () => {
  const t = await createTestContext()
  await closeSeededProgrammes(t)
  const token = await t.login('officer-liu')
  const programme = await openProgramme(t, token, { quantity: 5, validFrom: '2026-11-29', validUntil: '2026-12-31' })
  for (const citizen of await realNamedCitizens(t, 3)) await claimed(t, citizen.token, programme.id)
  const read = async () => (await expectOk(await t.call('GET', `/api/training/programmes/${programme.id}`, { token: await t.login('officer-liu') }), Programme)).ledger
  expect(await read()).toEqual({ quantity: 5, issued: 3, remaining: 2, claimed: 3, expired: 0, withdrawn: 0, budgetFen: 900_000, appliedFen: 0, committedFen: 0, paidFen: 0 })
  t.clock.advance(days(33))
  expect(await read()).toEqual({ quantity: 5, issued: 3, remaining: 2, claimed: 0, expired: 3, withdrawn: 0, budgetFen: 900_000, appliedFen: 0, committedFen: 0, paidFen: 0 })
})

test('closing stops the issuing: nobody claims any more, and a voucher already out stays hers and valid', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const programme = await openProgramme(t, token)
  const [early, late] = await realNamedCitizens(t, 2)
  if (!early || !late) throw new Error('no citizens')
  const voucher = await claimed(t, early.token, programme.id)
  const closed = await expectOk(await t.call('POST', `/api/training/programmes/${programme.id}/close`, { token }), Programme)
  expect(closed).toMatchObject({ status: 'closed', ledger: { issued: 1, claimed: 1 } })
  expect((await programmeRow(t, programme.id)).closedAt).toBe(t.clock.now().toISOString())
  expect((await t.call('POST', `/api/training/programmes/${programme.id}/claim`, { token: late.token, idempotencyKey: 'claim-after-close' })).status).toBe(409)
  expect(await claimed(t, early.token, programme.id, 'claim-again-after-close')).toEqual(voucher)
  expect((await auditRows(t)).map((row) => row.action)).toContain('training.closeProgramme')
})

test('the officer picks from the training institutions of her region, by name, and may approve them for a programme', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const institution = await userIdOf(t, 'institution-demo')
  const institutions = await expectOk(await t.call('GET', '/api/training/institutions', { token }), TrainingInstitutions)
  expect(institutions).toEqual({ items: [{ id: institution, name: '温州技师培训学校', regionCode: '330302' }] })
  const programme = await openProgramme(t, token, { institutionIds: [institution, institution] })
  expect(programme.institutionIds).toEqual([institution])
})
