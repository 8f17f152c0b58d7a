import { expect, test } from 'vitest'
import { devPartnerKeys } from '../../db/seed/retiree'
import { partnerActorId } from '../../platform/partner-access'
import { hours } from '../../platform/clock'
import { bankIds, bankKeys } from '../../testing/card-application-flows'
import {
  allLedgerEntries,
  confirmationOf,
  confirmCredits,
  creditExceptionRows,
  creditFileHeaderLine,
  creditFileRows,
  creditLine,
  creditsOf,
  listCredits,
  ledgerOf,
  orderedPayment,
  paymentRow,
  reconciliationOf,
  resultOf,
  uploadCreditFile,
  utf8File,
} from '../../testing/card-money-flows'
import { auditRows, databaseDump } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { registeredPartner } from '../../testing/retiree-flows'

const zhangCard = 'A30231234'
const sunCard = 'A30217346'
const wangCard = 'A30201877'
const nothing = { credited: 0, returned: 0, held: 0, alreadyConfirmed: 0, refused: [], replayed: false }

/** How many times money went onto a card: each credited journal has one entry on the card's account. */
const creditsOnCards = (entries: { movement: string; account: string }[]) => entries.filter((entry) => entry.movement === 'credited' && entry.account.startsWith('card:')).length

test('another bank cannot list, credit or fail this bank’s payments: its reference is answered as one made up, by API and by file, and nothing moves', async () => {
  const t = await createTestContext()
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'X-1', amountFen: 10_000 })
  expect((await creditsOf(t, bankKeys.wzbank)).items).toEqual([])
  const foreign = await resultOf(await confirmCredits(t, bankKeys.wzbank, { confirmations: [confirmationOf(t, zhang)] }))
  const madeUp = await resultOf(await confirmCredits(t, bankKeys.wzbank, { confirmations: [confirmationOf(t, zhang, { reference: 'CPMADEUP0000000000' })] }))
  expect(foreign).toEqual({ ...nothing, refused: [{ line: null, reference: zhang.reference, why: 'unknown_reference' }] })
  expect(madeUp).toEqual({ ...nothing, refused: [{ line: null, reference: 'CPMADEUP0000000000', why: 'unknown_reference' }] })
  // Failed by the other bank, with the amount wrong or right: the same answer.
  const failed = await resultOf(await confirmCredits(t, bankKeys.wzbank, { confirmations: [confirmationOf(t, zhang, { outcome: 'failed' }), confirmationOf(t, zhang, { amountFen: 1 })] }))
  expect(failed.refused.map((item) => item.why)).toEqual(['unknown_reference', 'unknown_reference'])
  const file = await resultOf(await uploadCreditFile(t, bankKeys.wzbank, utf8File(creditFileHeaderLine, creditLine(zhang, zhangCard))))
  expect(file).toEqual({ ...nothing, refused: [{ line: 2, reference: zhang.reference, why: 'unknown_reference' }] })
  expect(await paymentRow(t, zhang.id)).toMatchObject({ status: 'queued', partnerId: bankIds.icbc })
  expect(await ledgerOf(t, zhang.id)).toHaveLength(2)
  // The refusals are kept under the bank that sent them, tied to no payment of ours.
  const kept = await creditExceptionRows(t)
  expect(kept.map((row) => [row.partnerId, row.why, row.paymentId, row.regionCode])).toEqual(kept.map(() => [bankIds.wzbank, 'unknown_reference', null, null]))
  expect(kept).toHaveLength(5)
  // ICBC still has it to credit, and does.
  expect((await creditsOf(t, bankKeys.icbc)).items.map((item) => item.reference)).toEqual([zhang.reference])
  expect(await resultOf(await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, zhang)] }))).toEqual({ ...nothing, credited: 1 })
})

test('a level-1 bank key, or a partner that is no bank, is refused every credit operation, recorded as refused, and nothing moves', async () => {
  const t = await createTestContext()
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'X-2', amountFen: 10_000 })
  const levelOne = await registeredPartner(t, { name: '温州农商银行', kind: 'bank', dataLevel: 1 })
  const file = utf8File(creditFileHeaderLine, creditLine(zhang, zhangCard))
  for (const key of [levelOne.key, devPartnerKeys.hospital, devPartnerKeys.civilAffairs]) {
    await expectProblem(await listCredits(t, key), 'forbidden', { because: key })
    await expectProblem(await confirmCredits(t, key, { confirmations: [confirmationOf(t, zhang)] }), 'forbidden', { because: key })
    await expectProblem(await uploadCreditFile(t, key, file), 'forbidden', { because: key })
  }
  const civil = await expectProblem(await confirmCredits(t, devPartnerKeys.civilAffairs, { confirmations: [confirmationOf(t, zhang)] }), 'forbidden')
  expect(civil.detail).toBe('Only a bank credits payments onto the cards it issued')
  expect((await paymentRow(t, zhang.id)).status).toBe('queued')
  expect(await creditFileRows(t)).toEqual([])
  const refused = (await auditRows(t)).filter((row) => row.action === 'partner.refused' && row.actorUserId === partnerActorId(levelOne.id))
  expect(refused.map((row) => row.objectId)).toEqual(['card.partnerListCredits', 'card.partnerConfirmCredits', 'card.partnerUploadCreditFile'])
})

test('citizens, grid staff, officers, venues and admins reach none of the bank’s credit operations with their sessions', async () => {
  const t = await createTestContext()
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'X-3', amountFen: 10_000 })
  for (const account of ['citizen-zhang', 'staff-chen', 'officer-liu', 'venue-bus', 'admin']) {
    const token = await t.login(account)
    await expectProblem(await t.call('GET', '/api/partner/card-credits', { token }), 'unauthenticated', { because: account })
    await expectProblem(await t.call('POST', '/api/partner/card-credits/confirmations', { token, body: { confirmations: [confirmationOf(t, zhang)] } }), 'unauthenticated', { because: account })
  }
  for (const account of ['citizen-zhang', 'venue-bus', 'admin']) {
    await expectProblem(await t.call('GET', '/api/card/reconciliation', { token: await t.login(account) }), 'forbidden', { because: account })
  }
  expect((await paymentRow(t, zhang.id)).status).toBe('queued')
})

test('money is not moved twice by a file sent again: the same bytes replay, the same lines re-ordered count as already confirmed', async () => {
  const t = await createTestContext()
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'R-1', amountFen: 10_000 })
  const sun = await orderedPayment(t, 'retiree-sun', { sourceRef: 'R-2', amountFen: 2_000 })
  const lines = [creditLine(zhang, zhangCard), creditLine(sun, sunCard, { outcome: 'failed', reason: '户名不符' })]
  expect(await resultOf(await uploadCreditFile(t, bankKeys.icbc, utf8File(creditFileHeaderLine, ...lines)))).toEqual({ ...nothing, credited: 1, returned: 1 })
  const moved = await allLedgerEntries(t)
  for (let retry = 1; retry <= 3; retry += 1) {
    t.clock.advance(hours(retry))
    expect(await resultOf(await uploadCreditFile(t, bankKeys.icbc, utf8File(creditFileHeaderLine, ...lines)))).toEqual({ ...nothing, credited: 1, returned: 1, replayed: true })
  }
  // Re-ordered, in GBK's neighbour UTF-8 with a BOM: another file, the same word on each payment.
  const reordered = utf8File(`\uFEFF${creditFileHeaderLine}`, lines[1] ?? '', lines[0] ?? '')
  expect(await resultOf(await uploadCreditFile(t, bankKeys.icbc, reordered))).toEqual({ ...nothing, alreadyConfirmed: 2 })
  expect(await allLedgerEntries(t)).toEqual(moved)
  expect(await creditFileRows(t)).toHaveLength(2)
  expect(await creditExceptionRows(t)).toEqual([])
})

test('two uploads of the same file at once move each payment once and keep one file: one answers, the other replays it', async () => {
  const t = await createTestContext()
  const payments = [await orderedPayment(t, 'citizen-zhang', { sourceRef: 'C-1', amountFen: 10_000 }), await orderedPayment(t, 'retiree-sun', { sourceRef: 'C-2', amountFen: 2_000 })]
  const file = utf8File(creditFileHeaderLine, creditLine(payments[0] ?? { reference: '', amountFen: 1 }, zhangCard), creditLine(payments[1] ?? { reference: '', amountFen: 1 }, sunCard))
  const answers = await Promise.all([1, 2, 3].map(() => uploadCreditFile(t, bankKeys.icbc, file).then(resultOf)))
  expect(answers.map((answer) => answer.replayed).sort()).toEqual([false, true, true])
  for (const answer of answers) expect({ ...answer, replayed: false }).toEqual({ ...nothing, credited: 2 })
  expect(await creditFileRows(t)).toHaveLength(1)
  for (const payment of payments) expect(creditsOnCards(await ledgerOf(t, payment.id))).toBe(1)
})

test('the same confirmations sent twice at once move each payment once', async () => {
  const t = await createTestContext()
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'C-3', amountFen: 10_000 })
  const sun = await orderedPayment(t, 'retiree-sun', { sourceRef: 'C-4', amountFen: 2_000 })
  const body = { confirmations: [confirmationOf(t, zhang), confirmationOf(t, sun)] }
  const reversed = { confirmations: [...body.confirmations].reverse() }
  const answers = await Promise.all([body, reversed, body].map((sent) => confirmCredits(t, bankKeys.icbc, sent).then(resultOf)))
  expect(answers.reduce((sum, answer) => sum + answer.credited, 0)).toBe(2)
  expect(answers.reduce((sum, answer) => sum + answer.alreadyConfirmed, 0)).toBe(4)
  expect(creditsOnCards(await ledgerOf(t, zhang.id))).toBe(1)
  expect(creditsOnCards(await ledgerOf(t, sun.id))).toBe(1)
})

test('a file whose amount was changed moves nothing for that line, whichever way it is changed', async () => {
  const t = await createTestContext()
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'M-1', amountFen: 10_000 })
  for (const amount of ['1000.00', '100.01', '99.99', '10000']) {
    const result = await resultOf(await uploadCreditFile(t, bankKeys.icbc, utf8File(creditFileHeaderLine, creditLine(zhang, zhangCard, { amount }))))
    expect(result, amount).toEqual({ ...nothing, refused: [{ line: 2, reference: zhang.reference, why: 'amount_mismatch' }] })
  }
  expect(await paymentRow(t, zhang.id)).toMatchObject({ status: 'queued', creditedAt: null })
  expect(await ledgerOf(t, zhang.id)).toHaveLength(2)
})

test('no card number, holder’s name or bank’s reason is in any log line, in the database in clear, or in a file’s kept result', async () => {
  const lines: string[] = []
  const t = await createTestContext({ logLines: lines })
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'P-1', amountFen: 10_000 })
  const wang = await orderedPayment(t, 'elder-wang', { sourceRef: 'P-2', amountFen: 10_000 })
  await creditsOf(t, bankKeys.icbc)
  await creditsOf(t, bankKeys.wzbank)
  await listCredits(t, bankKeys.icbc, { cursor: 'not|a-cursor' })
  await uploadCreditFile(t, bankKeys.icbc, utf8File(creditFileHeaderLine, creditLine(zhang, zhangCard, { amount: '1.00' }), `${zhang.reference},${zhangCard},bad`, creditLine(zhang, zhangCard)))
  await uploadCreditFile(t, bankKeys.icbc, utf8File('reference,card_number', `${zhang.reference},${zhangCard}`))
  await confirmCredits(t, bankKeys.wzbank, { confirmations: [confirmationOf(t, wang, { outcome: 'failed', reason: '账户已冻结' })] })
  t.clock.advance(hours(24))
  await reconciliationOf(t, await t.login('officer-liu'), { day: '2026-11-29' })
  const secrets = [zhangCard, wangCard, '30231234', '30201877', '张伟', '账户已冻结']
  const logged = lines.join('\n')
  expect(lines.length).toBeGreaterThan(0)
  for (const secret of secrets) expect(logged).not.toContain(secret)
  const dump = await databaseDump(t)
  for (const secret of [zhangCard, wangCard, '张伟', '账户已冻结']) expect(dump).not.toContain(secret)
})
