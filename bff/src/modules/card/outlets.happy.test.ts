import { expect, test } from 'vitest'
import { Outlet } from '@renshe/shared/card/applications'
import { demoOutlets } from '../../db/seed/card'
import { applied, bankIds, createdOutlet, getOutlets, myApplication, newOutlet, outletIds, outletsFor, regionOutletsOf, updateOutlet } from '../../testing/card-application-flows'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk } from '../../testing/http'
import { realNamedCitizens } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

/** A point on 车站大道, beside ICBC's Lucheng counter. */
const atStationRoad = { lat: '28.0126', lng: '120.6700' }

test('with her phone’s location she sees the open outlets nearest first, each with its distance, bank, hours and services; the closed one is not offered', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const list = await outletsFor(t, { token }, atStationRoad)
  expect(list.byDistance).toBe(true)
  expect(list.items[0]).toEqual({
    id: outletIds.icbcLucheng,
    name: '中国工商银行温州分行营业部',
    kind: 'bank',
    partnerId: bankIds.icbc,
    bankName: '中国工商银行温州分行',
    regionCode: '330302',
    address: '温州市鹿城区车站大道 479 号',
    lat: 28.0124,
    lng: 120.6697,
    services: ['apply', 'collect', 'formal_loss', 'cancel'],
    hours: '周一至周五 9:00–17:00，周六 9:00–12:00',
    open: true,
    distanceKm: 0,
  })
  const distances = list.items.map((outlet) => outlet.distanceKm ?? -1)
  expect(distances).toEqual([...distances].sort((a, b) => a - b))
  expect(list.items.map((outlet) => outlet.id).sort()).toEqual(demoOutlets.filter((outlet) => outlet.open).map((outlet) => outlet.id).sort())
  // 五马街 is about 2 km from the station road, 娄桥 in Ouhai about 6.
  expect(list.items.find((outlet) => outlet.id === outletIds.wuma)?.distanceKm).toBeCloseTo(2.2, 0)
  expect(list.items.at(-1)?.id).toBe(outletIds.icbcOuhai)
})

test('without a point, the outlets of her card’s county come first; a holder insured in Ouhai sees Ouhai’s first', async () => {
  const t = await createTestContext()
  const lucheng = await outletsFor(t, { token: await t.login('citizen-zhang') })
  expect(lucheng.byDistance).toBe(false)
  expect(lucheng.items.map((outlet) => outlet.regionCode)).toEqual(['330302', '330302', '330302', '330304'])
  expect(lucheng.items.every((outlet) => outlet.distanceKm === null)).toBe(true)
  const [ouhai] = await realNamedCitizens(t, 1, { prefix: 'ouhai', regionCode: '330304' })
  const theirs = await outletsFor(t, { token: ouhai?.token ?? '' })
  expect(theirs.items.map((outlet) => outlet.regionCode)).toEqual(['330304', '330302', '330302', '330302'])
})

test('asked for a service, only the outlets offering it are listed', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const lossCounters = await outletsFor(t, { token }, { service: 'formal_loss' })
  expect(lossCounters.items.map((outlet) => outlet.id).sort()).toEqual([outletIds.icbcLucheng, outletIds.icbcOuhai, outletIds.wzbankLucheng].sort())
  const near = await outletsFor(t, { token }, { ...atStationRoad, service: 'cancel' })
  expect(near.items.map((outlet) => outlet.id)).toEqual([outletIds.icbcLucheng, outletIds.wzbankLucheng])
})

test('a point is both lat and lng or neither; the read is recorded about her, and her point is in no audit row or log line', async () => {
  const lines: string[] = []
  const t = await createTestContext({ logLines: lines })
  const token = await t.login('citizen-zhang')
  expect(await expectFieldErrors(await getOutlets(t, { token }, { lat: '28.01' }))).toEqual({ 'query.lng': 'field.required' })
  expect(await expectFieldErrors(await getOutlets(t, { token }, { lng: '120.67' }))).toEqual({ 'query.lat': 'field.required' })
  expect(await expectFieldErrors(await getOutlets(t, { token }, { lat: '91', lng: '120.67' }))).toHaveProperty('query.lat')
  await outletsFor(t, { token }, atStationRoad)
  const zhang = await userIdOf(t, 'citizen-zhang')
  const reads = (await auditRows(t)).filter((row) => row.action === 'card.listOutlets')
  expect(reads.map((row) => [row.kind, row.actorUserId, row.subjectUserId, row.objectId])).toEqual([['read', zhang, zhang, null]])
  expect(JSON.stringify(reads)).not.toContain('28.0126')
  expect(lines.length).toBeGreaterThan(0)
  expect(lines.join('\n')).not.toMatch(/28\.0126|120\.67/)
})

test('Lucheng’s officer sees Lucheng’s outlets, open and closed, and the banks she may name; Ouhai’s officer sees Ouhai’s', async () => {
  const t = await createTestContext()
  const liu = await regionOutletsOf(t, await t.login('officer-liu'))
  expect(liu.items.map((outlet) => outlet.id).sort()).toEqual([outletIds.icbcLucheng, outletIds.wuma, outletIds.wzbankLucheng].sort())
  expect([...liu.banks].sort((a, b) => a.id.localeCompare(b.id))).toEqual([
    { id: bankIds.wzbank, name: '温州银行' },
    { id: bankIds.icbc, name: '中国工商银行温州分行' },
  ])
  const huang = await regionOutletsOf(t, await t.login('officer-huang'))
  expect(huang.items.map((outlet) => outlet.id)).toEqual([outletIds.icbcOuhai])
  const reads = (await auditRows(t)).filter((row) => row.action === 'card.listRegionOutlets')
  expect(reads.map((row) => [row.kind, row.objectType, row.objectId])).toEqual([
    ['read', 'region', '330302'],
    ['read', 'region', '330304'],
  ])
})

test('an officer adds a counter to her region: holders are offered it at once; the addition is recorded, and a retry adds nothing', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const liu = await userIdOf(t, 'officer-liu')
  const outlet = await createdOutlet(t, token, newOutlet, 'card-outlet-create-1')
  expect(outlet).toEqual({ ...newOutlet, id: outlet.id, services: ['apply', 'collect'], bankName: '中国工商银行温州分行', distanceKm: null })
  expect(await createdOutlet(t, token, newOutlet, 'card-outlet-create-1')).toEqual(outlet)
  expect((await regionOutletsOf(t, token)).items.filter((item) => item.name === newOutlet.name)).toHaveLength(1)
  const offered = await outletsFor(t, { token: await t.login('citizen-zhang') }, { lat: String(newOutlet.lat), lng: String(newOutlet.lng) })
  expect(offered.items[0]).toEqual({ ...outlet, distanceKm: 0 })
  const written = (await auditRows(t)).filter((row) => row.action === 'card.createOutlet')
  expect(written.map((row) => [row.kind, row.actorUserId, row.objectType, row.objectId])).toEqual([['write', liu, 'card_outlet', outlet.id]])
})

test('an officer closes an outlet: it is no longer offered, her list keeps it, and the application that names it still shows it', async () => {
  const t = await createTestContext()
  const holder = await t.login('citizen-zhang')
  const application = await applied(t, { token: holder }, { kind: 'replacement', reason: 'damaged', outletId: outletIds.wuma })
  const token = await t.login('officer-liu')
  const wuma = (await regionOutletsOf(t, token)).items.find((outlet) => outlet.id === outletIds.wuma)
  if (!wuma) throw new Error('Wuma is not in Lucheng’s list')
  const { id, bankName, distanceKm, ...input } = wuma
  const closed = await expectOk(await updateOutlet(t, token, id, { ...input, open: false, hours: '暂停营业' }), Outlet)
  expect(closed).toEqual({ ...wuma, open: false, hours: '暂停营业' })
  expect(bankName).toBe('温州银行')
  expect(distanceKm).toBeNull()
  expect((await outletsFor(t, { token: holder })).items.map((outlet) => outlet.id)).not.toContain(outletIds.wuma)
  expect((await regionOutletsOf(t, token)).items.find((outlet) => outlet.id === outletIds.wuma)?.open).toBe(false)
  const later = await t.login('citizen-zhang')
  expect((await outletsFor(t, { token: later })).items).toHaveLength(3)
  expect(await myApplication(t, { token: later })).toMatchObject({ id: application.id, outlet: { id: outletIds.wuma, hours: '暂停营业' } })
  expect((await auditRows(t)).filter((row) => row.action === 'card.updateOutlet').map((row) => row.objectId)).toEqual([outletIds.wuma])
})
