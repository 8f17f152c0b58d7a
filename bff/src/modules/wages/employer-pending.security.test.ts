import { expect, test } from 'vitest'
import { z } from 'zod'
import { PendingItem } from '@renshe/shared/inbox/schemas'
import { seededWageIds } from '../../db/seed/wages'
import { addOuhaiEmployer } from '../../testing/employer-accounts'
import { seededGrantOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { acted, seededCase } from '../../testing/wages-flows'

const Pending = z.object({ items: z.array(PendingItem) })

async function homeOf(t: TestContext, as: { token: string; actingFor?: string }): Promise<PendingItem[]> {
  return (await expectOk(await t.call('GET', '/api/inbox/pending', as), Pending)).items
}

const employerKinds: readonly PendingItem['kind'][] = ['wages_to_answer', 'payroll_missing']
const employerItemsOf = (items: readonly PendingItem[]) => items.filter((item) => employerKinds.includes(item.kind))

test('another employer’s Home holds none of employer-demo’s complaints or missing months', async () => {
  const t = await createTestContext()
  await addOuhaiEmployer(t)
  expect(employerItemsOf(await homeOf(t, { token: await t.login('employer-demo') })).map((item) => item.kind)).toEqual(employerKinds)
  // Ouhai's own complaint is closed and its finished project's payroll complete: nothing waits for it.
  expect(await homeOf(t, { token: await t.login('employer-xincheng') })).toEqual([])
})

test('a complaint accepted against another organisation is not counted for employer-demo', async () => {
  const t = await createTestContext()
  const hongda = await seededCase(t, 'citizen-zhang', 'submitted')
  expect(hongda.employerId).toBe(seededWageIds.employers.hongda)
  await acted(t, { token: await t.login('officer-liu') }, hongda.id, { kind: 'accept' })
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  expect(employerItemsOf(await homeOf(t, { token: await t.login('employer-demo') }))[0]).toEqual({ kind: 'wages_to_answer', count: 1, caseId: mediating.id })
})

test('workers, officers, supervisors, grid staff and helpers acting for a worker get no employer items', async () => {
  const t = await createTestContext()
  for (const account of ['worker-zhao', 'citizen-zhang', 'officer-liu', 'officer-huang', 'supervisor-wu', 'staff-chen', 'admin']) {
    expect(employerItemsOf(await homeOf(t, { token: await t.login(account) })), account).toEqual([])
  }
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  expect(employerItemsOf(await homeOf(t, { token: chen, actingFor: grantId }))).toEqual([])
})
