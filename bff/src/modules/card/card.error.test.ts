import { expect, test } from 'vitest'
import type { CardStatus } from '@renshe/shared/card/schemas'
import { days } from '../../platform/clock'
import { cancelLoss, cardEventsOf, cardInboxOf, cardRowOf, myCard, reportLoss, reported, reveal, setCardStatus } from '../../testing/card-flows'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { realNamedCitizens } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

test('a second report while the card is already reported lost is refused as a conflict that says so, and changes nothing', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const card = await reported(t, { token })
  t.clock.advance(days(1))
  const again = await t.login('citizen-zhang')
  const problem = await expectProblem(await reportLoss(t, { token: again }, 'card-report-second'), 'conflict')
  expect(problem.detail).toBe(`The card is already reported lost for now, until ${card.temporaryLossUntil ?? ''}: take the report back when the card is found`)
  expect(await myCard(t, { token: again })).toEqual(card)
  expect(await cardEventsOf(t, card.id)).toHaveLength(1)
  expect(await cardInboxOf(t, again)).toHaveLength(1)
})

test('taking back a report when the card is not reported lost is refused, and so is taking back one that has lifted by itself', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  expect((await expectProblem(await cancelLoss(t, { token }), 'conflict')).detail).toBe('The card is not reported lost: there is no report to take back')
  const card = await reported(t, { token })
  t.clock.advance(days(7))
  const later = await t.login('citizen-zhang')
  expect((await expectProblem(await cancelLoss(t, { token: later }), 'conflict')).detail).toBe('The temporary loss report has already lifted by itself: the card works again')
  expect((await cardEventsOf(t, card.id)).map((event) => event.kind)).toEqual(['temporary_loss_reported'])
  expect((await auditRows(t)).filter((row) => row.action === 'card.cancelTemporaryLoss')).toEqual([])
})

test('a card lost at the counter, being replaced or cancelled can be neither reported nor restored online; each refusal says why', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  const token = await t.login('citizen-zhang')
  const reasons: Record<Exclude<CardStatus, 'normal' | 'temporarily_lost'>, string> = {
    lost: 'The card is reported lost at a counter: apply for a replacement of it',
    being_replaced: 'A replacement of the card is being made: the old card cannot be reported or restored online',
    cancelled: 'The card is cancelled',
  }
  for (const [status, reason] of Object.entries(reasons) as [CardStatus, string][]) {
    await setCardStatus(t, zhang, status)
    expect((await myCard(t, { token }))?.status, status).toBe(status)
    expect((await expectProblem(await reportLoss(t, { token }), 'conflict', { because: status })).detail).toBe(reason)
    expect((await expectProblem(await cancelLoss(t, { token }), 'conflict', { because: status })).detail).toBe(reason)
    expect((await cardRowOf(t, zhang)).status).toBe(status)
  }
  expect(await cardEventsOf(t, (await cardRowOf(t, zhang)).id)).toEqual([])
})

test('a citizen with no card reads none, and has none to report, take back or show whole', async () => {
  const t = await createTestContext()
  const [citizen] = await realNamedCitizens(t, 1, { prefix: 'cardless' })
  const token = citizen?.token ?? ''
  expect(await myCard(t, { token })).toBeNull()
  for (const response of [await reportLoss(t, { token }, 'card-report-none'), await cancelLoss(t, { token }), await reveal(t, token)]) {
    expect((await expectProblem(response, 'not_found')).detail).toBe('No citizen card has been issued to this person')
  }
  const rows = (await auditRows(t)).filter((row) => row.action.startsWith('card.'))
  expect(rows.map((row) => [row.action, row.kind, row.objectId])).toEqual([['card.getMyCard', 'read', null]])
})

test('two reports sent at once stop the card once: one is answered with the card, the other with a conflict', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const responses = await Promise.all([reportLoss(t, { token }, 'card-report-at-once-1'), reportLoss(t, { token }, 'card-report-at-once-2')])
  expect(responses.map((response) => response.status).sort()).toEqual([200, 409])
  const card = await cardRowOf(t, await userIdOf(t, 'citizen-zhang'))
  expect(await cardEventsOf(t, card.id)).toHaveLength(1)
  expect(await cardInboxOf(t, token)).toHaveLength(1)
  expect((await auditRows(t)).filter((row) => row.action === 'card.reportCardLostTemporarily')).toHaveLength(1)
})
