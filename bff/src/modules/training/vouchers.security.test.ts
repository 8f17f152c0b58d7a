import { expect, test } from 'vitest'
import { Voucher } from '@renshe/shared/training/schemas'
import { seededTrainingIds } from '../../db/seed/training'
import { databaseDump } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { claim, closeSeededProgrammes, myTraining, openProgramme, programmeRow, realNamedCitizens, runTraining, voucherRows } from '../../testing/training-flows'

test('200 eligible people claiming the last 10 vouchers at once get exactly 10: the programme never gives more than it holds', { timeout: 120_000 }, async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '1000' } })
  await closeSeededProgrammes(t)
  const programme = await openProgramme(t, await t.login('officer-liu'), { quantity: 50 })
  // 40 of the 50 are out already: 10 are left for the crowd.
  const early = await realNamedCitizens(t, 40, { prefix: 'early' })
  for (const citizen of early) expect((await claim(t, citizen.token, programme.id)).status).toBe(201)
  const crowd = await realNamedCitizens(t, 200, { prefix: 'crowd', from: 40 })
  const responses = await Promise.all(crowd.map((citizen) => claim(t, citizen.token, programme.id, 'claim-crowd-0001')))
  const statuses = responses.map((response) => response.status)
  expect(statuses.filter((status) => status === 201)).toHaveLength(10)
  expect(statuses.filter((status) => status === 409)).toHaveLength(190)
  const refused = await Promise.all(responses.filter((response) => response.status === 409).map((response) => response.json() as Promise<{ errors?: { key: string }[] }>))
  expect(new Set(refused.map((problem) => problem.errors?.[0]?.key))).toEqual(new Set(['training.noneLeft']))
  const row = await programmeRow(t, programme.id)
  expect(row.issued).toBe(row.quantity)
  const vouchers = await voucherRows(t)
  expect(vouchers).toHaveLength(50)
  expect(new Set(vouchers.map((voucher) => voucher.holderUserId)).size).toBe(50)
  expect(new Set(vouchers.map((voucher) => voucher.number)).size).toBe(50)
})

test('one person claiming many times at once, with different keys, gets one voucher, and every answer is that voucher', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const responses = await Promise.all(Array.from({ length: 8 }, (_, i) => claim(t, token, seededTrainingIds.programmes.general, `claim-race-key-000${i}`)))
  const vouchers = await Promise.all(responses.map((response) => expectOk(response, Voucher, 201)))
  expect(new Set(vouchers.map((voucher) => voucher.id)).size).toBe(1)
  expect(await voucherRows(t)).toHaveLength(1)
  expect((await programmeRow(t, seededTrainingIds.programmes.general)).issued).toBe(1)
})

test('someone else’s voucher does not exist for her: she cannot accept it, her replayed key does not show it, and her list holds only her own', async () => {
  const t = await createTestContext()
  await runTraining(t)
  const zhang = await t.login('citizen-zhang')
  const [pushed] = (await myTraining(t, zhang)).vouchers
  const [other] = await realNamedCitizens(t, 1)
  const token = other?.token ?? ''
  const problem = await expectProblem(await t.call('POST', `/api/training/vouchers/${pushed?.id}/accept`, { token }), 'not_found')
  expect(JSON.stringify(problem)).not.toContain(pushed?.number ?? 'no number')
  expect((await voucherRows(t)).map((row) => row.status)).toEqual(['issued'])
  expect((await myTraining(t, token)).vouchers).toEqual([])
  // Zhang's claim key sent by another person is hers alone: it runs as a claim of the other's own.
  await claim(t, zhang, seededTrainingIds.programmes.general, 'claim-shared-key')
  const theirs = await expectOk(await claim(t, token, seededTrainingIds.programmes.general, 'claim-shared-key'), Voucher, 201)
  expect(theirs.id).not.toBe((await myTraining(t, zhang)).vouchers.find((voucher) => voucher.reach === 'general')?.id)
})

test('officers, employers, institutions and grid staff cannot claim or accept; a grid staff member cannot do it for a citizen', async () => {
  const t = await createTestContext()
  await runTraining(t)
  const [pushed] = (await myTraining(t, await t.login('citizen-zhang'))).vouchers
  for (const account of ['officer-liu', 'employer-demo', 'institution-demo', 'staff-zhou']) {
    const token = await t.login(account)
    await expectProblem(await claim(t, token, seededTrainingIds.programmes.general, `claim-by-${account}`), 'forbidden', { because: account })
    await expectProblem(await t.call('POST', `/api/training/vouchers/${pushed?.id}/accept`, { token }), 'forbidden', { because: account })
  }
  const chen = await t.login('staff-chen')
  const grants = (await (await t.call('GET', '/api/proxy/clients', { token: chen })).json()) as { clients: { grantId: string }[] }
  const grantId = grants.clients[0]?.grantId ?? ''
  await expectProblem(await t.call('POST', `/api/training/programmes/${seededTrainingIds.programmes.general}/claim`, { token: chen, actingFor: grantId, idempotencyKey: 'claim-by-proxy-0001' }), 'proxy_not_allowed')
  expect((await voucherRows(t)).map((row) => row.status)).toEqual(['issued'])
})

test('a voucher holds no personal data in clear: no name, no ID number', async () => {
  const t = await createTestContext()
  await closeSeededProgrammes(t)
  const programme = await openProgramme(t, await t.login('officer-liu'))
  const [citizen] = await realNamedCitizens(t, 1)
  await claim(t, citizen?.token ?? '', programme.id)
  const dump = await databaseDump(t)
  expect(dump).not.toContain('学员000')
  expect(dump).not.toContain('330302199506101')
})
