import { expect, test } from 'vitest'
import { ecardTokenSeconds, verifyEcardToken } from '@renshe/shared/card/ecard-token'
import { nobleVerify } from '@renshe/shared/card/ecard-verify'
import { CountyBenefits, EcardKeys, EcardUseVerdict, MyBenefits, MyVenue, OpenedBenefit } from '@renshe/shared/card/schemas'
import { AccessLogEntry } from '@renshe/shared/identity/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import { createApp } from '../../app'
import { loadConfig } from '../../config'
import { users } from '../../db/schema'
import { days, minutes } from '../../platform/clock'
import { createDeps, ecardSignerFor } from '../../platform/create-deps'
import { createLogger } from '../../platform/logger'
import { seededRandom } from '../../platform/random'
import {
  addVenue,
  cardRowOf,
  cardUseRows,
  claimsOf,
  ecardCodeOf,
  issueCard,
  publishedKeys,
  recordUse,
  setOpening,
  verdictOf,
} from '../../testing/card-flows'
import { auditRows, seededGrantOf } from '../../testing/flows'
import { createTestContext, testStart, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { realNamedCitizens } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

const startSeconds = Date.parse(testStart) / 1000

async function holderAndVenue(t: TestContext, holder: string, venue: string): Promise<{ holder: string; venue: string }> {
  return { holder: await t.login(holder), venue: await t.login(venue) }
}

test('elder-wang’s e-card code names her card by its id, her masked name, 年满 70 周岁 and her county, for one minute; a venue checks it offline with the published key', async () => {
  const t = await createTestContext()
  const token = await t.login('elder-wang')
  const wang = await userIdOf(t, 'elder-wang')
  const card = await cardRowOf(t, wang)
  const code = await ecardCodeOf(t, token)
  expect(code).toEqual({ token: code.token, kid: 'test', issuedAt: testStart, expiresAt: new Date(Date.parse(testStart) + ecardTokenSeconds * 1000).toISOString(), development: false })
  const claims = claimsOf(code.token)
  expect(claims).toEqual({ c: card.id, m: '王**', b: ['senior70'], r: '330302', i: startSeconds, e: startSeconds + ecardTokenSeconds, n: claims.n })
  expect(claims.n).toMatch(/^[A-Za-z0-9_-]{16}$/)
  expect(code.token.length).toBeLessThan(300)
  // The venue's phone: the keys fetched once, then the check with noble, no network.
  const published = await publishedKeys(t)
  expect(published.development).toBe(false)
  expect(verifyEcardToken(code.token, published.keys, startSeconds + 30, nobleVerify)).toEqual({ ok: true, kid: 'test', claims })
  // A fresh code each time: a new nonce.
  t.clock.advance(minutes(1))
  expect(claimsOf((await ecardCodeOf(t, token)).token).n).not.toBe(claims.n)
  const reads = (await auditRows(t)).filter((row) => row.action === 'card.getEcardCode')
  expect(reads.map((row) => [row.kind, row.actorUserId, row.subjectUserId, row.objectType, row.objectId])).toEqual([
    ['read', wang, wang, 'card', card.id],
    ['read', wang, wang, 'card', card.id],
  ])
})

test('the published keys are public, each the raw 32-byte key in base64url, and say they are not development keys', async () => {
  const t = await createTestContext()
  const keys = await expectOk(await t.call('GET', '/api/card/ecard/keys'), EcardKeys)
  expect(keys.development).toBe(false)
  expect(keys.keys.map((key) => key.kid)).toEqual(['test'])
  expect(keys.keys[0]?.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/)
  expect(keys.keys[0]?.publicKey).toBe(Buffer.from(t.deps.ecardSigner.publicKeys()[0]?.publicKey ?? []).toString('base64url'))
})

test('a deployment without CARD_SIGNING_KEYS signs with the development key, the same across restarts, and says so on the code and the keys', async () => {
  const t = await createTestContext()
  const blindIndex = Buffer.alloc(32, 2)
  const development = loadConfig({ NODE_ENV: 'development', DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'), BLIND_INDEX_KEY: blindIndex.toString('base64') })
  if (!development.ok) throw new Error(development.message)
  const signer = ecardSignerFor(development.config, { blindIndex })
  expect(signer).toMatchObject({ kid: 'development', development: true })
  expect(ecardSignerFor(development.config, { blindIndex }).publicKeys()).toEqual(signer.publicKeys())
  expect(ecardSignerFor(development.config, { blindIndex: Buffer.alloc(32, 9) }).publicKeys()).not.toEqual(signer.publicKeys())
  // The same portal, on the same database, with the development key.
  const app = createApp(createDeps(t.deps.config, { db: t.deps.db, clock: t.clock, random: seededRandom(7), logger: createLogger('silent'), wechat: null, ecardSigner: signer }))
  const keys = EcardKeys.parse(await (await app.request('/api/card/ecard/keys')).json())
  expect(keys).toEqual({ keys: [{ kid: 'development', publicKey: Buffer.from(signer.publicKeys()[0]?.publicKey ?? []).toString('base64url') }], development: true })
  const token = await t.login('citizen-zhang')
  const code = (await (await app.request('/api/card/me/ecard', { headers: { authorization: `Bearer ${token}` } })).json()) as { kid: string; development: boolean }
  expect(code).toMatchObject({ kid: 'development', development: true })
})

test('at Sanyang Wetland Park in Ouhai, elder-wang (82, of Lucheng) is admitted free as 年满 70 周岁: Ouhai opened its parks to the city; the use is recorded and in her access log', async () => {
  const t = await createTestContext()
  const { holder, venue } = await holderAndVenue(t, 'elder-wang', 'venue-park')
  const wang = await userIdOf(t, 'elder-wang')
  const park = await userIdOf(t, 'venue-park')
  const code = await ecardCodeOf(t, holder)
  t.clock.advance(20_000)
  const verdict = await verdictOf(t, venue, code.token)
  expect(verdict).toEqual({ admitted: true, useId: expect.any(String), holderMaskedName: '王**', homeRegionCode: '330302', payPercent: 0, because: 'senior70', usedAt: t.clock.now().toISOString() })
  const card = await cardRowOf(t, wang)
  expect(await cardUseRows(t)).toEqual([
    {
      id: verdict.admitted ? verdict.useId : '',
      venueUserId: park,
      cardId: card.id,
      nonce: claimsOf(code.token).n,
      regionCode: '330304',
      kind: 'park',
      homeRegionCode: '330302',
      because: 'senior70',
      payPercent: 0,
      usedAt: t.clock.now().toISOString(),
    },
  ])
  const [use] = (await auditRows(t)).filter((row) => row.action === 'card.recordEcardUse')
  expect(use).toMatchObject({ kind: 'write', actorUserId: park, subjectUserId: wang, viaGrantId: null, objectType: 'card_use', objectId: verdict.admitted ? verdict.useId : '' })
  const log = await expectOk(await t.call('GET', '/api/me/access-log?limit=10', { token: holder }), Page(AccessLogEntry))
  expect(log.items.find((entry) => entry.operation === 'card.recordEcardUse')).toMatchObject({ kind: 'write', actor: { self: false, maskedName: '三垟湿地公园', role: 'venue', system: false }, byProxy: false })
})

test('on Lucheng’s bus line 33, citizen-zhang (36) pays 95 % with the card, and worker-zhao, with a certified disability, rides free', async () => {
  const t = await createTestContext()
  const bus = await t.login('venue-bus')
  const zhang = await verdictOf(t, bus, (await ecardCodeOf(t, await t.login('citizen-zhang'))).token)
  expect(zhang).toMatchObject({ admitted: true, holderMaskedName: '张*', homeRegionCode: '330302', payPercent: 95, because: 'everyone' })
  const zhao = await verdictOf(t, bus, (await ecardCodeOf(t, await t.login('worker-zhao'))).token)
  expect(zhao).toMatchObject({ admitted: true, holderMaskedName: '赵*', payPercent: 0, because: 'disabled' })
  expect(claimsOf((await ecardCodeOf(t, await t.login('worker-zhao'))).token).b).toEqual(['disabled'])
  expect((await cardUseRows(t)).map((row) => [row.kind, row.because, row.payPercent])).toEqual([
    ['bus', 'everyone', 95],
    ['bus', 'disabled', 0],
  ])
})

test('a check sent again with its Idempotency-Key answers the same admitted verdict, not "already used", and records one use', async () => {
  const t = await createTestContext()
  const { holder, venue } = await holderAndVenue(t, 'citizen-zhang', 'venue-bus')
  const code = await ecardCodeOf(t, holder)
  const first = await verdictOf(t, venue, code.token, 'ecard-use-key-0001')
  t.clock.advance(10_000)
  const again = await recordUse(t, venue, code.token, 'ecard-use-key-0001')
  expect(again.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(again, EcardUseVerdict)).toEqual(first)
  expect(await cardUseRows(t)).toHaveLength(1)
  expect((await auditRows(t)).filter((row) => row.action === 'card.recordEcardUse').map((row) => row.kind)).toEqual(['write', 'read'])
})

test('a use the park admitted offline while its network was down is recorded when it comes back, as of the check, once; one kept more than a day is too old', async () => {
  const t = await createTestContext()
  const { holder, venue } = await holderAndVenue(t, 'elder-wang', 'venue-park')
  const code = await ecardCodeOf(t, holder)
  t.clock.advance(10_000)
  const checkedAt = t.clock.now().toISOString()
  // Twenty minutes later the network is back: the code's minute is long gone, the use still counts.
  t.clock.advance(minutes(20))
  expect(await verdictOf(t, venue, code.token, 'offline-use-0001', checkedAt)).toMatchObject({ admitted: true, because: 'senior70', usedAt: checkedAt })
  // Its next upload (the answer was lost) is the same use; the code shown again is used.
  expect(await verdictOf(t, venue, code.token, 'offline-use-0001', checkedAt)).toMatchObject({ admitted: true, usedAt: checkedAt })
  expect(await verdictOf(t, venue, code.token, 'offline-use-0002', checkedAt)).toMatchObject({ admitted: false, reason: 'already_used' })
  expect(await cardUseRows(t)).toHaveLength(1)

  const late = await ecardCodeOf(t, holder)
  const lateCheck = t.clock.now().toISOString()
  t.clock.advance(days(1) + minutes(1))
  const venueNextDay = await t.login('venue-park')
  expect(await verdictOf(t, venueNextDay, late.token, 'offline-use-0003', lateCheck)).toEqual({ admitted: false, reason: 'expired', holderMaskedName: null })
  // A check time after the code's minute is checked as of that time: an old code does not pass as a recent check.
  expect(await verdictOf(t, venueNextDay, late.token, 'offline-use-0004', t.clock.now().toISOString())).toMatchObject({ admitted: false, reason: 'expired' })
  expect(await cardUseRows(t)).toHaveLength(1)
})

test('her categories are decided again online, from her facts now: turning 70 at midnight, the Ouhai holder’s code made at 23:59 as 60–69 admits her free at 00:00', async () => {
  const t = await createTestContext()
  const [ouhai] = await realNamedCitizens(t, 1, { prefix: 'ouhai-birthday', regionCode: '330304', birthDate: '19561130' })
  if (!ouhai) throw new Error('no Ouhai citizen was made')
  await issueCard(t, ouhai.userId, { number: 'B30455555', regionCode: '330304' })
  // 23:59:30 on 29 November in China.
  t.clock.set('2026-11-29T15:59:30.000Z')
  const code = await ecardCodeOf(t, await t.login(ouhai.userId))
  expect(claimsOf(code.token).b).toEqual(['senior60'])
  const venue = await t.login('venue-park')
  t.clock.set('2026-11-29T16:00:00.000Z')
  expect(await verdictOf(t, venue, code.token)).toMatchObject({ admitted: true, homeRegionCode: '330304', payPercent: 0, because: 'senior70' })
})

test('elder-wang’s benefits: 年满 70 周岁, and in each county of Wenzhou what she pays, where it is opened to the city; staff-chen reads them for her under her grant', async () => {
  const t = await createTestContext()
  const token = await t.login('elder-wang')
  const wang = await userIdOf(t, 'elder-wang')
  const mine = await expectOk(await t.call('GET', '/api/card/me/benefits', { token }), MyBenefits)
  expect({ ...mine, benefits: [] }).toEqual({ homeRegionCode: '330302', categories: ['senior70'], age: 82, benefits: [], cardStatus: 'normal' })
  expect(mine.benefits.map((benefit) => [benefit.regionCode, benefit.kind, benefit.openToCity, benefit.entitlement])).toEqual([
    ['330302', 'bus', true, { entitled: true, payPercent: 0, because: 'senior70' }],
    ['330302', 'museum', true, { entitled: true, payPercent: 0, because: 'senior70' }],
    ['330303', 'bus', false, { entitled: false, reason: 'not_open' }],
    ['330304', 'park', true, { entitled: true, payPercent: 0, because: 'senior70' }],
    ['330304', 'bus', false, { entitled: false, reason: 'not_open' }],
    ['330305', 'scenic', false, { entitled: false, reason: 'not_open' }],
  ])
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  expect(await expectOk(await t.call('GET', '/api/card/me/benefits', { token: staff, actingFor: grantId }), MyBenefits)).toEqual(mine)
  const reads = (await auditRows(t)).filter((row) => row.action === 'card.getMyBenefits')
  expect(reads.map((row) => [row.kind, row.actorUserId === wang, row.subjectUserId, row.viaGrantId])).toEqual([
    ['read', true, wang, null],
    ['read', false, wang, grantId],
  ])
})

test('a holder without a card sees her city’s benefits from where she is insured, with no card status', async () => {
  const t = await createTestContext()
  const [cardless] = await realNamedCitizens(t, 1, { prefix: 'cardless-ouhai', regionCode: '330304', birthDate: '20150601' })
  const mine = await expectOk(await t.call('GET', '/api/card/me/benefits', { token: cardless?.token ?? '' }), MyBenefits)
  expect(mine).toMatchObject({ homeRegionCode: '330304', categories: ['student'], age: 11, cardStatus: null })
  expect(mine.benefits.find((benefit) => benefit.regionCode === '330304' && benefit.kind === 'park')?.entitlement).toEqual({ entitled: true, payPercent: 50, because: 'student' })
})

test('a venue reads its own venue and its county’s benefit of its kind, for the offline check', async () => {
  const t = await createTestContext()
  expect(await expectOk(await t.call('GET', '/api/card/venue', { token: await t.login('venue-park') }), MyVenue)).toEqual({
    name: '三垟湿地公园',
    regionCode: '330304',
    kind: 'park',
    benefit: {
      regionCode: '330304',
      kind: 'park',
      tiers: [
        { for: 'senior70', payPercent: 0 },
        { for: 'senior60', payPercent: 50 },
        { for: 'disabled', payPercent: 0 },
        { for: 'student', payPercent: 50 },
      ],
      openToCity: true,
    },
  })
  expect(await expectOk(await t.call('GET', '/api/card/venue', { token: await t.login('venue-bus') }), MyVenue)).toMatchObject({ name: '温州公交鹿城 33 路', regionCode: '330302', kind: 'bus', benefit: { openToCity: true } })
  // A county with no benefit of the venue's kind: every holder pays in full.
  await addVenue(t, 'venue-longwan-museum', { name: '龙湾区博物馆', regionCode: '330303', kind: 'museum' })
  expect(await expectOk(await t.call('GET', '/api/card/venue', { token: await t.login('venue-longwan-museum') }), MyVenue)).toMatchObject({ regionCode: '330303', kind: 'museum', benefit: null })
})

test('Ouhai’s officer sees the county’s benefits and their uses over the last 30 days, its own holders apart from the rest of the city', async () => {
  const t = await createTestContext()
  const [ouhai] = await realNamedCitizens(t, 1, { prefix: 'ouhai-senior', regionCode: '330304', birthDate: '19500101' })
  if (!ouhai) throw new Error('no Ouhai citizen was made')
  await issueCard(t, ouhai.userId, { number: 'B30466666', regionCode: '330304' })
  const park = await t.login('venue-park')
  // A use 31 days ago: outside the default period.
  t.clock.set(new Date(Date.parse(testStart) - days(30)).toISOString())
  await verdictOf(t, park, (await ecardCodeOf(t, await t.login('elder-wang'))).token)
  t.clock.set(testStart)
  const wang = await t.login('elder-wang')
  await verdictOf(t, await t.login('venue-park'), (await ecardCodeOf(t, wang)).token)
  await verdictOf(t, await t.login('venue-park'), (await ecardCodeOf(t, await t.login(ouhai.userId))).token)
  await verdictOf(t, await t.login('venue-park'), (await ecardCodeOf(t, await t.login('worker-zhao'))).token)
  const officer = await t.login('officer-huang')
  const county = await expectOk(await t.call('GET', '/api/card/county-benefits', { token: officer }), CountyBenefits)
  expect(county).toEqual({
    regionCode: '330304',
    from: '2026-10-31',
    to: '2026-11-29',
    benefits: [
      expect.objectContaining({ kind: 'park', openToCity: true }),
      expect.objectContaining({ kind: 'bus', openToCity: false }),
    ],
    usage: [
      { kind: 'park', because: 'disabled', fromHomeCounty: 0, fromOtherCounties: 1 },
      { kind: 'park', because: 'senior70', fromHomeCounty: 1, fromOtherCounties: 1 },
    ],
  })
  const longer = await expectOk(await t.call('GET', '/api/card/county-benefits?from=2026-10-01&to=2026-11-29', { token: officer }), CountyBenefits)
  expect(longer.usage.find((line) => line.because === 'senior70')).toEqual({ kind: 'park', because: 'senior70', fromHomeCounty: 1, fromOtherCounties: 2 })
  const read = (await auditRows(t)).filter((row) => row.action === 'card.getCountyBenefits')
  expect(read.map((row) => [row.kind, row.objectType, row.objectId])).toEqual([
    ['read', 'region', '330304'],
    ['read', 'region', '330304'],
  ])
})

test('a city officer of Wenzhou names the county to look at, within the city', async () => {
  const t = await createTestContext()
  await t.deps.db.transaction((tx) => tx.insert(users).values({ id: 'officer-wenzhou', devAccount: 'officer-wenzhou', roles: ['officer'], regionCode: '330300', createdAt: testStart }))
  const token = await t.login('officer-wenzhou')
  expect((await expectOk(await t.call('GET', '/api/card/county-benefits?regionCode=330304', { token }), CountyBenefits)).benefits.map((benefit) => benefit.kind)).toEqual(['park', 'bus'])
  expect((await expectOk(await t.call('GET', '/api/card/county-benefits?regionCode=330305', { token }), CountyBenefits)).regionCode).toBe('330305')
})

test('Ouhai’s officer keeps the park for Ouhai’s own holders, then opens it again: elder-wang of Lucheng is refused, then admitted; each change is recorded', async () => {
  const t = await createTestContext()
  const officer = await t.login('officer-huang')
  const huang = await userIdOf(t, 'officer-huang')
  const closed = await expectOk(await setOpening(t, officer, { kind: 'park', openToCity: false }), OpenedBenefit)
  expect(closed).toMatchObject({ regionCode: '330304', kind: 'park', openToCity: false })
  const park = await t.login('venue-park')
  expect(await verdictOf(t, park, (await ecardCodeOf(t, await t.login('elder-wang'))).token)).toEqual({ admitted: false, reason: 'not_open', holderMaskedName: '王**' })
  expect((await expectOk(await t.call('GET', '/api/card/venue', { token: park }), MyVenue)).benefit?.openToCity).toBe(false)
  t.clock.advance(minutes(1))
  expect(await expectOk(await setOpening(t, officer, { kind: 'park', openToCity: true }), OpenedBenefit)).toMatchObject({ openToCity: true })
  expect(await verdictOf(t, park, (await ecardCodeOf(t, await t.login('elder-wang'))).token)).toMatchObject({ admitted: true, payPercent: 0 })
  // Ouhai's buses, kept for its own until now, opened too.
  expect(await expectOk(await setOpening(t, officer, { kind: 'bus', openToCity: true }), OpenedBenefit)).toMatchObject({ regionCode: '330304', kind: 'bus', openToCity: true })
  const writes = (await auditRows(t)).filter((row) => row.action === 'card.setBenefitOpening')
  expect(writes.map((row) => [row.kind, row.actorUserId, row.subjectUserId, row.objectId])).toEqual([
    ['write', huang, huang, '330304:park'],
    ['write', huang, huang, '330304:park'],
    ['write', huang, huang, '330304:bus'],
  ])
})

test('an opening sent again with its Idempotency-Key answers the opening as it stands, and records one change', async () => {
  const t = await createTestContext()
  const officer = await t.login('officer-liu')
  const first = await expectOk(await setOpening(t, officer, { kind: 'museum', openToCity: false }, 'opening-key-00001'), OpenedBenefit)
  const again = await setOpening(t, officer, { kind: 'museum', openToCity: false }, 'opening-key-00001')
  expect(again.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(again, OpenedBenefit)).toEqual(first)
  expect((await auditRows(t)).filter((row) => row.action === 'card.setBenefitOpening')).toHaveLength(1)
})
