import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { EcardUseVerdict, OpenedBenefit } from '@renshe/shared/card/schemas'
import { AccessLogEntry } from '@renshe/shared/identity/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import { cardBenefitOpenings, users } from '../../db/schema'
import { createEcardSigner } from '../../platform/ecard-signing'
import {
  addVenue,
  cardRowOf,
  cardUseRows,
  claimsOf,
  ecardCodeOf,
  getEcardCode,
  recordUse,
  reported,
  setCardStatus,
  setOpening,
  verdictOf,
  withClaims,
} from '../../testing/card-flows'
import { auditRows, databaseDump, grantProxy, seededGrantOf } from '../../testing/flows'
import { createTestContext, testStart } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { userIdOf } from '../../testing/wages-flows'

const zhangIdNumber = '330302199003151231'

test('nobody reaches another person’s card: a code is always of the caller’s own, and no grid staff member shows one for her', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  const code = await ecardCodeOf(t, await t.login('citizen-zhang'))
  expect(claimsOf(code.token).c).toBe((await cardRowOf(t, zhang)).id)
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  await expectProblem(await t.call('GET', '/api/card/me/ecard', { token: staff, actingFor: grantId }), 'proxy_not_allowed')
  // Without the grant, he is a citizen with a card of his own: his code names his, not hers.
  const own = claimsOf((await ecardCodeOf(t, staff)).token)
  expect(own).toMatchObject({ c: (await cardRowOf(t, await userIdOf(t, 'staff-chen'))).id, m: '陈**' })
  const grant = await grantProxy(t, await t.login('citizen-zhang'), { staffCode: 'WG330302002', scopes: ['records.read'] })
  await expectProblem(await t.call('GET', '/api/card/me/benefits', { token: await t.login('staff-zhou'), actingFor: grant.id }), 'proxy_scope_missing')
})

test('a forged code is refused and nothing is stored: claims changed under the portal’s signature, re-signed by a foreign key under the portal’s key id, or under a key id the portal never published', async () => {
  const t = await createTestContext()
  const code = await ecardCodeOf(t, await t.login('citizen-zhang'))
  const claims = claimsOf(code.token)
  const venue = await t.login('venue-bus')
  // A free ride added, another county, a later expiry, elder-wang's card: the signature no longer covers them.
  const wangCard = (await cardRowOf(t, await userIdOf(t, 'elder-wang'))).id
  for (const change of [{ b: ['senior70'] }, { r: '330304' }, { e: claims.e + 3600 }, { c: wangCard }, { n: 'another-nonce-01' }]) {
    expect(await verdictOf(t, venue, withClaims(code.token, change)), JSON.stringify(change)).toEqual({ admitted: false, reason: 'bad_signature', holderMaskedName: null })
  }
  const foreign = createEcardSigner([{ kid: 'test', seed: randomBytes(32) }])
  expect(await verdictOf(t, venue, foreign.sign({ ...claims, c: wangCard, b: ['senior70'] }))).toMatchObject({ reason: 'bad_signature' })
  const unknown = createEcardSigner([{ kid: 'k-attacker', seed: randomBytes(32) }])
  expect(await verdictOf(t, venue, unknown.sign({ ...claims, c: wangCard }))).toMatchObject({ reason: 'unknown_key' })
  expect(await cardUseRows(t)).toEqual([])
  const refused = (await auditRows(t)).filter((row) => row.action === 'card.recordEcardUse.refused')
  expect(refused).toHaveLength(7)
  // About no holder: a forgery names no one the portal believes.
  expect(new Set(refused.map((row) => row.subjectUserId))).toEqual(new Set([await userIdOf(t, 'venue-bus')]))
})

test('a code used once at a venue is refused there as already used, and still admits her once at another venue', async () => {
  const t = await createTestContext()
  const code = await ecardCodeOf(t, await t.login('elder-wang'))
  const bus = await t.login('venue-bus')
  expect(await verdictOf(t, bus, code.token)).toMatchObject({ admitted: true, payPercent: 0 })
  t.clock.advance(5_000)
  expect(await verdictOf(t, bus, code.token)).toEqual({ admitted: false, reason: 'already_used', holderMaskedName: '王**' })
  const park = await t.login('venue-park')
  expect(await verdictOf(t, park, code.token)).toMatchObject({ admitted: true, payPercent: 0 })
  expect(await verdictOf(t, park, code.token)).toMatchObject({ admitted: false, reason: 'already_used' })
  expect((await cardUseRows(t)).map((row) => row.kind)).toEqual(['bus', 'park'])
})

test('two checks of one code at one venue at the same moment admit exactly one', async () => {
  const t = await createTestContext()
  const code = await ecardCodeOf(t, await t.login('citizen-zhang'))
  const bus = await t.login('venue-bus')
  const answers = await Promise.all([
    recordUse(t, bus, code.token, 'ecard-at-once-key-1'),
    recordUse(t, bus, code.token, 'ecard-at-once-key-2'),
    recordUse(t, bus, code.token),
  ])
  const verdicts = await Promise.all(answers.map((answer) => expectOk(answer, EcardUseVerdict)))
  expect(verdicts.filter((verdict) => verdict.admitted)).toHaveLength(1)
  expect(verdicts.filter((verdict) => !verdict.admitted).map((verdict) => (verdict.admitted ? '' : verdict.reason))).toEqual(['already_used', 'already_used'])
  expect(await cardUseRows(t)).toHaveLength(1)
  expect((await auditRows(t)).filter((row) => row.action === 'card.recordEcardUse')).toHaveLength(1)
})

test('a venue cannot record a use a holder is not entitled to: a county that did not open, no tier of hers, a card stopped after the code was made — each refused, none stored', async () => {
  const t = await createTestContext()
  const zhangToken = await t.login('citizen-zhang')
  const zhang = await userIdOf(t, 'citizen-zhang')
  await addVenue(t, 'venue-longwan-bus', { name: '温州公交龙湾 5 路', regionCode: '330303', kind: 'bus' })
  const code = await ecardCodeOf(t, zhangToken)
  expect(await verdictOf(t, await t.login('venue-longwan-bus'), code.token)).toMatchObject({ admitted: false, reason: 'not_open' })
  expect(await verdictOf(t, await t.login('venue-park'), code.token)).toMatchObject({ admitted: false, reason: 'no_tier' })
  // What the token says is not believed: elder-wang's code says 70+, her card was cancelled since.
  const wangCode = await ecardCodeOf(t, await t.login('elder-wang'))
  await setCardStatus(t, await userIdOf(t, 'elder-wang'), 'cancelled')
  expect(await verdictOf(t, await t.login('venue-bus'), wangCode.token)).toMatchObject({ admitted: false, reason: 'card_stopped' })
  const reportedCode = await ecardCodeOf(t, zhangToken)
  await reported(t, { token: zhangToken })
  expect(await verdictOf(t, await t.login('venue-bus'), reportedCode.token)).toMatchObject({ admitted: false, reason: 'card_stopped' })
  expect(await cardUseRows(t)).toEqual([])
  expect((await auditRows(t)).filter((row) => row.action === 'card.recordEcardUse')).toEqual([])
  expect((await auditRows(t)).filter((row) => row.action === 'card.recordEcardUse.refused' && row.subjectUserId === zhang)).toHaveLength(3)
})

test('citizens, grid staff, officers and the other roles are refused the venue’s operations; a venue is refused the holder’s and the officer’s', async () => {
  const t = await createTestContext({ env: { LOGIN_RATE_LIMIT: '100' } })
  const code = await ecardCodeOf(t, await t.login('citizen-zhang'))
  for (const account of ['citizen-zhang', 'elder-wang', 'staff-chen', 'officer-liu', 'officer-huang', 'supervisor-wu', 'employer-demo', 'institution-demo', 'assessor-demo', 'admin']) {
    const token = await t.login(account)
    await expectProblem(await t.call('GET', '/api/card/venue', { token }), 'forbidden', { because: account })
    await expectProblem(await recordUse(t, token, code.token), 'forbidden', { because: account })
  }
  const venue = await t.login('venue-park')
  for (const [method, path] of [['GET', '/api/card/me/ecard'], ['GET', '/api/card/me/benefits'], ['GET', '/api/card/me'], ['GET', '/api/card/county-benefits']] as const) {
    await expectProblem(await t.call(method, path, { token: venue }), 'forbidden', { because: path })
  }
  await expectProblem(await setOpening(t, venue, { kind: 'park', openToCity: false }), 'forbidden')
  expect(await cardUseRows(t)).toEqual([])
})

test('no officer but Ouhai’s can change Ouhai’s opening: Lucheng’s officer has no park to open, a city officer opens none, and a county named by a city officer must be in the city', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  await expectProblem(await setOpening(t, liu, { kind: 'park', openToCity: false }), 'not_found')
  // His own buses he may close: only Lucheng's row changes.
  expect(await expectOk(await setOpening(t, liu, { kind: 'bus', openToCity: false }), OpenedBenefit)).toMatchObject({ regionCode: '330302', kind: 'bus', openToCity: false })
  const openings = await t.deps.db.read((q) => q.select().from(cardBenefitOpenings).where(eq(cardBenefitOpenings.regionCode, '330304')))
  expect(openings.map((row) => [row.kind, row.openToCity, row.updatedBy])).toEqual([['park', true, await userIdOf(t, 'officer-huang')]])
  // Lucheng's officer cannot look at Ouhai's uses either, nor a city officer at another city's county.
  await expectProblem(await t.call('GET', '/api/card/county-benefits?regionCode=330304', { token: liu }), 'forbidden')
  await t.deps.db.transaction((tx) => tx.insert(users).values({ id: 'officer-hangzhou', devAccount: 'officer-hangzhou', roles: ['officer'], regionCode: '330100', createdAt: testStart }))
  const hangzhou = await t.login('officer-hangzhou')
  await expectProblem(await t.call('GET', '/api/card/county-benefits?regionCode=330304', { token: hangzhou }), 'forbidden')
  await expectProblem(await setOpening(t, hangzhou, { kind: 'park', openToCity: false }), 'forbidden')
})

test('the token, her ID number and her name are in no log line, no audit row and no answer to the venue; the database keeps only the nonce', async () => {
  const lines: string[] = []
  const t = await createTestContext({ logLines: lines })
  const holder = await t.login('citizen-zhang')
  const code = await ecardCodeOf(t, holder)
  const venue = await t.login('venue-bus')
  const answers = [await recordUse(t, venue, code.token, 'ecard-secret-key-01'), await recordUse(t, venue, code.token, 'ecard-secret-key-01'), await recordUse(t, venue, code.token)]
  answers.push(await recordUse(t, venue, withClaims(code.token, { b: ['disabled'] })), await t.call('GET', '/api/card/me/benefits', { token: holder }))
  const [, , body = '', signature = ''] = code.token.split('.')
  const secrets = [code.token, body, signature, zhangIdNumber, '张伟']
  for (const answer of answers) {
    const text = await answer.text()
    for (const secret of secrets) expect(text).not.toContain(secret)
  }
  const logged = lines.join('\n')
  expect(lines.length).toBeGreaterThan(0)
  for (const secret of [...secrets, claimsOf(code.token).n]) expect(logged).not.toContain(secret)
  const audit = JSON.stringify(await auditRows(t))
  for (const secret of [...secrets, claimsOf(code.token).n]) expect(audit).not.toContain(secret)
  const dump = await databaseDump(t)
  for (const secret of [code.token, body, signature, zhangIdNumber]) expect(dump).not.toContain(secret)
})

test('showing her code is a read of her card in her own access log, and in no one else’s; grid staff alone have no card to show', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  await expectProblem(await getEcardCode(t, await t.login('staff-zhou')), 'forbidden')
  await ecardCodeOf(t, zhang)
  const own = await expectOk(await t.call('GET', '/api/me/access-log?limit=10', { token: zhang }), Page(AccessLogEntry))
  expect(own.items[0]).toMatchObject({ operation: 'card.getEcardCode', kind: 'read', actor: { self: true } })
  const wang = await expectOk(await t.call('GET', '/api/me/access-log?limit=50', { token: await t.login('elder-wang') }), Page(AccessLogEntry))
  expect(wang.items.map((entry) => entry.operation)).not.toContain('card.getEcardCode')
})
