import { expect, test } from 'vitest'
import { doubleWageWindow } from '@renshe/shared/contracts/terms'
import { loadConfig } from '../../config'
import { portalJobs } from '../../serve'
import { days } from '../../platform/clock'
import { noContractTold, queuedNoContract, zhaoFirstMonthAtOujiang, zhaoOnHongdaPayroll } from '../../testing/contract-notices'
import { created, signedByEmployer, signedContract } from '../../testing/contracts-flows'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { hired, openPost } from '../../testing/jobs-application-flows'
import { sampleJobPost } from '../../testing/jobs-samples'
import { userIdOf } from '../../testing/wages-flows'
import { contractsJob, runContractsJobs } from './no-contract'

test('the server runs the contracts job every CONTRACTS_JOB_INTERVAL_SECONDS, and not at all with 0', () => {
  const every = (env: Record<string, string>) => {
    const loaded = loadConfig(env)
    if (!loaded.ok) throw new Error(loaded.message)
    return portalJobs(loaded.config).find((job) => job.name === contractsJob)?.seconds
  }
  expect(every({})).toBe(3600)
  expect(every({ CONTRACTS_JOB_INTERVAL_SECONDS: '600' })).toBe(600)
  expect(every({ CONTRACTS_JOB_INTERVAL_SECONDS: '0' })).toBe(0)
})

test('a worker on an employer’s payroll for months without a written contract is told once what she is owed, in the inbox and by WeChat', async () => {
  const t = await createTestContext()
  const worker = await t.login('worker-zhao')
  const startedOn = `${await zhaoFirstMonthAtOujiang(t)}-01`
  const window = doubleWageWindow(startedOn)
  expect(window.from <= '2026-11-29').toBe(true)

  expect(await runContractsJobs(t.deps)).toEqual({ noContractTold: 1 })
  expect(await noContractTold(t, worker)).toEqual([{ employerName: '温州瓯江建设有限公司', startedOn, doubleFrom: window.from, doubleUntil: window.until }])
  const [message] = (await queuedNoContract(t)).map((row) => ({ userId: row.userId, link: row.link }))
  expect(message).toEqual({ userId: await userIdOf(t, 'worker-zhao'), link: `/features/contracts/pages/no-contract/index?startedOn=${startedOn}` })
  const told = (await auditRows(t)).filter((row) => row.action === 'contracts.tellNoWrittenContract')
  expect(told.map((row) => [row.kind, row.actorUserId, row.subjectUserId])).toEqual([['write', null, await userIdOf(t, 'worker-zhao')]])

  // Told once: the next runs, and the days after, tell nothing more.
  expect(await runContractsJobs(t.deps)).toEqual({ noContractTold: 0 })
  t.clock.advance(days(40))
  expect(await runContractsJobs(t.deps)).toEqual({ noContractTold: 0 })
  expect(await noContractTold(t, await t.login('worker-zhao'))).toHaveLength(1)
  expect(await queuedNoContract(t)).toHaveLength(1)
})

test('a worker with a contract signed with that employer is not told; one merely drafted or put to her does not count', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  await signedContract(t)
  expect(await runContractsJobs(t.deps)).toEqual({ noContractTold: 0 })
  expect(await noContractTold(t, await t.login('worker-zhao'))).toEqual([])

  const other = await createTestContext()
  const employer = await other.login('employer-demo')
  await created(other, { token: employer })
  await signedByEmployer(other, employer, (await created(other, { token: employer })).id)
  expect(await runContractsJobs(other.deps)).toEqual({ noContractTold: 1 })
})

test('a worker is told a month after her first month on an employer’s payroll began, not before; about each employer on its own', async () => {
  const t = await createTestContext()
  await runContractsJobs(t.deps)
  // This month is her first with 鹿城鸿达: not yet a month.
  await zhaoOnHongdaPayroll(t, '2026-11')
  expect(await runContractsJobs(t.deps)).toEqual({ noContractTold: 0 })
  t.clock.advance(days(1))
  expect(await runContractsJobs(t.deps)).toEqual({ noContractTold: 0 })
  // 1 December: a month since 1 November.
  t.clock.advance(days(1))
  expect(await runContractsJobs(t.deps)).toEqual({ noContractTold: 1 })
  const hongda = (await noContractTold(t, await t.login('worker-zhao'))).find((params) => params.employerName === '鹿城鸿达劳务有限公司')
  expect(hongda).toEqual({ employerName: '鹿城鸿达劳务有限公司', startedOn: '2026-11-01', doubleFrom: '2026-12-01', doubleUntil: '2027-11-01' })
})

test('a worker the jobs module records as hired to a full-time post is told a month after she started, from the post’s start day; a part-time hire is not', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  // The payroll's own notice of the seed, out of the way first.
  await runContractsJobs(t.deps)
  const fullTime = await openPost(t, { ...sampleJobPost, title: '仓库理货员（全职）', kind: 'full_time', pay: { amountFen: 600_000, unit: 'month' }, startDate: '2026-12-07', endDate: null })
  const partTime = await openPost(t, sampleJobPost)
  await hired(t, 'citizen-zhang', fullTime)
  await hired(t, 'elder-wang', partTime)
  // 6 January: not yet a month since 7 December.
  t.clock.set('2027-01-06T02:00:00.000Z')
  expect(await runContractsJobs(t.deps)).toEqual({ noContractTold: 0 })
  t.clock.set('2027-01-07T02:00:00.000Z')
  expect(await runContractsJobs(t.deps)).toEqual({ noContractTold: 1 })
  expect(await noContractTold(t, await t.login('citizen-zhang'))).toContainEqual({ employerName: '温州瓯江建设有限公司', startedOn: '2026-12-07', doubleFrom: '2027-01-07', doubleUntil: '2027-12-07' })
  expect(await runContractsJobs(t.deps)).toEqual({ noContractTold: 0 })
})
