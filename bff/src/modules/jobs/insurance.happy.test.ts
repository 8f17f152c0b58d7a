import { expect, test } from 'vitest'
import { FlexibleEnrolment, FlexiblePayment, MyFlexibleInsurance, StartedPayment } from '@renshe/shared/jobs/insurance'
import { RecordsSummary, YearRecords } from '@renshe/shared/records/schemas'
import { days } from '../../platform/clock'
import { auditRows, meOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'

// Zhao Qiang's last employer paid his pension up to June 2025; the test clock stands in
// November 2026, when the province's (placeholder) average wage is 8,000 yuan a month.
const quarterly = { baseFen: 600_000, period: 'quarter', medical: true } as const

async function enrolled(t: TestContext) {
  const token = await t.login('worker-zhao')
  await expectOk(await t.call('PUT', '/api/jobs/insurance', { token, body: quarterly }), FlexibleEnrolment)
  return token
}

test('before enrolling, a worker sees the limits of this year, the periods on offer and that the channel is for development', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const insurance = await expectOk(await t.call('GET', '/api/jobs/insurance', { token }), MyFlexibleInsurance)
  expect(insurance).toEqual({
    enrolment: null,
    limits: { year: 2026, minFen: 480_000, maxFen: 2_400_000, placeholder: true },
    periodsAllowed: ['month', 'quarter', 'half_year', 'year'],
    next: null,
    payments: [],
    channel: 'development',
  })
})

test('a worker enrols quarterly in November: the first payment covers the rest of the quarter, at 20 % of the base, 8 % to her account', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const enrolment = await expectOk(await t.call('PUT', '/api/jobs/insurance', { token, body: quarterly }), FlexibleEnrolment)
  expect(enrolment).toEqual({ ...quarterly, regionCode: '330302', enrolledAt: t.clock.now().toISOString(), fromMonth: '2026-11', updatedAt: t.clock.now().toISOString() })
  const insurance = await expectOk(await t.call('GET', '/api/jobs/insurance', { token }), MyFlexibleInsurance)
  expect(insurance.next).toEqual({ months: ['2026-11', '2026-12'], perMonthFen: 120_000, totalFen: 240_000, personalAccountFen: 96_000 })
})

test('paying puts the months into the contribution record as paid by the worker, and closes the gap there', async () => {
  const t = await createTestContext()
  const token = await enrolled(t)
  const before = await expectOk(await t.call('GET', '/api/records/summary', { token }), RecordsSummary)
  expect(before.gaps.find((gap) => gap.type === 'pension')).toMatchObject({ from: '2025-07', ongoing: true })

  const started = await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'pay-2026-q4-0001' }), StartedPayment, 201)
  expect(started.payRequest).toBeNull()
  expect(started.payment).toMatchObject({ months: ['2026-11', '2026-12'], amountFen: 240_000, personalAccountFen: 96_000, baseFen: 600_000, status: 'paid', channel: 'development' })

  const year = await expectOk(await t.call('GET', '/api/records/years/2026?type=pension', { token }), YearRecords)
  expect(year.rows.filter((row) => row.month >= '2026-11')).toEqual(
    ['2026-11', '2026-12'].map((month) => ({
      month,
      type: 'pension',
      baseFen: 600_000,
      personalFen: 120_000,
      employerFen: 0,
      employerName: '灵活就业人员个人缴费',
      payer: 'flexible',
      regionCode: '330302',
    })),
  )
  // Once November and December have come due, the gap stops where the payments begin: no longer ongoing.
  t.clock.advance(days(35))
  const later = await t.login('worker-zhao')
  const after = await expectOk(await t.call('GET', '/api/records/summary', { token: later }), RecordsSummary)
  expect(after.gaps.find((gap) => gap.type === 'pension')).toMatchObject({ from: '2025-07', to: '2026-10', ongoing: false })
  expect(after.types.find((type) => type.type === 'pension')?.status).toBe('contributing')

  expect(await expectOk(await t.call('GET', `/api/jobs/insurance/payments/${started.payment.id}`, { token: later }), FlexiblePayment)).toEqual(started.payment)
})

test('a retry of the same start returns the same payment, and the months are paid once', async () => {
  const t = await createTestContext()
  const token = await enrolled(t)
  const first = await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'pay-2026-q4-0002' }), StartedPayment, 201)
  const again = await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'pay-2026-q4-0002' }), StartedPayment, 201)
  expect(again.payment).toEqual(first.payment)
  const year = await expectOk(await t.call('GET', '/api/records/years/2026?type=pension', { token }), YearRecords)
  expect(year.rows.filter((row) => row.payer === 'flexible').map((row) => row.month)).toEqual(['2026-11', '2026-12'])
})

test('a new base applies from the next payment, not to the one made', async () => {
  const t = await createTestContext()
  const token = await enrolled(t)
  await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'pay-2026-q4-0003' }), StartedPayment, 201)
  const paidThrough = await expectOk(await t.call('GET', '/api/jobs/insurance', { token }), MyFlexibleInsurance)
  expect(paidThrough.next).toBeNull()
  const changed = await expectOk(await t.call('PUT', '/api/jobs/insurance', { token, body: { ...quarterly, baseFen: 480_000, period: 'month' } }), FlexibleEnrolment)
  // The first enrolment's month and time stay; only what was chosen changes.
  expect(changed).toMatchObject({ baseFen: 480_000, period: 'month', fromMonth: '2026-11' })
  const insurance = await expectOk(await t.call('GET', '/api/jobs/insurance', { token }), MyFlexibleInsurance)
  expect(insurance.payments[0]?.baseFen).toBe(600_000)
  expect(insurance.next).toBeNull()
})

test('each read, enrolment, start and settlement leaves an audit row naming the worker', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const zhao = (await meOf(t, token)).id
  const before = (await auditRows(t)).length
  await expectOk(await t.call('PUT', '/api/jobs/insurance', { token, body: quarterly }), FlexibleEnrolment)
  const started = await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'pay-2026-q4-0004' }), StartedPayment, 201)
  await expectOk(await t.call('GET', '/api/jobs/insurance', { token }), MyFlexibleInsurance)
  await t.deps.audit.drain()
  const added = (await auditRows(t)).slice(before).filter((row) => row.action.startsWith('jobs.'))
  expect(added.map(({ action, kind, actorUserId, subjectUserId, objectId }) => ({ action, kind, actorUserId, subjectUserId, objectId }))).toEqual([
    { action: 'jobs.enrolFlexible', kind: 'write', actorUserId: zhao, subjectUserId: zhao, objectId: zhao },
    { action: 'jobs.startFlexiblePayment', kind: 'write', actorUserId: zhao, subjectUserId: zhao, objectId: started.payment.id },
    // The first paid period offers the subsidy (decision 054).
    { action: 'jobs.offerSubsidy', kind: 'write', actorUserId: zhao, subjectUserId: zhao, objectId: expect.any(String) as string },
    { action: 'jobs.flexiblePaymentPaid', kind: 'write', actorUserId: zhao, subjectUserId: zhao, objectId: started.payment.id },
    { action: 'jobs.getMyFlexibleInsurance', kind: 'read', actorUserId: zhao, subjectUserId: zhao, objectId: zhao },
  ])
})

test('in a new year without published limits, paying asks for the limits first, with the reason in the worker’s language', async () => {
  const t = await createTestContext()
  const token = await enrolled(t)
  await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'pay-2026-q4-0005' }), StartedPayment, 201)
  t.clock.advance(days(40))
  const january = await t.login('worker-zhao')
  const insurance = await expectOk(await t.call('GET', '/api/jobs/insurance', { token: january }), MyFlexibleInsurance)
  expect(insurance.limits).toBeNull()
  expect(insurance.next?.months).toEqual(['2027-01', '2027-02', '2027-03'])
  const refused = await t.call('POST', '/api/jobs/insurance/payments', { token: january, idempotencyKey: 'pay-2027-q1-0001', headers: { 'accept-language': 'en' } })
  expect(refused.status).toBe(400)
  const problem = (await refused.json()) as { errors: { path: string; message: string }[] }
  expect(problem.errors).toEqual([expect.objectContaining({ path: 'baseFen', message: expect.stringMatching(/year/i) })])
})
