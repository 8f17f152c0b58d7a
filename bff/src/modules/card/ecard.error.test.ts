import { expect, test } from 'vitest'
import { ecardClockSkewSeconds, ecardTokenSeconds } from '@renshe/shared/card/ecard-token'
import type { CardStatus } from '@renshe/shared/card/schemas'
import { loadConfig } from '../../config'
import { users } from '../../db/schema'
import { addVenue, cardRowOf, cardUseRows, ecardCodeOf, getEcardCode, issueCard, reported, setCardStatus, setOpening, verdictOf } from '../../testing/card-flows'
import { auditRows } from '../../testing/flows'
import { createTestContext, testStart } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { realNamedCitizens } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

test('no code is shown for a stopped card, and each refusal says why; a person without a card has none to show', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const zhang = await userIdOf(t, 'citizen-zhang')
  await reported(t, { token })
  expect((await expectProblem(await getEcardCode(t, token), 'conflict')).detail).toBe('The card is reported lost for now: take the report back to show its e-card again')
  const reasons: Record<Exclude<CardStatus, 'normal' | 'temporarily_lost'>, string> = {
    lost: 'The card is reported lost at a counter: its e-card works again with the replacement',
    being_replaced: 'A replacement of the card is being made: its e-card works again with the replacement',
    cancelled: 'The card is cancelled: it has no e-card',
  }
  for (const [status, reason] of Object.entries(reasons) as [CardStatus, string][]) {
    await setCardStatus(t, zhang, status)
    expect((await expectProblem(await getEcardCode(t, token), 'conflict', { because: status })).detail).toBe(reason)
  }
  const [cardless] = await realNamedCitizens(t, 1, { prefix: 'cardless' })
  expect((await expectProblem(await getEcardCode(t, cardless?.token ?? ''), 'not_found')).detail).toBe('No citizen card has been issued to this person')
  expect((await auditRows(t)).filter((row) => row.action === 'card.getEcardCode')).toEqual([])
})

test('a code out of its minute is refused online as expired, or as not yet valid on a clock set back; a made-up one as malformed; nothing is stored and each check is recorded', async () => {
  const t = await createTestContext()
  const code = await ecardCodeOf(t, await t.login('citizen-zhang'))
  const venue = await t.login('venue-bus')
  const bus = await userIdOf(t, 'venue-bus')
  t.clock.advance((ecardTokenSeconds + ecardClockSkewSeconds) * 1000)
  expect(await verdictOf(t, venue, code.token)).toEqual({ admitted: false, reason: 'expired', holderMaskedName: null })
  t.clock.set(new Date(Date.parse(testStart) - (ecardClockSkewSeconds + 1) * 1000))
  const early = await t.login('venue-bus')
  expect(await verdictOf(t, early, code.token)).toEqual({ admitted: false, reason: 'not_yet_valid', holderMaskedName: null })
  for (const made of ['RC1.test.bm90.c2ln', 'hello', `${code.token}x`, code.token.replace('RC1.', 'RC2.')]) {
    expect((await verdictOf(t, early, made)).admitted, made).toBe(false)
  }
  expect(await verdictOf(t, early, 'RC1.test.bm90.c2ln')).toMatchObject({ reason: 'malformed' })
  expect(await cardUseRows(t)).toEqual([])
  const refused = (await auditRows(t)).filter((row) => row.action === 'card.recordEcardUse.refused')
  expect(refused).toHaveLength(7)
  for (const row of refused) expect(row).toMatchObject({ kind: 'write', actorUserId: bus, subjectUserId: bus, objectType: null, objectId: null })
})

test('a card reported lost after its code was made is refused as stopped, naming her masked name; taken back, the next code admits her', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const zhang = await userIdOf(t, 'citizen-zhang')
  const code = await ecardCodeOf(t, token)
  await reported(t, { token })
  const venue = await t.login('venue-bus')
  expect(await verdictOf(t, venue, code.token)).toEqual({ admitted: false, reason: 'card_stopped', holderMaskedName: '张*' })
  const [refused] = (await auditRows(t)).filter((row) => row.action === 'card.recordEcardUse.refused')
  expect(refused).toMatchObject({ subjectUserId: zhang, objectType: 'card', objectId: (await cardRowOf(t, zhang)).id })
  await t.call('POST', '/api/card/me/temporary-loss/cancel', { token })
  expect(await verdictOf(t, venue, (await ecardCodeOf(t, token)).token)).toMatchObject({ admitted: true })
})

test('a holder the venue’s benefit is not for is refused: no tier of Ouhai’s park is a 36-year-old’s, and Longwan keeps its buses for its own', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  expect(await verdictOf(t, await t.login('venue-park'), (await ecardCodeOf(t, zhang)).token)).toEqual({ admitted: false, reason: 'no_tier', holderMaskedName: '张*' })
  await addVenue(t, 'venue-longwan-bus', { name: '温州公交龙湾 5 路', regionCode: '330303', kind: 'bus' })
  const longwanBus = await t.login('venue-longwan-bus')
  expect(await verdictOf(t, longwanBus, (await ecardCodeOf(t, zhang)).token)).toEqual({ admitted: false, reason: 'not_open', holderMaskedName: '张*' })
  // Longwan's own holders ride on its card fare.
  const [longwan] = await realNamedCitizens(t, 1, { prefix: 'longwan', regionCode: '330303' })
  if (!longwan) throw new Error('no Longwan citizen was made')
  await issueCard(t, longwan.userId, { number: 'C30312345', regionCode: '330303' })
  expect(await verdictOf(t, longwanBus, (await ecardCodeOf(t, longwan.token)).token)).toMatchObject({ admitted: true, homeRegionCode: '330303', payPercent: 90, because: 'everyone' })
  expect(await cardUseRows(t)).toHaveLength(1)
  // A venue account with no venue of its own checks nothing.
  await t.deps.db.transaction((tx) => tx.insert(users).values({ id: 'venue-without-venue', devAccount: 'venue-without-venue', roles: ['venue'], regionCode: '330303', createdAt: testStart }))
  const bare = await t.login('venue-without-venue')
  expect((await expectProblem(await t.call('GET', '/api/card/venue', { token: bare }), 'not_found')).detail).toBe('This account checks codes for no venue')
  await expectProblem(await t.call('POST', '/api/card/venue/uses', { token: bare, body: { token: (await ecardCodeOf(t, zhang)).token } }), 'not_found')
})

test('a check without a token, or with more than a token, is refused before anything is checked', async () => {
  const t = await createTestContext()
  const venue = await t.login('venue-bus')
  for (const body of [{}, { token: '' }, { token: 'x'.repeat(601) }, { token: 'RC1.a.b.c', cardId: 'x' }]) {
    await expectProblem(await t.call('POST', '/api/card/venue/uses', { token: venue, body }), 'validation_failed', { because: JSON.stringify(body) })
  }
  expect((await auditRows(t)).filter((row) => row.action.startsWith('card.recordEcardUse'))).toEqual([])
})

test('an officer cannot open a benefit their county does not give; a period that ends before it starts, or a city officer who names no county, is refused', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const refused = await expectProblem(await setOpening(t, liu, { kind: 'park', openToCity: true }), 'not_found')
  expect(refused.detail).toBe('County 330302 gives no card benefit of the kind park: there is nothing to open')
  expect(await expectFieldErrors(await t.call('POST', '/api/card/county-benefits/opening', { token: liu, body: { kind: 'zoo', openToCity: true } }))).toEqual({ 'body.kind': 'field.choose' })
  expect(await expectFieldErrors(await t.call('GET', '/api/card/county-benefits?from=2026-11-29&to=2026-11-01', { token: liu }))).toEqual({ 'query.from': 'field.invalid' })
  await t.deps.db.transaction((tx) => tx.insert(users).values({ id: 'officer-wenzhou', devAccount: 'officer-wenzhou', roles: ['officer'], regionCode: '330300', createdAt: testStart }))
  const city = await t.login('officer-wenzhou')
  expect(await expectFieldErrors(await t.call('GET', '/api/card/county-benefits', { token: city }))).toEqual({ 'query.regionCode': 'field.required' })
  expect((await expectProblem(await setOpening(t, city, { kind: 'bus', openToCity: true }), 'forbidden')).detail).toBe("A county's benefits are opened by the county's own officers")
  expect((await auditRows(t)).filter((row) => row.action === 'card.setBenefitOpening')).toEqual([])
})

test('production refuses to start without CARD_SIGNING_KEYS; a malformed list is refused naming the variable, never echoing a seed', () => {
  const key = Buffer.alloc(32, 3).toString('base64')
  const production = { NODE_ENV: 'production', DATA_ENCRYPTION_KEY: key, BLIND_INDEX_KEY: key, CONTRACT_TIMESTAMP_KEYS: `t1:${key}` }
  expect(loadConfig(production)).toEqual({ ok: false, message: 'Invalid configuration: CARD_SIGNING_KEYS is required in production' })
  const configured = loadConfig({ ...production, CARD_SIGNING_KEYS: `k2026b:${key}, k2026a:${Buffer.alloc(32, 4).toString('base64')}` })
  expect(configured.ok && configured.config.cardSigningKeys?.map((entry) => entry.kid)).toEqual(['k2026b', 'k2026a'])
  const short = Buffer.alloc(16, 5).toString('base64')
  for (const value of [`k1:${short}`, key, `K1:${key}`, `k1:${key},k1:${key}`, '']) {
    const loaded = loadConfig({ ...production, CARD_SIGNING_KEYS: value })
    expect(loaded.ok, value).toBe(false)
    if (loaded.ok) continue
    expect(loaded.message).toMatch(/^Invalid configuration: CARD_SIGNING_KEYS /)
    expect(loaded.message).not.toContain(key)
    expect(loaded.message).not.toContain(short)
  }
})
