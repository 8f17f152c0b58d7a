import { expect, test } from 'vitest'
import { devPartnerKeys } from '../../db/seed/retiree'
import { partnerActorId } from '../../platform/partner-access'
import {
  applicationRow,
  applied,
  bankIds,
  bankKeys,
  cardsOf,
  collect,
  damagedAtIcbc,
  madeCard,
  outletIds,
  producedAndDelivered,
  queue,
  receiptOf,
  reportLostAtCounter,
  signalsOf,
  step,
} from '../../testing/card-application-flows'
import { cardEventsOf, cardInboxOf, cardRowOf, setCardStatus } from '../../testing/card-flows'
import { auditRows } from '../../testing/flows'
import { registeredPartner } from '../../testing/retiree-flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { userIdOf } from '../../testing/wages-flows'

const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'
const zhangIdNumber = '330302199003151231'
const wang = { cardNumber: 'A30201877', idNumber: '330302194406080025' }

/** A refusal as the bank sees it, without what differs on every request. */
async function shapeOf(response: Response): Promise<unknown> {
  const { requestId: _requestId, instance: _instance, ...rest } = (await response.json()) as Record<string, unknown>
  return { status: response.status, ...rest }
}

async function zhangAtTheCounter(t: TestContext) {
  const application = await applied(t, { token: await t.login('citizen-zhang') }, damagedAtIcbc)
  await producedAndDelivered(t, bankKeys.icbc, application.id)
  return application
}

test('a bank’s key on another bank’s application is answered exactly as an unknown id, whatever it sends, and changes nothing', async () => {
  const t = await createTestContext()
  const atIcbc = await applied(t, { token: await t.login('citizen-zhang') }, damagedAtIcbc)
  const atWzbank = await applied(t, { token: await t.login('elder-wang') }, { kind: 'replacement', reason: 'expired', outletId: outletIds.wuma })
  const tries: [string, string, (id: string, reference: string) => Promise<Response>][] = [
    ['温州银行 → ICBC’s', atIcbc.id, (id, reference) => step(t, bankKeys.wzbank, id, { step: 'produced', reference, ...madeCard })],
    ['温州银行 → ICBC’s', atIcbc.id, (id, reference) => step(t, bankKeys.wzbank, id, { step: 'at_outlet', reference })],
    ['ICBC → 温州银行’s', atWzbank.id, (id, reference) => step(t, bankKeys.icbc, id, { step: 'produced', reference, ...madeCard })],
    ['ICBC → 温州银行’s', atWzbank.id, (id, reference) => collect(t, bankKeys.icbc, id, { reference, idNumber: wang.idNumber })],
  ]
  let n = 0
  for (const [because, id, send] of tries) {
    n += 1
    const foreign = await send(id, `X-${n}`)
    const unknown = await send(unknownId, `Y-${n}`)
    await expectProblem(foreign.clone(), 'not_found', { because })
    expect(await shapeOf(foreign), because).toEqual(await shapeOf(unknown))
  }
  expect((await applicationRow(t, atIcbc.id)).status).toBe('applied')
  expect((await applicationRow(t, atWzbank.id)).status).toBe('applied')
  expect(await signalsOf(t, bankIds.icbc)).toEqual([])
  expect(await signalsOf(t, bankIds.wzbank)).toEqual([])
  // Each refusal is on the refused bank's record.
  expect((await auditRows(t)).filter((row) => row.action === 'partner.refused')).toHaveLength(8)
})

test('a formal loss report of a card another bank issued, of a cancelled card, with an ID number not its holder’s or of no card at all is answered exactly alike, and changes nothing', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  await setCardStatus(t, await userIdOf(t, 'retiree-sun'), 'cancelled')
  const answers = [
    // elder-wang's card was issued by 温州银行.
    await reportLostAtCounter(t, bankKeys.icbc, { reference: 'L-1', ...wang }),
    // citizen-zhang's card is ICBC's, but the ID number shown is elder-wang's.
    await reportLostAtCounter(t, bankKeys.icbc, { reference: 'L-2', cardNumber: 'A30231234', idNumber: wang.idNumber }),
    // retiree-sun's ICBC card is cancelled.
    await reportLostAtCounter(t, bankKeys.icbc, { reference: 'L-3', cardNumber: 'A30217346', idNumber: '33030219550312301X' }),
    await reportLostAtCounter(t, bankKeys.icbc, { reference: 'L-4', cardNumber: 'A39999999', idNumber: zhangIdNumber }),
  ]
  const shapes = await Promise.all(answers.map(shapeOf))
  expect(shapes[0]).toMatchObject({ status: 404, code: 'not_found' })
  for (const shape of shapes) expect(shape).toEqual(shapes[0])
  expect((await cardRowOf(t, zhang)).status).toBe('normal')
  expect((await cardRowOf(t, await userIdOf(t, 'elder-wang'))).status).toBe('normal')
  expect(await signalsOf(t, bankIds.icbc)).toEqual([])
  expect(await cardInboxOf(t, await t.login('citizen-zhang'))).toEqual([])
})

test('a level-1 bank key cannot hand over a card or take a formal loss report: refused, recorded as refused, and nothing changes', async () => {
  const t = await createTestContext()
  const wangId = await userIdOf(t, 'elder-wang')
  const levelOne = await registeredPartner(t, { name: '温州农商银行', kind: 'bank', dataLevel: 1 })
  const atWuma = await applied(t, { token: await t.login('elder-wang') }, { kind: 'replacement', reason: 'expired', outletId: outletIds.wuma })
  await producedAndDelivered(t, bankKeys.wzbank, atWuma.id, { newCardNumber: 'A30277001', validUntil: '2036-11-29' })
  await expectProblem(await collect(t, levelOne.key, atWuma.id, { reference: 'NS-C', idNumber: wang.idNumber }), 'forbidden')
  await expectProblem(await reportLostAtCounter(t, levelOne.key, { reference: 'NS-L', ...wang }), 'forbidden')
  expect((await applicationRow(t, atWuma.id)).status).toBe('at_outlet')
  expect((await cardsOf(t, wangId)).map((card) => card.status)).toEqual(['being_replaced'])
  const refused = (await auditRows(t)).filter((row) => row.action === 'partner.refused')
  expect(refused.map((row) => [row.actorUserId, row.objectId])).toEqual([
    [partnerActorId(levelOne.id), 'card.partnerRecordCollection'],
    [partnerActorId(levelOne.id), 'card.partnerReportCardLost'],
  ])
})

test('a partner that is not a bank is refused every card operation, whatever its level', async () => {
  const t = await createTestContext()
  const application = await zhangAtTheCounter(t)
  for (const key of [devPartnerKeys.hospital, devPartnerKeys.transit, devPartnerKeys.civilAffairs]) {
    const problem = await expectProblem(await queue(t, key), 'forbidden', { because: key })
    expect(problem.detail).toBe('Only a bank that serves card outlets makes, hands over and reports cards')
    await expectProblem(await step(t, key, application.id, { step: 'at_outlet', reference: 'NB-1' }), 'forbidden', { because: key })
  }
  await expectProblem(await collect(t, devPartnerKeys.civilAffairs, application.id, { reference: 'NB-2', idNumber: zhangIdNumber }), 'forbidden')
  await expectProblem(await reportLostAtCounter(t, devPartnerKeys.civilAffairs, { reference: 'NB-3', cardNumber: madeCard.newCardNumber, idNumber: zhangIdNumber }), 'forbidden')
  expect((await applicationRow(t, application.id)).status).toBe('at_outlet')
})

test('an ID number that is not the applicant’s is refused at collection without saying whose it is; nothing changes, and the right one then collects under the same reference', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  const application = await zhangAtTheCounter(t)
  const wrong = await expectProblem(await collect(t, bankKeys.icbc, application.id, { reference: 'C-1', idNumber: wang.idNumber }), 'conflict')
  expect(wrong.detail).toBe('The ID number shown is not the applicant’s: the card is handed to the applicant only')
  expect(JSON.stringify(wrong)).not.toMatch(/王|张|330302/)
  expect(await expectFieldErrors(await collect(t, bankKeys.icbc, application.id, { reference: 'C-1', idNumber: '330302199003151232' }))).toEqual({ 'body.idNumber': 'idNumber.checkDigit' })
  expect((await applicationRow(t, application.id)).status).toBe('at_outlet')
  expect((await cardsOf(t, zhang)).map((card) => card.status)).toEqual(['being_replaced'])
  expect((await signalsOf(t, bankIds.icbc)).map((signal) => signal.kind)).toEqual(['card_produced', 'card_at_outlet'])
  expect(await receiptOf(await collect(t, bankKeys.icbc, application.id, { reference: 'C-1', idNumber: zhangIdNumber }))).toEqual({ received: true, reference: 'C-1', replayed: false })
  expect((await cardsOf(t, zhang)).map((card) => card.status)).toEqual(['cancelled', 'normal'])
})

test('steps come in order: at the outlet before it is made, made twice, or collected before it is at the outlet are refused; a collection sent twice counts once', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  const application = await applied(t, { token: await t.login('citizen-zhang') }, damagedAtIcbc)
  expect((await expectProblem(await step(t, bankKeys.icbc, application.id, { step: 'at_outlet', reference: 'S-1' }), 'conflict')).detail).toBe('The application is at step applied: at_outlet follows produced only')
  await expectProblem(await collect(t, bankKeys.icbc, application.id, { reference: 'S-2', idNumber: zhangIdNumber }), 'conflict')
  await receiptOf(await step(t, bankKeys.icbc, application.id, { step: 'produced', reference: 'S-3', ...madeCard }))
  await expectProblem(await step(t, bankKeys.icbc, application.id, { step: 'produced', reference: 'S-4', ...madeCard, newCardNumber: 'A30299002' }), 'conflict')
  await receiptOf(await step(t, bankKeys.icbc, application.id, { step: 'at_outlet', reference: 'S-5' }))
  const sends = await Promise.all([1, 2].map(() => collect(t, bankKeys.icbc, application.id, { reference: 'S-6', idNumber: zhangIdNumber })))
  const receipts = await Promise.all(sends.map(receiptOf))
  expect(receipts.map((receipt) => receipt.replayed).sort()).toEqual([false, true])
  expect((await cardsOf(t, zhang)).map((card) => card.status)).toEqual(['cancelled', 'normal'])
  expect((await cardInboxOf(t, await t.login('citizen-zhang'))).filter((message) => message.template === 'card.cardCollected')).toHaveLength(1)
  // Collected: no step moves it back.
  await expectProblem(await step(t, bankKeys.icbc, application.id, { step: 'at_outlet', reference: 'S-7' }), 'conflict')
  await expectProblem(await collect(t, bankKeys.icbc, application.id, { reference: 'S-8', idNumber: zhangIdNumber }), 'conflict')
})

test('a reference used for one act is refused for another; a card number already on a card, or a card valid no longer, is refused', async () => {
  const t = await createTestContext()
  const application = await applied(t, { token: await t.login('citizen-zhang') }, damagedAtIcbc)
  await receiptOf(await step(t, bankKeys.icbc, application.id, { step: 'produced', reference: 'R-1', ...madeCard }))
  const reused = await expectProblem(await step(t, bankKeys.icbc, application.id, { step: 'at_outlet', reference: 'R-1' }), 'conflict')
  expect(reused.detail).toBe('This reference was already used for another report: send each report under a reference of its own')
  expect((await applicationRow(t, application.id)).status).toBe('produced')

  const other = await applied(t, { token: await t.login('retiree-sun') }, damagedAtIcbc)
  for (const newCardNumber of ['A30231234', madeCard.newCardNumber]) {
    const taken = await expectProblem(await step(t, bankKeys.icbc, other.id, { step: 'produced', reference: `R-${newCardNumber}`, newCardNumber, validUntil: '2036-12-01' }), 'conflict')
    expect(taken.detail).toBe('The card number is already on another card')
  }
  expect(await expectFieldErrors(await step(t, bankKeys.icbc, other.id, { step: 'produced', reference: 'R-3', newCardNumber: 'A30299003', validUntil: '2026-11-29' }))).toEqual({ 'body.validUntil': 'field.invalid' })
  expect(await expectFieldErrors(await step(t, bankKeys.icbc, other.id, { step: 'produced', reference: 'R-4', newCardNumber: 'a3029900', validUntil: '2036-11-29' }))).toEqual({ 'body.newCardNumber': 'field.invalid' })
  expect((await applicationRow(t, other.id)).status).toBe('applied')
})

test('a formal loss report of a card already lost, or being replaced, is refused as such to the bank that issued it', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  const card = await cardRowOf(t, zhang)
  await receiptOf(await reportLostAtCounter(t, bankKeys.icbc, { reference: 'FL-1', cardNumber: 'A30231234', idNumber: zhangIdNumber }))
  expect((await expectProblem(await reportLostAtCounter(t, bankKeys.icbc, { reference: 'FL-2', cardNumber: 'A30231234', idNumber: zhangIdNumber }), 'conflict')).detail).toBe('The card is already reported lost')
  await applied(t, { token: await t.login('citizen-zhang') }, { kind: 'replacement', reason: 'lost', outletId: outletIds.icbcLucheng })
  expect((await expectProblem(await reportLostAtCounter(t, bankKeys.icbc, { reference: 'FL-3', cardNumber: 'A30231234', idNumber: zhangIdNumber }), 'conflict')).detail).toBe(
    'A replacement of the card is under way: the card is stopped already',
  )
  expect((await cardEventsOf(t, card.id)).map((event) => event.kind)).toEqual(['reported_lost', 'replacement_applied'])
})
