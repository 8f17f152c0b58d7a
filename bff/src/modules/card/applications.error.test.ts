import { expect, test } from 'vitest'
import { apply, applied, applicationRows, createdOutlet, damagedAtIcbc, newOutlet, outletIds } from '../../testing/card-application-flows'
import { cardEventsOf, cardInboxOf, cardRowOf, setCardStatus } from '../../testing/card-flows'
import { auditRows } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { realNamedCitizens } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

/** Nothing of an application was written: no row, no change of her card, no message, no audit row. */
async function expectNothingApplied(t: TestContext, holderUserId: string): Promise<void> {
  expect(await applicationRows(t)).toEqual([])
  expect((await cardRowOf(t, holderUserId)).status).toBe('normal')
  expect(await cardEventsOf(t, (await cardRowOf(t, holderUserId)).id)).toEqual([])
  expect((await auditRows(t)).filter((row) => row.action === 'card.applyForCard')).toEqual([])
}

test('a first card is refused to someone who holds one: she is told to apply for a replacement, and nothing changes', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const problem = await expectProblem(await apply(t, { token }, { kind: 'first', outletId: outletIds.icbcLucheng }), 'conflict')
  expect(problem.detail).toBe('You hold a card already: apply for a replacement of it')
  await expectNothingApplied(t, await userIdOf(t, 'citizen-zhang'))
  expect(await cardInboxOf(t, token)).toEqual([])
})

test('a replacement says why; a first card has no reason; a kind or reason the contract does not know is refused', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  expect(await expectFieldErrors(await apply(t, { token }, { kind: 'replacement', outletId: outletIds.icbcLucheng }))).toEqual({ 'body.reason': 'field.required' })
  const [cardless] = await realNamedCitizens(t, 1, { prefix: 'cardless' })
  expect(await expectFieldErrors(await apply(t, { token: cardless?.token ?? '' }, { kind: 'first', reason: 'damaged', outletId: outletIds.wuma }))).toEqual({ 'body.reason': 'field.invalid' })
  const odd = await t.call('POST', '/api/card/me/applications', { token, body: { kind: 'second', reason: 'stolen', outletId: outletIds.wuma } })
  expect(Object.keys(await expectFieldErrors(odd)).sort()).toEqual(['body.kind', 'body.reason'])
  await expectNothingApplied(t, await userIdOf(t, 'citizen-zhang'))
})

test('someone with no card, or only a cancelled one, has nothing to replace: she is told to apply for a first card', async () => {
  const t = await createTestContext()
  const [cardless] = await realNamedCitizens(t, 1, { prefix: 'cardless' })
  const problem = await expectProblem(await apply(t, { token: cardless?.token ?? '' }, damagedAtIcbc), 'conflict')
  expect(problem.detail).toBe('You hold no card to replace: apply for a first card')
  const zhang = await userIdOf(t, 'citizen-zhang')
  await setCardStatus(t, zhang, 'cancelled')
  const token = await t.login('citizen-zhang')
  expect((await expectProblem(await apply(t, { token }, damagedAtIcbc), 'conflict')).detail).toBe('You hold no card to replace: apply for a first card')
  expect(await applicationRows(t)).toEqual([])
  // With her card cancelled, a first card is what she may apply for.
  expect((await applied(t, { token }, { kind: 'first', outletId: outletIds.icbcLucheng })).kind).toBe('first')
})

test('an outlet that does not exist, is closed, or does not hand over cards is refused, each saying why', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  expect((await expectProblem(await apply(t, { token }, { ...damagedAtIcbc, outletId: 'zzzzzzzzzzzzzzzzzzzzzzzzzz' }), 'not_found')).detail).toBe('There is no such outlet')
  expect((await expectProblem(await apply(t, { token }, { ...damagedAtIcbc, outletId: outletIds.icbcLongwan }), 'conflict')).detail).toBe('The outlet is closed: choose another')
  const lossOnly = await createdOutlet(t, await t.login('officer-liu'), { ...newOutlet, name: '鹿城挂失服务点', services: ['formal_loss'] })
  expect((await expectProblem(await apply(t, { token }, { ...damagedAtIcbc, outletId: lossOnly.id }), 'conflict')).detail).toBe('The outlet does not hand over cards: choose another')
  // Taking applications is not enough: she collects the card where she chose.
  const applyOnly = await createdOutlet(t, await t.login('officer-liu'), { ...newOutlet, name: '鹿城受理点', services: ['apply'] })
  expect((await expectProblem(await apply(t, { token }, { ...damagedAtIcbc, outletId: applyOnly.id }), 'conflict')).detail).toBe('The outlet does not hand over cards: choose another')
  await expectNothingApplied(t, await userIdOf(t, 'citizen-zhang'))
})

test('a second application while one is under way is refused, whatever it asks, and leaves the first as it was', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const first = await applied(t, { token }, damagedAtIcbc)
  for (const body of [damagedAtIcbc, { kind: 'replacement', reason: 'lost', outletId: outletIds.wuma } as const, { kind: 'first', outletId: outletIds.wuma } as const]) {
    const problem = await expectProblem(await apply(t, { token }, body), 'conflict', { because: JSON.stringify(body) })
    expect(problem.detail).toBe('An application for a card is already under way: follow it, or collect the card first')
  }
  expect((await applicationRows(t)).map((row) => row.id)).toEqual([first.id])
  expect(await cardInboxOf(t, token)).toHaveLength(1)
})

test('two applications sent at once make one: the other is refused as under way, and the card is stopped once', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const responses = await Promise.all([
    apply(t, { token }, damagedAtIcbc, 'card-apply-at-once-1'),
    apply(t, { token }, { kind: 'replacement', reason: 'lost', outletId: outletIds.wuma }, 'card-apply-at-once-2'),
  ])
  expect(responses.map((response) => response.status).sort()).toEqual([201, 409])
  expect(await applicationRows(t)).toHaveLength(1)
  const zhang = await userIdOf(t, 'citizen-zhang')
  expect((await cardEventsOf(t, (await cardRowOf(t, zhang)).id)).map((event) => event.kind)).toEqual(['replacement_applied'])
  expect(await cardInboxOf(t, token)).toHaveLength(1)
  expect((await auditRows(t)).filter((row) => row.action === 'card.applyForCard')).toHaveLength(1)
})

test('two first applications at once by someone with no card make one: the unique index lets one in', async () => {
  const t = await createTestContext()
  const [cardless] = await realNamedCitizens(t, 1, { prefix: 'cardless' })
  const as = { token: cardless?.token ?? '' }
  const responses = await Promise.all([
    apply(t, as, { kind: 'first', outletId: outletIds.wuma }, 'card-first-at-once-1'),
    apply(t, as, { kind: 'first', outletId: outletIds.icbcLucheng }, 'card-first-at-once-2'),
  ])
  expect(responses.map((response) => response.status).sort()).toEqual([201, 409])
  expect(await applicationRows(t)).toHaveLength(1)
})
