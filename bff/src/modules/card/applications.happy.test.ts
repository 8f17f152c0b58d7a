import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { MyApplicationAnswer } from '@renshe/shared/card/applications'
import { AccessLogEntry } from '@renshe/shared/identity/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import { realNames } from '../../db/schema'
import { days, hours } from '../../platform/clock'
import {
  applicationRow,
  applicationRows,
  applied,
  bankIds,
  bankKeys,
  cardsOf,
  collect,
  damagedAtIcbc,
  getApplication,
  madeCard,
  myApplication,
  outletIds,
  producedAndDelivered,
  receiptOf,
  step,
} from '../../testing/card-application-flows'
import { cancelLoss, cardEventsOf, cardInboxOf, cardRowOf, myCard, reported } from '../../testing/card-flows'
import { auditRows, seededGrantOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { realNamedCitizens } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

const zhangIdNumber = '330302199003151231'
const icbcLucheng = { id: outletIds.icbcLucheng, name: '中国工商银行温州分行营业部', address: '温州市鹿城区车站大道 479 号', hours: '周一至周五 9:00–17:00，周六 9:00–12:00', bankName: '中国工商银行温州分行' }

test('citizen-zhang applies for a replacement of her damaged card at ICBC’s Lucheng counter: the old card stops at once, and the application is recorded and told to her', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const zhang = await userIdOf(t, 'citizen-zhang')
  const old = await cardRowOf(t, zhang)
  const at = t.clock.now().toISOString()
  const application = await applied(t, { token }, damagedAtIcbc)
  expect(application).toEqual({
    id: application.id,
    kind: 'replacement',
    reason: 'damaged',
    status: 'applied',
    outlet: icbcLucheng,
    steps: [{ status: 'applied', at }],
    newCardNumberMasked: null,
    collectBy: null,
  })
  expect(await applicationRow(t, application.id)).toMatchObject({ holderUserId: zhang, partnerId: bankIds.icbc, oldCardId: old.id, byUserId: zhang, viaGrantId: null })
  expect(await myCard(t, { token })).toMatchObject({ id: old.id, status: 'being_replaced', temporaryLossUntil: null })
  expect((await cardEventsOf(t, old.id)).map((event) => [event.kind, event.byUserId])).toEqual([['replacement_applied', zhang]])
  const written = (await auditRows(t)).filter((row) => row.action === 'card.applyForCard')
  expect(written.map((row) => [row.kind, row.actorUserId, row.subjectUserId, row.objectType, row.objectId])).toEqual([['write', zhang, zhang, 'card_application', application.id]])
  expect(await cardInboxOf(t, token)).toEqual([
    expect.objectContaining({ template: 'card.applicationReceived', params: { outletName: '中国工商银行温州分行营业部' }, link: '/features/card/pages/application/index' }),
  ])
  expect(await myApplication(t, { token })).toEqual(application)
  const [read] = (await auditRows(t)).slice(-1)
  expect(read).toMatchObject({ action: 'card.getMyApplication', kind: 'read', actorUserId: zhang, subjectUserId: zhang, objectType: 'card_application', objectId: application.id })
})

test('she follows it step by step as ICBC makes the card and sends it to the counter, and collects it there: the new card works, the old one is cancelled', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const zhang = await userIdOf(t, 'citizen-zhang')
  const old = await cardRowOf(t, zhang)
  const appliedAt = t.clock.now().toISOString()
  const application = await applied(t, { token }, damagedAtIcbc)

  t.clock.advance(days(3))
  const producedAt = t.clock.now().toISOString()
  expect(await receiptOf(await step(t, bankKeys.icbc, application.id, { step: 'produced', reference: 'ICBC-P-1', ...madeCard }))).toEqual({ received: true, reference: 'ICBC-P-1', replayed: false })
  t.clock.advance(days(2))
  const deliveredAt = t.clock.now().toISOString()
  await receiptOf(await step(t, bankKeys.icbc, application.id, { step: 'at_outlet', reference: 'ICBC-O-1' }))
  const later = await t.login('citizen-zhang')
  expect(await myApplication(t, { token: later })).toEqual({
    ...application,
    status: 'at_outlet',
    steps: [
      { status: 'applied', at: appliedAt },
      { status: 'produced', at: producedAt },
      { status: 'at_outlet', at: deliveredAt },
    ],
    newCardNumberMasked: 'A****9001',
    // At the outlet on 4 December (China): kept there 90 days.
    collectBy: '2027-03-04',
  })

  t.clock.advance(hours(20))
  const collectedAt = t.clock.now().toISOString()
  expect(await receiptOf(await collect(t, bankKeys.icbc, application.id, { reference: 'ICBC-C-1', idNumber: zhangIdNumber }))).toEqual({ received: true, reference: 'ICBC-C-1', replayed: false })
  const now = await t.login('citizen-zhang')
  const card = await myCard(t, { token: now })
  expect(card).toMatchObject({ cardNumberMasked: 'A****9001', status: 'normal', issuingBank: '中国工商银行温州分行', issuedOn: '2026-12-05', validUntil: '2036-11-29', holderMaskedName: '张*' })
  const held = await cardsOf(t, zhang)
  expect(held.map((row) => [row.id === old.id, row.status, row.issuerPartnerId])).toEqual([
    [true, 'cancelled', bankIds.icbc],
    [false, 'normal', bankIds.icbc],
  ])
  expect(t.deps.sealer.open(held[1]?.cardNumberEnc ?? '')).toBe('A30299001')
  expect(held[1]?.cardNumberIndex).toBe(t.deps.blindIndex('card_number', 'A30299001'))
  expect((await cardEventsOf(t, old.id)).map((event) => [event.kind, event.byUserId])).toEqual([
    ['replacement_applied', zhang],
    ['cancelled', null],
  ])
  expect((await cardEventsOf(t, card?.id ?? '')).map((event) => [event.kind, event.at])).toEqual([['collected', collectedAt]])
  const done = await myApplication(t, { token: now })
  expect(done).toMatchObject({ status: 'collected', collectBy: null, newCardNumberMasked: 'A****9001' })
  expect(done?.steps.map((s) => s.status)).toEqual(['applied', 'produced', 'at_outlet', 'collected'])
  expect(await applicationRow(t, application.id)).toMatchObject({ newCardId: card?.id, collectedAt })

  expect((await cardInboxOf(t, now)).map((message) => [message.template, message.params, message.link])).toEqual([
    ['card.cardCollected', { newCardNumberMasked: 'A****9001' }, '/features/card/pages/mine/index'],
    ['card.cardAtOutlet', { outletName: icbcLucheng.name, address: icbcLucheng.address, hours: icbcLucheng.hours, collectBy: '2027-03-04' }, '/features/card/pages/application/index'],
    ['card.cardProduced', { newCardNumberMasked: 'A****9001' }, '/features/card/pages/application/index'],
    ['card.applicationReceived', { outletName: icbcLucheng.name }, '/features/card/pages/application/index'],
  ])
  // The bank's acts about her are in her access log, under the bank's name.
  const log = await expectOk(await t.call('GET', '/api/me/access-log?limit=20', { token: now }), Page(AccessLogEntry))
  const byBank = log.items.filter((item) => item.operation.startsWith('card.partner'))
  expect(byBank.map((item) => [item.operation, item.actor.maskedName, item.actor.self])).toEqual([
    ['card.partnerRecordCollection', '中国工商银行温州分行', false],
    ['card.partnerReportApplicationStep', '中国工商银行温州分行', false],
    ['card.partnerReportApplicationStep', '中国工商银行温州分行', false],
  ])
})

test('a card reported lost for now is replaced: the report is superseded and can no longer be taken back, and the job leaves it alone', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const zhang = await userIdOf(t, 'citizen-zhang')
  await reported(t, { token })
  t.clock.advance(hours(10))
  const later = await t.login('citizen-zhang')
  await applied(t, { token: later }, { kind: 'replacement', reason: 'lost', outletId: outletIds.wuma })
  const card = await cardRowOf(t, zhang)
  expect(card).toMatchObject({ status: 'being_replaced', temporaryLossAt: null, temporaryLossUntil: null })
  expect((await expectProblem(await cancelLoss(t, { token: later }), 'conflict')).detail).toBe('A replacement of the card is being made: the old card cannot be reported or restored online')
  expect((await cardEventsOf(t, card.id)).map((event) => event.kind)).toEqual(['temporary_loss_reported', 'replacement_applied'])
})

test('a temporary report whose days ran before she applied is recorded as lifted first, then the card is stopped for its replacement', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  const report = await reported(t, { token: await t.login('citizen-zhang') })
  t.clock.advance(days(8))
  await applied(t, { token: await t.login('citizen-zhang') }, damagedAtIcbc)
  const events = await cardEventsOf(t, (await cardRowOf(t, zhang)).id)
  expect(events.map((event) => [event.kind, event.at])).toEqual([
    ['temporary_loss_reported', expect.any(String)],
    ['temporary_loss_lifted', report.temporaryLossUntil],
    ['replacement_applied', t.clock.now().toISOString()],
  ])
})

test('a person with no card applies for her first one at the community counter of Wuma, served by 温州银行; it is collected at an ICBC counter in the same way', async () => {
  const t = await createTestContext()
  const [first, second] = await realNamedCitizens(t, 2, { prefix: 'cardless' })
  if (!first || !second) throw new Error('no citizens were made')
  const atWuma = await applied(t, { token: first.token }, { kind: 'first', outletId: outletIds.wuma })
  expect(atWuma).toMatchObject({ kind: 'first', reason: null, status: 'applied', outlet: { name: '五马街道社区服务中心', bankName: '温州银行' } })
  expect(await applicationRow(t, atWuma.id)).toMatchObject({ partnerId: bankIds.wzbank, oldCardId: null })
  // 温州银行 makes it and sends it on (level 1 is enough for the production steps).
  await producedAndDelivered(t, bankKeys.wzbank, atWuma.id, { newCardNumber: 'A30277001', validUntil: '2036-11-29' })
  expect(await myApplication(t, { token: first.token })).toMatchObject({ status: 'at_outlet', newCardNumberMasked: 'A****7001' })

  const atIcbc = await applied(t, { token: second.token }, { kind: 'first', outletId: outletIds.icbcLucheng })
  await producedAndDelivered(t, bankKeys.icbc, atIcbc.id, { newCardNumber: 'A30277002', validUntil: '2036-11-29' })
  await receiptOf(await collect(t, bankKeys.icbc, atIcbc.id, { reference: 'FIRST-C', idNumber: await idNumberOf(t, second.userId) }))
  const card = await myCard(t, { token: second.token })
  // Her first card is of the county where she is insured.
  expect(card).toMatchObject({ cardNumberMasked: 'A****7002', status: 'normal', temporaryLossDays: 7, issuingBank: '中国工商银行温州分行' })
  expect((await cardsOf(t, second.userId)).map((row) => [row.regionCode, row.issuerPartnerId])).toEqual([['330302', bankIds.icbc]])
})

test('grid staff with card.assist apply for elder-wang at her community counter: recorded as his act, for her, under the grant', async () => {
  const t = await createTestContext()
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  const chen = await userIdOf(t, 'staff-chen')
  const wang = await userIdOf(t, 'elder-wang')
  const application = await applied(t, { token: staff, actingFor: grantId }, { kind: 'replacement', reason: 'expired', outletId: outletIds.wuma })
  expect(await applicationRow(t, application.id)).toMatchObject({ holderUserId: wang, byUserId: chen, viaGrantId: grantId })
  expect((await cardEventsOf(t, (await cardRowOf(t, wang)).id)).map((event) => [event.kind, event.byUserId, event.viaGrantId])).toEqual([['replacement_applied', chen, grantId]])
  const written = (await auditRows(t)).filter((row) => row.action === 'card.applyForCard')
  expect(written.map((row) => [row.actorUserId, row.subjectUserId, row.viaGrantId])).toEqual([[chen, wang, grantId]])
  expect(await myApplication(t, { token: staff, actingFor: grantId })).toEqual(application)
  // His own card is untouched, and he has no application of his own.
  expect((await myCard(t, { token: staff }))?.status).toBe('normal')
  expect(await myApplication(t, { token: staff })).toBeNull()
  expect(await myCard(t, { token: await t.login('elder-wang') })).toMatchObject({ status: 'being_replaced' })
})

test('an application sent again with its Idempotency-Key answers the same application, made once', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const first = await applied(t, { token }, damagedAtIcbc, 'card-apply-once-key')
  const again = await applied(t, { token }, damagedAtIcbc, 'card-apply-once-key')
  expect(again).toEqual(first)
  expect(await applicationRows(t)).toHaveLength(1)
  expect((await cardInboxOf(t, token)).filter((message) => message.template === 'card.applicationReceived')).toHaveLength(1)
})

test('after collecting her replacement she may apply again, and her latest application is the one she sees', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const first = await applied(t, { token }, damagedAtIcbc)
  await producedAndDelivered(t, bankKeys.icbc, first.id)
  await receiptOf(await collect(t, bankKeys.icbc, first.id, { reference: 'C-1', idNumber: zhangIdNumber }))
  t.clock.advance(days(1))
  const later = await t.login('citizen-zhang')
  const second = await applied(t, { token: later }, { kind: 'replacement', reason: 'details_changed', outletId: outletIds.wuma })
  expect((await expectOk(await getApplication(t, { token: later }), MyApplicationAnswer)).application?.id).toBe(second.id)
  expect((await myCard(t, { token: later }))?.cardNumberMasked).toBe('A****9001')
})

async function idNumberOf(t: TestContext, userId: string): Promise<string> {
  const [row] = await t.deps.db.read((q) => q.select({ idNumberEnc: realNames.idNumberEnc }).from(realNames).where(eq(realNames.userId, userId)))
  if (!row) throw new Error(`no real name of ${userId}`)
  return t.deps.sealer.open(row.idNumberEnc)
}
