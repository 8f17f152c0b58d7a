import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { overpayments, partnerSignals } from '../../db/schema'
import { devPartnerKeys, seededRetireeIds } from '../../db/seed/retiree'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { auditOf, certificationRows, deathRecord, lifeSignal, pensionerRow, sentLifeSignal } from '../../testing/retiree-flows'
import { sampleNonPensionerIdNumber } from '../../testing/retiree-samples'

const zhou = { id: seededRetireeIds.pensioners.zhou, idNumber: '330302193809031012' }
const wang = { id: seededRetireeIds.pensioners.wang, idNumber: '330302194406080025' }

test('a level-1 key (a hospital, a bank) cannot send a death record: 403, nothing stops, and the refusal is on the hospital’s record', async () => {
  const t = await createTestContext()
  for (const key of [devPartnerKeys.hospital, devPartnerKeys.bank, devPartnerKeys.transit]) {
    await expectProblem(await deathRecord(t, key, { recordId: 'FAKE-1', idNumber: zhou.idNumber, diedOn: '2026-11-01' }), 'forbidden')
  }
  expect(await pensionerRow(t, zhou.id)).toMatchObject({ status: 'active', diedOn: null })
  expect(await t.deps.db.read((q) => q.select().from(partnerSignals))).toEqual([])
  expect((await t.deps.db.read((q) => q.select().from(overpayments))).map((row) => row.pensionerId)).not.toContain(zhou.id)
  expect((await auditOf(t, 'partner.refused')).map((row) => row.actorUserId)).toEqual(['partner:partner-hospital', 'partner:partner-bank', 'partner:partner-transit'])
})

test('an unknown, missing or made-up key is refused with 401 and changes nothing', async () => {
  const t = await createTestContext()
  const signal = { signalId: 'X-1', idNumber: wang.idNumber }
  const before = await certificationRows(t, wang.id)
  for (const key of ['rp_dev_hospital_0000000000000000', `${devPartnerKeys.hospital}x`, devPartnerKeys.hospital.toUpperCase(), '']) {
    await expectProblem(await lifeSignal(t, key, signal), 'unauthenticated', { because: key })
  }
  await expectProblem(await t.call('POST', '/api/partner/life-signals', { body: { ...signal, kind: 'hospital_visit', observedAt: t.clock.now().toISOString() } }), 'unauthenticated')
  await expectProblem(await deathRecord(t, 'rp_nobody', { recordId: 'X-2', idNumber: zhou.idNumber, diedOn: '2026-11-01' }), 'unauthenticated')
  expect(await certificationRows(t, wang.id)).toEqual(before)
  expect((await pensionerRow(t, zhou.id)).status).toBe('active')
})

test('a session token is no partner key', async () => {
  const t = await createTestContext()
  const token = await t.login('admin')
  const response = await t.call('POST', '/api/partner/life-signals', { token, body: { signalId: 'S', idNumber: wang.idNumber, kind: 'hospital_visit', observedAt: t.clock.now().toISOString() } })
  await expectProblem(response, 'unauthenticated')
})

test('a partner learns nothing of who draws a pension: the receipt is the same for a pensioner, a stranger and the dead', async () => {
  const t = await createTestContext()
  const pensioner = await lifeSignal(t, devPartnerKeys.hospital, { signalId: 'R-1', idNumber: wang.idNumber })
  const stranger = await lifeSignal(t, devPartnerKeys.hospital, { signalId: 'R-2', idNumber: sampleNonPensionerIdNumber })
  await deathRecord(t, devPartnerKeys.civilAffairs, { recordId: 'D-1', idNumber: zhou.idNumber, diedOn: '2026-11-01' })
  const dead = await lifeSignal(t, devPartnerKeys.hospital, { signalId: 'R-3', idNumber: zhou.idNumber })
  const shapes = await Promise.all(
    [pensioner, stranger, dead].map(async (response) => ({ status: response.status, body: { ...((await response.json()) as object), reference: '' } })),
  )
  expect(shapes[1]).toEqual(shapes[0])
  expect(shapes[2]).toEqual(shapes[0])
  const death = await deathRecord(t, devPartnerKeys.civilAffairs, { recordId: 'D-2', idNumber: sampleNonPensionerIdNumber, diedOn: '2026-11-01' })
  expect(death.status).toBe(201)
})

test('partner calls are rate limited per partner: one partner over its limit does not stop another', async () => {
  const t = await createTestContext({ env: { PARTNER_RATE_LIMIT: '2' } })
  for (const n of [1, 2]) expect((await lifeSignal(t, devPartnerKeys.bank, { signalId: `B-${n}`, idNumber: sampleNonPensionerIdNumber })).status).toBe(201)
  const limited = await expectProblem(await lifeSignal(t, devPartnerKeys.bank, { signalId: 'B-3', idNumber: wang.idNumber }), 'rate_limited')
  expect(limited.retryAfterSeconds).toBeGreaterThan(0)
  expect((await certificationRows(t, wang.id)).some((row) => row.source === 'bank' && row.method === 'partner_signal' && row.signalId !== null)).toBe(false)
  expect((await lifeSignal(t, devPartnerKeys.hospital, { signalId: 'H-1', idNumber: sampleNonPensionerIdNumber })).status).toBe(201)
  expect((await auditOf(t, 'partner.refused')).map((row) => row.actorUserId)).toEqual(['partner:partner-bank'])
})

test('every accepted partner call is in the audit log under the partner, with the request id it was answered with', async () => {
  const t = await createTestContext()
  const signal = await lifeSignal(t, devPartnerKeys.transit, { signalId: 'T-9', idNumber: sampleNonPensionerIdNumber, kind: 'transit_ride' })
  const death = await deathRecord(t, devPartnerKeys.civilAffairs, { recordId: 'MZ-9', idNumber: sampleNonPensionerIdNumber, diedOn: '2026-11-01' })
  expect(await auditOf(t, 'partner.sendLifeSignal')).toEqual([
    expect.objectContaining({ actorUserId: 'partner:partner-transit', subjectUserId: null, requestId: signal.headers.get('x-request-id'), objectType: 'partner_signal' }),
  ])
  expect(await auditOf(t, 'partner.sendDeathRecord')).toEqual([
    expect.objectContaining({ actorUserId: 'partner:partner-civil-affairs', subjectUserId: null, requestId: death.headers.get('x-request-id') }),
  ])
})

test('the database keeps only the hash of a partner key', async () => {
  const t = await createTestContext()
  const dump = JSON.stringify(await t.deps.db.rows(sql`select * from partners`))
  for (const key of Object.values(devPartnerKeys)) expect(dump).not.toContain(key)
})

test('an ID number sent with a lower-case x is the same person: the check character is compared upper-case', async () => {
  const t = await createTestContext()
  await sentLifeSignal(t, devPartnerKeys.hospital, { signalId: 'LOW', idNumber: '33030219550312301x' })
  expect((await pensionerRow(t, seededRetireeIds.pensioners.sun)).cycleStart).toBe('2026-11-29')
})

test('an ID number sent with spaces around it and a lower-case x is the same person, in a sign of life and in a death record', async () => {
  const t = await createTestContext()
  await sentLifeSignal(t, devPartnerKeys.hospital, { signalId: 'PADDED', idNumber: ' 33030219550312301x ' })
  expect((await pensionerRow(t, seededRetireeIds.pensioners.sun)).cycleStart).toBe('2026-11-29')
  expect((await deathRecord(t, devPartnerKeys.civilAffairs, { recordId: 'MZ-PADDED', idNumber: ' 330302193809031012 ', diedOn: '2026-11-01' })).status).toBe(201)
  expect((await pensionerRow(t, zhou.id)).deathHoldId).not.toBeNull()
})

test('an ID number of someone born in 2099 is refused from a partner, as from a citizen', async () => {
  const t = await createTestContext()
  const unborn = '33030220990101100X'
  expect(await expectFieldErrors(await lifeSignal(t, devPartnerKeys.hospital, { signalId: 'UNBORN', idNumber: unborn }))).toEqual({ 'body.idNumber': 'idNumber.futureBirthDate' })
  const death = await deathRecord(t, devPartnerKeys.civilAffairs, { recordId: 'MZ-UNBORN', idNumber: unborn, diedOn: '2026-11-01' })
  expect(await expectFieldErrors(death)).toEqual({ 'body.idNumber': 'idNumber.futureBirthDate' })
})
