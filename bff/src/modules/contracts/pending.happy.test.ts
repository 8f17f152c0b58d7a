import { expect, test } from 'vitest'
import { z } from 'zod'
import { PendingItem } from '@renshe/shared/inbox/schemas'
import { created, signedByEmployer, signedByWorker } from '../../testing/contracts-flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'

const Pending = z.object({ items: z.array(PendingItem) })
const contractKinds: readonly PendingItem['kind'][] = ['contracts_to_sign', 'contract_drafts']

async function contractItemsOf(t: TestContext, token: string): Promise<PendingItem[]> {
  return (await expectOk(await t.call('GET', '/api/inbox/pending', { token }), Pending)).items.filter((item) => contractKinds.includes(item.kind))
}

test('a contract put to the worker is on her Home until she signs it, linked when there is one; the employer sees its drafts waiting for its signature', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const worker = await t.login('worker-zhao')
  expect(await contractItemsOf(t, worker)).toEqual([])
  const first = await created(t, { token: employer })
  // A draft is the employer's to sign; she knows nothing of it yet.
  expect(await contractItemsOf(t, employer)).toEqual([{ kind: 'contract_drafts', count: 1, contractId: first.id }])
  expect(await contractItemsOf(t, worker)).toEqual([])
  await signedByEmployer(t, employer, first.id)
  expect(await contractItemsOf(t, employer)).toEqual([])
  expect(await contractItemsOf(t, worker)).toEqual([{ kind: 'contracts_to_sign', count: 1, contractId: first.id }])
  const second = await created(t, { token: employer })
  await signedByEmployer(t, employer, second.id)
  expect(await contractItemsOf(t, worker)).toEqual([{ kind: 'contracts_to_sign', count: 2, contractId: null }])
  await signedByWorker(t, worker, first.id)
  expect(await contractItemsOf(t, worker)).toEqual([{ kind: 'contracts_to_sign', count: 1, contractId: second.id }])
})
