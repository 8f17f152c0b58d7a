import { expect, test } from 'vitest'
import { devPartnerKeys, seededRetireeIds } from '../../db/seed/retiree'
import { createTestContext } from '../../testing/harness'
import { accountOf, auditOf, faceCheck, paymentRows, pensionerRow, runJobs, sentLifeSignal, setChinaDate } from '../../testing/retiree-flows'
import { inboxOf } from '../../testing/wages-flows'

const sun = seededRetireeIds.pensioners.sun

test('sun is reminded, warned, suspended and held back; certifying later pays the held months at once and payments go on', async () => {
  const t = await createTestContext()
  await runJobs(t)
  await runJobs(t)

  setChinaDate(t, '2026-12-10')
  await runJobs(t)
  expect((await paymentRows(t, sun)).at(-1)).toMatchObject({ month: '2026-12', status: 'paid', paidOn: '2026-12-10', arrears: false })

  setChinaDate(t, '2027-01-08')
  await runJobs(t)
  expect((await pensionerRow(t, sun)).status).toBe('active')
  setChinaDate(t, '2027-01-09')
  await runJobs(t)
  expect((await pensionerRow(t, sun)).status).toBe('suspended')
  for (const date of ['2027-01-10', '2027-02-10']) {
    setChinaDate(t, date)
    await runJobs(t)
  }
  let token = await t.login('retiree-sun')
  const held = await accountOf(t, { token })
  expect(held).toMatchObject({ status: 'suspended', heldFen: 2 * 412_500, certification: { state: 'suspended', dueDate: '2026-12-09', suspendsOn: '2027-01-09' } })
  expect(held.payments.slice(0, 3).map((p) => [p.month, p.status])).toEqual([
    ['2027-02', 'held'],
    ['2027-01', 'held'],
    ['2026-12', 'paid'],
  ])

  setChinaDate(t, '2027-02-15')
  token = await t.login('retiree-sun')
  const certified = await faceCheck(t, token, 'pass')
  expect(certified.certification).toMatchObject({ state: 'certified', cycleStart: '2027-02-15', dueDate: '2028-02-15' })
  const resumed = await accountOf(t, { token })
  expect(resumed).toMatchObject({ status: 'active', heldFen: 0 })
  expect(resumed.payments.slice(0, 2)).toEqual([
    { month: '2027-02', amountFen: 412_500, status: 'paid', paidOn: '2027-02-15', arrears: true },
    { month: '2027-01', amountFen: 412_500, status: 'paid', paidOn: '2027-02-15', arrears: true },
  ])

  setChinaDate(t, '2027-03-10')
  await runJobs(t)
  expect((await paymentRows(t, sun)).at(-1)).toMatchObject({ month: '2027-03', status: 'paid', paidOn: '2027-03-10', arrears: false })

  token = await t.login('retiree-sun')
  // Messages of one instant in the order of their template: certified and resumed come together.
  const messages = (await inboxOf(t, token))
    .filter((m) => m.template.startsWith('retiree.'))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.template.localeCompare(b.template))
  expect(messages.map((m) => [m.template, m.params])).toEqual([
    ['retiree.dueSoon', { dueDate: '2026-12-09', daysLeft: 10 }],
    ['retiree.overdue', { dueDate: '2026-12-09', suspendsOn: '2027-01-09' }],
    ['retiree.suspended', { dueDate: '2026-12-09' }],
    ['retiree.certified', { method: 'face', certifiedOn: '2027-02-15', nextDueDate: '2028-02-15' }],
    ['retiree.resumed', { months: 2, fromMonth: '2027-01', toMonth: '2027-02', amountFen: 825_000 }],
  ])
})

test('a run that comes late catches up month by month: what fell due before the suspension is paid, what fell after is held', async () => {
  const t = await createTestContext()
  setChinaDate(t, '2027-02-11')
  await runJobs(t)
  expect((await pensionerRow(t, sun)).status).toBe('suspended')
  expect((await paymentRows(t, sun)).slice(-3).map((p) => [p.month, p.status, p.paidOn])).toEqual([
    ['2026-12', 'paid', '2027-02-11'],
    ['2027-01', 'held', null],
    ['2027-02', 'held', null],
  ])
  const templates = (await inboxOf(t, await t.login('retiree-sun'))).map((m) => m.template)
  expect(templates.filter((template) => template.startsWith('retiree.'))).toEqual(['retiree.suspended'])
  // The payment run is a write like any other: one audit row per pensioner and run.
  expect((await auditOf(t, 'retiree.pay')).filter((row) => row.objectId === sun)).toEqual([expect.objectContaining({ kind: 'write', actorUserId: null })])
})

test('running the jobs again the same day changes nothing', async () => {
  const t = await createTestContext()
  const first = await runJobs(t)
  expect(first.dueSoonNotices).toBeGreaterThan(0)
  const second = await runJobs(t)
  expect({ ...second, outbound: null }).toEqual({ dueSoonNotices: 0, overdueNotices: 0, suspended: 0, paid: 0, held: 0, offers: 0, outbound: null })
})

test('a suspended pensioner’s months stay held until she certifies; a death record ends the run for her', async () => {
  const t = await createTestContext()
  setChinaDate(t, '2026-12-10')
  await runJobs(t)
  expect((await paymentRows(t, seededRetireeIds.pensioners.wu)).at(-1)).toMatchObject({ month: '2026-12', status: 'held' })
  await sentLifeSignal(t, devPartnerKeys.bank, { signalId: 'B-WU', idNumber: '330302194807214020', kind: 'bank_counter' })
  expect((await paymentRows(t, seededRetireeIds.pensioners.wu)).slice(-3).map((p) => [p.month, p.status, p.arrears])).toEqual([
    ['2026-10', 'paid', true],
    ['2026-11', 'paid', true],
    ['2026-12', 'paid', true],
  ])
})

test('the cycle is configurable: with 24 months, elder-wang has a year more', async () => {
  const t = await createTestContext({ env: { RETIREE_CYCLE_MONTHS: '24' } })
  const { certification } = await accountOf(t, { token: await t.login('elder-wang') })
  expect(certification).toMatchObject({ state: 'certified', dueDate: '2027-12-19', daysLeft: 385 })
})

test('two runs at once (two instances, or a run taken over from one thought dead) pay each month once and send each notice once', async () => {
  const alone = await createTestContext()
  setChinaDate(alone, '2026-12-10')
  const once = await runJobs(alone)

  const t = await createTestContext()
  setChinaDate(t, '2026-12-10')
  const [a, b] = await Promise.all([runJobs(t), runJobs(t)])
  const counted = (key: 'dueSoonNotices' | 'overdueNotices' | 'suspended' | 'paid' | 'held' | 'offers') => a[key] + b[key]
  expect({ dueSoon: counted('dueSoonNotices'), overdue: counted('overdueNotices'), suspended: counted('suspended'), paid: counted('paid'), held: counted('held'), offers: counted('offers') }).toEqual({
    dueSoon: once.dueSoonNotices,
    overdue: once.overdueNotices,
    suspended: once.suspended,
    paid: once.paid,
    held: once.held,
    offers: once.offers,
  })
  expect((await paymentRows(t, sun)).filter((p) => p.month === '2026-12')).toHaveLength(1)
  expect((await inboxOf(t, await t.login('retiree-sun'))).filter((m) => m.template === 'retiree.overdue')).toHaveLength(1)
})
