import { expect, test } from 'vitest'
import { assistanceOffers } from '../../db/schema'
import { devPartnerKeys } from '../../db/seed/retiree'
import { grantProxy, seededGrantOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { auditOf, offersOf, sentLifeSignal } from '../../testing/retiree-flows'

async function wangOffer(t: TestContext): Promise<string> {
  await sentLifeSignal(t, devPartnerKeys.hospital, { signalId: 'H-1', idNumber: '330302194406080025' })
  const [offer] = await offersOf(t, { token: await t.login('elder-wang') })
  if (!offer) throw new Error('elder-wang has an offer once certified')
  return offer.id
}

test('another pensioner cannot confirm elder-wang’s offer: it does not exist for her', async () => {
  const t = await createTestContext()
  const id = await wangOffer(t)
  await expectProblem(await t.call('POST', `/api/retiree/assistance/${id}/confirm`, { token: await t.login('retiree-wu') }), 'not_found')
  expect(await offersOf(t, { token: await t.login('retiree-wu') })).toEqual([])
  expect((await t.deps.db.read((q) => q.select().from(assistanceOffers))).every((offer) => offer.status === 'offered')).toBe(true)
})

test('a grid worker without a grant cannot confirm someone’s assistance, nor with a grant that lacks retiree.assist', async () => {
  const t = await createTestContext()
  const id = await wangOffer(t)
  const zhou = await t.login('staff-zhou')
  await expectProblem(await t.call('POST', `/api/retiree/assistance/${id}/confirm`, { token: zhou }), 'forbidden')
  const { grantId } = await seededGrantOf(t, await t.login('staff-chen'))
  await expectProblem(await t.call('POST', `/api/retiree/assistance/${id}/confirm`, { token: zhou, actingFor: grantId }), 'proxy_grant_invalid')
  // staff-chen is a citizen too, but not elder-wang: on his own he draws no pension.
  await expectProblem(await t.call('POST', `/api/retiree/assistance/${id}/confirm`, { token: await t.login('staff-chen') }), 'not_found')

  const sun = await t.login('retiree-sun')
  const narrow = await grantProxy(t, sun, { staffCode: 'WG330302002', scopes: ['records.read'] })
  await expectProblem(await t.call('POST', `/api/retiree/assistance/${id}/confirm`, { token: zhou, actingFor: narrow.id }), 'proxy_scope_missing')
  // Acting for sun under a grant that covers it reaches sun's offers only.
  const wide = await grantProxy(t, sun, { staffCode: 'WG330302002', scopes: ['retiree.assist'] })
  await expectProblem(await t.call('POST', `/api/retiree/assistance/${id}/confirm`, { token: zhou, actingFor: wide.id }), 'not_found')
  expect(await auditOf(t, 'retiree.confirmAssistance')).toEqual([])
})
