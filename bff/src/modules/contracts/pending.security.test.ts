import { expect, test } from 'vitest'
import { z } from 'zod'
import { PendingItem } from '@renshe/shared/inbox/schemas'
import { created, signedByEmployer } from '../../testing/contracts-flows'
import { addOuhaiEmployer } from '../../testing/employer-accounts'
import { grantProxy } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'

const Pending = z.object({ items: z.array(PendingItem) })
const contractKinds: readonly PendingItem['kind'][] = ['contracts_to_sign', 'contract_drafts']

async function contractItemsOf(t: TestContext, as: { token: string; headers?: Record<string, string> }): Promise<PendingItem[]> {
  return (await expectOk(await t.call('GET', '/api/inbox/pending', as), Pending)).items.filter((item) => contractKinds.includes(item.kind))
}

test('nobody but the worker sees the contract put to her, and nobody but its employer the draft: not another employer, another citizen, an officer, nor grid staff acting for her', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  await addOuhaiEmployer(t)
  const employer = await t.login('employer-demo')
  await created(t, { token: employer })
  const sent = await created(t, { token: employer })
  await signedByEmployer(t, employer, sent.id)
  for (const account of ['employer-xincheng', 'citizen-zhang', 'elder-wang', 'officer-liu', 'staff-chen', 'admin']) {
    expect(await contractItemsOf(t, { token: await t.login(account) }), account).toEqual([])
  }
  const grant = await grantProxy(t, await t.login('worker-zhao'), { staffCode: 'WG330302001', scopes: ['wages.file', 'disputes.file', 'profile.read', 'inbox.read'] })
  expect(await contractItemsOf(t, { token: await t.login('staff-chen'), headers: { 'x-acting-for': grant.id } })).toEqual([])
})
