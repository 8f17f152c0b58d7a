import { expect, test } from 'vitest'
import { contractNotices } from '../../db/schema'
import { noContractTold, queuedNoContract } from '../../testing/contract-notices'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { runContractsJobs, tellWorkersWithoutContract } from './no-contract'

test('two runs at once, as two instances racing would, tell her once: one message, one queued for WeChat, one audit row', async () => {
  const t = await createTestContext()
  const runs = await Promise.all([tellWorkersWithoutContract(t.deps), tellWorkersWithoutContract(t.deps), runContractsJobs(t.deps)])
  expect(runs[0] + runs[1] + runs[2].noContractTold).toBe(1)
  expect(await noContractTold(t, await t.login('worker-zhao'))).toHaveLength(1)
  expect(await queuedNoContract(t)).toHaveLength(1)
  expect((await auditRows(t)).filter((row) => row.action === 'contracts.tellNoWrittenContract')).toHaveLength(1)
  expect(await t.deps.db.read((q) => q.select().from(contractNotices))).toHaveLength(1)
})

test('the notice goes to the worker alone, says nothing of her but the employer and days, and workers without an account are not looked for', async () => {
  const t = await createTestContext()
  expect(await runContractsJobs(t.deps)).toEqual({ noContractTold: 1 })
  for (const account of ['employer-demo', 'citizen-zhang', 'elder-wang', 'staff-chen', 'officer-liu']) {
    expect(await noContractTold(t, await t.login(account)), account).toEqual([])
  }
  const [told] = await noContractTold(t, await t.login('worker-zhao'))
  expect(Object.keys(told ?? {}).sort()).toEqual(['doubleFrom', 'doubleUntil', 'employerName', 'startedOn'])
  // The seed's other workers on the payroll have no account: no notice row names them.
  const rows = await t.deps.db.read((q) => q.select().from(contractNotices))
  expect(rows.map((row) => row.workerIdNumberIndex)).toEqual([t.deps.blindIndex('id_number', '511321198803124572')])
  const [queued] = await queuedNoContract(t)
  expect(queued?.link).not.toContain(encodeURIComponent('瓯江'))
  expect(queued?.link).not.toContain('瓯江')
})
