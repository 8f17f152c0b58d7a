import { expect, test } from 'vitest'
import { seededTrainingIds } from '../../db/seed/training'
import { days } from '../../platform/clock'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { claim, claimed, closeSeededProgrammes, myTraining, openProgramme, programmeRow, realNamedCitizens, runTraining, voucherRows } from '../../testing/training-flows'

async function refusedWith(response: Response, key: string, code: 'conflict' | 'illegal_transition' = 'conflict') {
  const problem = await expectProblem(response, code)
  expect(problem.errors?.map((error) => error.key), key).toEqual([key])
  return problem
}

async function twoCitizens(t: TestContext) {
  const [first, second] = await realNamedCitizens(t, 2)
  if (!first || !second) throw new Error('no citizens')
  return [first, second] as const
}

test('claiming when she does not qualify is refused with the reason: too old for the programme, or of another region', async () => {
  const t = await createTestContext()
  // Wang is 82; the seeded programme is for 16 to 60.
  const wang = await t.login('elder-wang')
  expect((await myTraining(t, wang)).claimable).toEqual([])
  await refusedWith(await claim(t, wang, seededTrainingIds.programmes.general), 'training.notEligible')
  const [ouhai] = await realNamedCitizens(t, 1, { regionCode: '330304' })
  await refusedWith(await claim(t, ouhai?.token ?? '', seededTrainingIds.programmes.general), 'training.notEligible')
  expect(await voucherRows(t)).toEqual([])
})

test('claiming from a closed programme, one past its last day, or a targeted one is refused with the reason', async () => {
  const t = await createTestContext()
  await closeSeededProgrammes(t)
  const officer = await t.login('officer-liu')
  const [citizen] = await twoCitizens(t)
  const closed = await openProgramme(t, officer)
  await t.call('POST', `/api/training/programmes/${closed.id}/close`, { token: officer })
  await refusedWith(await claim(t, citizen.token, closed.id), 'training.programmeClosed')
  const targeted = await openProgramme(t, officer, { reach: 'targeted' })
  await refusedWith(await claim(t, citizen.token, targeted.id), 'training.targeted')
  const ending = await openProgramme(t, officer, { validFrom: '2026-11-29', validUntil: '2026-11-30' })
  t.clock.advance(days(2))
  await refusedWith(await claim(t, await t.login(citizen.userId), ending.id, 'claim-after-the-end'), 'training.programmeClosed')
  expect(await voucherRows(t)).toEqual([])
  await expectProblem(await claim(t, await t.login(citizen.userId), 'zzzzzzzzzzzzzzzzzzzzzzzzzz'), 'not_found')
})

test('when none is left, the next claim is refused with the reason and takes nothing', async () => {
  const t = await createTestContext()
  await closeSeededProgrammes(t)
  const [first, second] = await twoCitizens(t)
  const programme = await openProgramme(t, await t.login('officer-liu'), { quantity: 1 })
  await claimed(t, first.token, programme.id)
  expect((await myTraining(t, second.token)).claimable).toEqual([])
  await refusedWith(await claim(t, second.token, programme.id), 'training.noneLeft')
  expect((await programmeRow(t, programme.id)).issued).toBe(1)
})

test('a pushed voucher accepted after its last day is refused as expired and stays unclaimed', async () => {
  const t = await createTestContext()
  await runTraining(t)
  const token = await t.login('citizen-zhang')
  const [pushed] = (await myTraining(t, token)).vouchers
  t.clock.advance(days(400))
  const late = await t.login('citizen-zhang')
  await refusedWith(await t.call('POST', `/api/training/vouchers/${pushed?.id}/accept`, { token: late }), 'training.expired')
  expect((await voucherRows(t)).map((row) => [row.status, row.claimedAt])).toEqual([['issued', null]])
  await expectProblem(await t.call('POST', '/api/training/vouchers/zzzzzzzzzzzzzzzzzzzzzzzzzz/accept', { token: late }), 'not_found')
})
