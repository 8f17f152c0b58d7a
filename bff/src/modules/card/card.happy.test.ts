import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { MyCard, RevealedCard } from '@renshe/shared/card/schemas'
import { AccessLogEntry } from '@renshe/shared/identity/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import { loadConfig } from '../../config'
import { cards } from '../../db/schema'
import { demoCardFaces } from '../../db/seed/card'
import { demoAccounts } from '../../db/seed/demo-accounts'
import { days, minutes } from '../../platform/clock'
import { portalJobs } from '../../serve'
import { cancelLoss, cardEventsOf, cardInboxOf, cardRowOf, cardRowOfAccount, issueCard, myCard, reportLoss, reported, reveal, runCard } from '../../testing/card-flows'
import { auditRows, seededGrantOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { realNamedCitizens } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'
import { cardJob, liftRunOutLosses } from './jobs'

/** 23:00 in Wenzhou on the test's day, when no counter is open. */
const lateEvening = '2026-11-29T15:00:00.000Z'

async function atLateEvening(t: TestContext, account = 'citizen-zhang'): Promise<string> {
  t.clock.set(lateEvening)
  return t.login(account)
}

test('every demo citizen with a real name holds one normal card: its number sealed, found by its blind index, kept masked, valid ten years', async () => {
  const t = await createTestContext()
  const citizens = demoAccounts.filter((demo) => demo.roles.includes('citizen') && demo.idNumber !== undefined)
  expect(citizens.map((demo) => demo.account).sort()).toEqual(Object.keys(demoCardFaces).sort())
  for (const demo of citizens) {
    const row = await cardRowOfAccount(t, demo.account)
    const face = demoCardFaces[demo.account]
    expect(t.deps.sealer.open(row.cardNumberEnc), demo.account).toBe(face?.number)
    expect(row.cardNumberIndex).toBe(t.deps.blindIndex('card_number', face?.number ?? ''))
    expect(row).toMatchObject({ cardNumberMasked: `${face?.number.slice(0, 1)}****${face?.number.slice(-4)}`, regionCode: '330302', status: 'normal', issuingBank: face?.bank })
    expect(row.issuedOn < '2026-11-29').toBe(true)
    expect(row.validUntil).toBe(`${Number(row.issuedOn.slice(0, 4)) + 10}${row.issuedOn.slice(4)}`)
  }
  // citizen-li has still to bind her real name: no card is hers yet.
  const li = await userIdOf(t, 'citizen-li')
  expect(await t.deps.db.read((q) => q.select().from(cards).where(eq(cards.holderUserId, li)))).toEqual([])
})

test('citizen-zhang reads her card masked, with the status she should see and her region’s days; the read is recorded', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const zhang = await userIdOf(t, 'citizen-zhang')
  const card = await myCard(t, { token })
  expect(card).toEqual({
    id: (await cardRowOf(t, zhang)).id,
    cardNumberMasked: 'A****1234',
    holderMaskedName: '张*',
    socialSecurityNumberMasked: '330302********1231',
    issuingBank: '中国工商银行温州分行',
    issuedOn: '2020-05-24',
    validUntil: '2030-05-24',
    status: 'normal',
    temporaryLossUntil: null,
    temporaryLossDays: 7,
  })
  const [read] = (await auditRows(t)).slice(-1)
  expect(read).toMatchObject({ action: 'card.getMyCard', kind: 'read', actorUserId: zhang, subjectUserId: zhang, viaGrantId: null, objectType: 'card', objectId: card?.id })
})

test('she shows her card whole: its number, her name and social-security number; each time is a read in her own access log', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const zhang = await userIdOf(t, 'citizen-zhang')
  expect(await expectOk(await reveal(t, token), RevealedCard)).toEqual({ cardNumber: 'A30231234', holderName: '张伟', socialSecurityNumber: '330302199003151231' })
  const [read] = (await auditRows(t)).slice(-1)
  expect(read).toMatchObject({ action: 'card.revealMyCard', kind: 'read', actorUserId: zhang, subjectUserId: zhang, objectType: 'card', objectId: (await cardRowOf(t, zhang)).id })
  const log = await expectOk(await t.call('GET', '/api/me/access-log?limit=10', { token }), Page(AccessLogEntry))
  expect(log.items[0]).toMatchObject({ operation: 'card.revealMyCard', kind: 'read', actor: { self: true, system: false }, byProxy: false })
})

test('reported at 23:00 in Lucheng, the card stops at once and its report lifts 7 days later; the report is recorded and told to her', async () => {
  const t = await createTestContext()
  const token = await atLateEvening(t)
  const zhang = await userIdOf(t, 'citizen-zhang')
  const card = await reported(t, { token })
  const until = '2026-12-06T15:00:00.000Z'
  expect(card).toMatchObject({ cardNumberMasked: 'A****1234', status: 'temporarily_lost', temporaryLossUntil: until, temporaryLossDays: 7 })
  expect(await myCard(t, { token })).toEqual(card)
  expect(await cardRowOf(t, zhang)).toMatchObject({ status: 'temporarily_lost', temporaryLossAt: lateEvening, temporaryLossUntil: until, updatedAt: lateEvening })
  expect((await cardEventsOf(t, card.id)).map(({ kind, at, byUserId, viaGrantId }) => ({ kind, at, byUserId, viaGrantId }))).toEqual([
    { kind: 'temporary_loss_reported', at: lateEvening, byUserId: zhang, viaGrantId: null },
  ])
  const written = (await auditRows(t)).filter((row) => row.action === 'card.reportCardLostTemporarily')
  expect(written.map((row) => [row.kind, row.actorUserId, row.subjectUserId, row.objectId])).toEqual([['write', zhang, zhang, card.id]])
  expect(await cardInboxOf(t, token)).toEqual([
    expect.objectContaining({ template: 'card.temporaryLossReported', params: { cardNumberMasked: 'A****1234', until }, link: '/features/card/pages/mine/index', action: null }),
  ])
})

test('in Ouhai (330304) a temporary loss report lasts 10 days', async () => {
  const t = await createTestContext()
  const [ouhai] = await realNamedCitizens(t, 1, { prefix: 'ouhai', regionCode: '330304' })
  if (!ouhai) throw new Error('no Ouhai citizen was made')
  await issueCard(t, ouhai.userId, { number: 'B30412345', regionCode: '330304' })
  const token = await atLateEvening(t, ouhai.userId)
  expect((await myCard(t, { token }))?.temporaryLossDays).toBe(10)
  expect(await reported(t, { token })).toMatchObject({ cardNumberMasked: 'B****2345', status: 'temporarily_lost', temporaryLossUntil: '2026-12-09T15:00:00.000Z', temporaryLossDays: 10 })
})

test('she takes the report back when the card turns up: it works again at once, and the change is recorded and told to her', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  const card = await reported(t, { token: await atLateEvening(t) })
  t.clock.advance(days(2))
  const token = await t.login('citizen-zhang')
  const restored = await expectOk(await cancelLoss(t, { token }), MyCard)
  expect(restored).toEqual({ ...card, status: 'normal', temporaryLossUntil: null })
  expect(await cardRowOf(t, zhang)).toMatchObject({ status: 'normal', temporaryLossAt: null, temporaryLossUntil: null, updatedAt: t.clock.now().toISOString() })
  expect((await cardEventsOf(t, card.id)).map((event) => [event.kind, event.byUserId])).toEqual([
    ['temporary_loss_reported', zhang],
    ['temporary_loss_cancelled', zhang],
  ])
  expect((await auditRows(t)).filter((row) => row.action === 'card.cancelTemporaryLoss').map((row) => [row.actorUserId, row.subjectUserId, row.objectId])).toEqual([[zhang, zhang, card.id]])
  expect((await cardInboxOf(t, token)).map((message) => [message.template, message.params])).toEqual([
    ['card.temporaryLossCancelled', { cardNumberMasked: 'A****1234' }],
    ['card.temporaryLossReported', { cardNumberMasked: 'A****1234', until: card.temporaryLossUntil }],
  ])
})

test('a report sent again with its Idempotency-Key answers the same card and reports nothing twice; so does a take-back', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const first = await reported(t, { token }, 'card-report-0001')
  t.clock.advance(minutes(1))
  const again = await reportLoss(t, { token }, 'card-report-0001')
  expect(again.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(again, MyCard)).toEqual(first)
  const restored = await expectOk(await cancelLoss(t, { token }, 'card-cancel-0001'), MyCard)
  t.clock.advance(minutes(1))
  const cancelledAgain = await cancelLoss(t, { token }, 'card-cancel-0001')
  expect(cancelledAgain.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(cancelledAgain, MyCard)).toEqual(restored)
  expect((await cardEventsOf(t, first.id)).map((event) => event.kind)).toEqual(['temporary_loss_reported', 'temporary_loss_cancelled'])
  expect(await cardInboxOf(t, token)).toHaveLength(2)
})

test('the job lifts a report once its days have run and not a minute before, tells her, and lifts nothing twice', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  const card = await reported(t, { token: await atLateEvening(t) })
  t.clock.advance(days(7) - minutes(1))
  expect(await runCard(t)).toEqual({ lifted: 0 })
  expect((await myCard(t, { token: await t.login('citizen-zhang') }))?.status).toBe('temporarily_lost')
  t.clock.advance(minutes(1))
  expect(await runCard(t)).toEqual({ lifted: 1 })
  expect(await cardRowOf(t, zhang)).toMatchObject({ status: 'normal', temporaryLossAt: null, temporaryLossUntil: null })
  expect((await cardEventsOf(t, card.id)).map((event) => [event.kind, event.at, event.byUserId])).toEqual([
    ['temporary_loss_reported', lateEvening, zhang],
    ['temporary_loss_lifted', '2026-12-06T15:00:00.000Z', null],
  ])
  const lifts = (await auditRows(t)).filter((row) => row.action === 'card.liftTemporaryLoss')
  expect(lifts.map((row) => [row.kind, row.actorUserId, row.subjectUserId, row.objectId])).toEqual([['write', null, zhang, card.id]])
  const token = await t.login('citizen-zhang')
  expect((await cardInboxOf(t, token)).map((message) => [message.template, message.params])[0]).toEqual(['card.temporaryLossLifted', { cardNumberMasked: 'A****1234' }])
  expect(await runCard(t)).toEqual({ lifted: 0 })
  expect(await cardEventsOf(t, card.id)).toHaveLength(2)
})

test('a read after the days shows the card normal at once, before the job has run; a new report then starts afresh', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  const card = await reported(t, { token: await atLateEvening(t) })
  t.clock.advance(days(7))
  const token = await t.login('citizen-zhang')
  expect(await myCard(t, { token })).toMatchObject({ status: 'normal', temporaryLossUntil: null })
  expect((await cardRowOf(t, zhang)).status).toBe('temporarily_lost')
  t.clock.advance(days(1))
  const again = await reported(t, { token: await t.login('citizen-zhang') })
  expect(again).toMatchObject({ status: 'temporarily_lost', temporaryLossUntil: new Date(t.clock.now().getTime() + days(7)).toISOString() })
  // The report whose days ran was lifted first, by no one: the history stays whole.
  expect((await cardEventsOf(t, card.id)).map((event) => [event.kind, event.byUserId])).toEqual([
    ['temporary_loss_reported', zhang],
    ['temporary_loss_lifted', null],
    ['temporary_loss_reported', zhang],
  ])
  expect(await runCard(t)).toEqual({ lifted: 0 })
})

test('the job lifts at most its limit a run, the longest run out first; the rest are lifted by the next', async () => {
  const t = await createTestContext()
  for (const account of ['retiree-sun', 'citizen-zhang', 'worker-zhao']) {
    await reported(t, { token: await t.login(account) })
    t.clock.advance(minutes(5))
  }
  t.clock.advance(days(7))
  expect(await liftRunOutLosses(t.deps, 2)).toBe(2)
  expect((await cardRowOfAccount(t, 'retiree-sun')).status).toBe('normal')
  expect((await cardRowOfAccount(t, 'citizen-zhang')).status).toBe('normal')
  expect((await cardRowOfAccount(t, 'worker-zhao')).status).toBe('temporarily_lost')
  expect(await liftRunOutLosses(t.deps, 2)).toBe(1)
  expect(await liftRunOutLosses(t.deps, 2)).toBe(0)
})

test('the server runs the card job every CARD_JOB_INTERVAL_SECONDS, and not at all with 0', () => {
  const every = (env: Record<string, string>) => {
    const loaded = loadConfig(env)
    if (!loaded.ok) throw new Error(loaded.message)
    return portalJobs(loaded.config).find((job) => job.name === cardJob)?.seconds
  }
  expect(every({})).toBe(3600)
  expect(every({ CARD_JOB_INTERVAL_SECONDS: '600' })).toBe(600)
  expect(every({ CARD_JOB_INTERVAL_SECONDS: '0' })).toBe(0)
})

test('a grid staff member with card.assist reads elder-wang’s card masked, reports it and takes it back for her; each act records his grant, and she is told and sees it in her access log', async () => {
  const t = await createTestContext()
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  const chen = await userIdOf(t, 'staff-chen')
  const wang = await userIdOf(t, 'elder-wang')
  const helper = { token: staff, actingFor: grantId }
  expect(await myCard(t, helper)).toMatchObject({ cardNumberMasked: 'A****1877', holderMaskedName: '王**', socialSecurityNumberMasked: '330302********0025', status: 'normal' })
  const card = await reported(t, helper)
  expect(card.status).toBe('temporarily_lost')
  t.clock.advance(minutes(1))
  expect((await expectOk(await cancelLoss(t, helper), MyCard)).status).toBe('normal')
  expect((await cardEventsOf(t, card.id)).map((event) => [event.kind, event.byUserId, event.viaGrantId])).toEqual([
    ['temporary_loss_reported', chen, grantId],
    ['temporary_loss_cancelled', chen, grantId],
  ])
  const acts = (await auditRows(t)).filter((row) => row.action.startsWith('card.'))
  expect(acts.map((row) => [row.action, row.kind, row.actorUserId, row.subjectUserId, row.viaGrantId])).toEqual([
    ['card.getMyCard', 'read', chen, wang, grantId],
    ['card.reportCardLostTemporarily', 'write', chen, wang, grantId],
    ['card.cancelTemporaryLoss', 'write', chen, wang, grantId],
  ])
  const elder = await t.login('elder-wang')
  expect((await cardInboxOf(t, elder)).map((message) => message.template)).toEqual(['card.temporaryLossCancelled', 'card.temporaryLossReported'])
  const log = await expectOk(await t.call('GET', '/api/me/access-log?limit=10', { token: elder }), Page(AccessLogEntry))
  expect(log.items.filter((entry) => entry.operation.startsWith('card.')).map((entry) => [entry.operation, entry.byProxy, entry.actor.name])).toEqual([
    ['card.cancelTemporaryLoss', true, '陈建华'],
    ['card.reportCardLostTemporarily', true, '陈建华'],
    ['card.getMyCard', true, '陈建华'],
  ])
})
