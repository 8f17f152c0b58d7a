import { expect, test } from 'vitest'
import { seededRetireeIds } from '../../db/seed/retiree'
import { createOutlet, createdOutlet, newOutlet, outletIds, outletsFor, regionOutletsOf, updateOutlet } from '../../testing/card-application-flows'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'

const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'
const ouhaiOutlet = { ...newOutlet, name: '娄桥街道社区服务中心', regionCode: '330304', lat: 27.9701, lng: 120.6302 }

/** A problem as the caller sees it, without what differs on every request. */
async function shapeOf(response: Response): Promise<unknown> {
  const { requestId: _requestId, instance: _instance, ...rest } = (await response.json()) as Record<string, unknown>
  return { status: response.status, ...rest }
}

test('an officer of another region cannot change a Lucheng outlet: it is not found, exactly as one that does not exist, and nothing changes', async () => {
  const t = await createTestContext()
  const huang = await t.login('officer-huang')
  const before = await regionOutletsOf(t, await t.login('officer-liu'))
  const foreign = await updateOutlet(t, huang, outletIds.wuma, { ...newOutlet, regionCode: '330302', open: false })
  const unknown = await updateOutlet(t, huang, unknownId, { ...newOutlet, regionCode: '330302', open: false })
  await expectProblem(foreign.clone(), 'not_found')
  expect(await shapeOf(foreign)).toEqual(await shapeOf(unknown))
  expect(await regionOutletsOf(t, await t.login('officer-liu'))).toEqual(before)
  expect((await auditRows(t)).filter((row) => row.action === 'card.updateOutlet')).toEqual([])
})

test('an officer adds no outlet outside her region, and cannot move one of hers out of it', async () => {
  const t = await createTestContext()
  const huang = await t.login('officer-huang')
  expect((await expectProblem(await createOutlet(t, huang, newOutlet), 'forbidden')).detail).toBe('The outlet’s county is outside your region')
  const own = await createdOutlet(t, huang, ouhaiOutlet)
  await expectProblem(await updateOutlet(t, huang, own.id, { ...ouhaiOutlet, regionCode: '330302' }), 'forbidden')
  expect((await regionOutletsOf(t, huang)).items.find((outlet) => outlet.id === own.id)?.regionCode).toBe('330304')
  // Lucheng's officer never sees Ouhai's outlets in her list.
  expect((await regionOutletsOf(t, await t.login('officer-liu'))).items.map((outlet) => outlet.id)).not.toContain(own.id)
})

test('an outlet is served by a registered bank: a hospital, civil affairs or a made-up partner is refused with the reason', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  for (const partnerId of [seededRetireeIds.partners.hospital, seededRetireeIds.partners.civilAffairs, unknownId]) {
    const response = await createOutlet(t, token, { ...newOutlet, partnerId })
    const problem = await expectProblem(response.clone(), 'validation_failed', { because: partnerId })
    expect(problem.detail).toBe('Name a bank registered as a partner: it makes the cards collected at the outlet and hands them over')
    expect(await expectFieldErrors(response)).toEqual({ 'body.partnerId': 'field.invalid' })
  }
  await expectProblem(await updateOutlet(t, token, outletIds.wuma, { ...newOutlet, partnerId: seededRetireeIds.partners.transit }), 'validation_failed')
  expect((await outletsFor(t, { token: await t.login('citizen-zhang') })).items.find((outlet) => outlet.id === outletIds.wuma)?.bankName).toBe('温州银行')
})

test('an outlet is in one county: a city or province code is refused, and so are fields the contract does not name', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  expect(await expectFieldErrors(await createOutlet(t, token, { ...newOutlet, regionCode: '330300' }))).toEqual({ 'body.regionCode': 'field.invalid' })
  expect(await expectFieldErrors(await createOutlet(t, token, { ...newOutlet, updatedBy: 'someone' }))).toEqual({ body: 'field.unknownKey' })
  expect(Object.keys(await expectFieldErrors(await createOutlet(t, token, { ...newOutlet, services: [], lat: 95 }))).sort()).toEqual(['body.lat', 'body.services'])
  expect((await auditRows(t)).filter((row) => row.action === 'card.createOutlet')).toEqual([])
})
