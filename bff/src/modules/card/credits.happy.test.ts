import { expect, test } from 'vitest'
import { partnerActorId } from '../../platform/partner-access'
import { hours } from '../../platform/clock'
import { bankIds, bankKeys } from '../../testing/card-application-flows'
import { cardRowOfAccount, reported } from '../../testing/card-flows'
import {
  allLedgerEntries,
  confirmationOf,
  confirmCredits,
  creditExceptionRows,
  creditFileHeaderLine,
  creditFileRows,
  creditLine,
  creditsOf,
  gbkFile,
  ledgerOf,
  orderedPayment,
  paymentRow,
  resultOf,
  uploadCreditFile,
  utf8File,
} from '../../testing/card-money-flows'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { userIdOf } from '../../testing/wages-flows'

const zhangCard = 'A30231234'
const sunCard = 'A30217346'
const nothing = { credited: 0, returned: 0, held: 0, alreadyConfirmed: 0, refused: [], replayed: false }

test('each bank lists what it is to credit onto the cards it issued, oldest first, a page at a time, with the card’s number whole and the name masked', async () => {
  const t = await createTestContext()
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'L-1', amountFen: 10_000, period: '2026-11' })
  t.clock.advance(hours(1))
  const wang = await orderedPayment(t, 'elder-wang', { sourceRef: 'L-2', amountFen: 20_000, period: '2026-11' })
  t.clock.advance(hours(1))
  const sun = await orderedPayment(t, 'retiree-sun', { sourceRef: 'L-3', amountFen: 5_050, source: 'training_subsidy' })
  const first = await creditsOf(t, bankKeys.icbc, { limit: '1' })
  expect(first.items).toEqual([{ reference: zhang.reference, cardNumber: zhangCard, holderMaskedName: '张*', amountFen: 10_000, source: 'longevity_allowance', period: '2026-11', queuedAt: zhang.queuedAt }])
  expect(first.nextCursor).not.toBeNull()
  const second = await creditsOf(t, bankKeys.icbc, { limit: '1', cursor: first.nextCursor ?? '' })
  expect(second).toEqual({ items: [expect.objectContaining({ reference: sun.reference, cardNumber: sunCard, amountFen: 5_050, source: 'training_subsidy', period: null })], nextCursor: null })
  expect((await creditsOf(t, bankKeys.wzbank)).items).toEqual([expect.objectContaining({ reference: wang.reference, cardNumber: 'A30201877', holderMaskedName: '王**' })])

  // Credited, it leaves the list.
  await resultOf(await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, zhang)] }))
  expect((await creditsOf(t, bankKeys.icbc)).items.map((item) => item.reference)).toEqual([sun.reference])
  const reads = (await auditRows(t)).filter((row) => row.action === 'card.partnerListCredits')
  expect(reads.map((row) => [row.kind, row.actorUserId, row.objectType, row.objectId])).toEqual([
    ['read', partnerActorId(bankIds.icbc), 'partner', bankIds.icbc],
    ['read', partnerActorId(bankIds.icbc), 'partner', bankIds.icbc],
    ['read', partnerActorId(bankIds.wzbank), 'partner', bankIds.wzbank],
    ['read', partnerActorId(bankIds.icbc), 'partner', bankIds.icbc],
  ])
})

test('a confirmation by API moves the money from the bank onto the card once; the same confirmation again is counted as already confirmed and moves nothing', async () => {
  const t = await createTestContext()
  const zhangId = await userIdOf(t, 'citizen-zhang')
  const payment = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'A-1', amountFen: 10_000, period: '2026-11' })
  const card = await cardRowOfAccount(t, 'citizen-zhang')
  t.clock.advance(hours(2))
  const body = { confirmations: [confirmationOf(t, payment)] }
  expect(await resultOf(await confirmCredits(t, bankKeys.icbc, body))).toEqual({ ...nothing, credited: 1 })
  expect(await paymentRow(t, payment.id)).toMatchObject({ status: 'credited', bankTransactionId: `TX-${payment.reference}`, creditedAt: t.clock.now().toISOString() })
  const ledger = await ledgerOf(t, payment.id)
  expect(ledger.map((entry) => [entry.movement, entry.account, entry.amountFen])).toEqual(
    expect.arrayContaining([
      ['ordered', `bank:${bankIds.icbc}`, 10_000],
      ['ordered', 'programme:longevity_allowance', -10_000],
      ['credited', `card:${card.id}`, 10_000],
      ['credited', `bank:${bankIds.icbc}`, -10_000],
    ]),
  )
  expect(ledger).toHaveLength(4)

  t.clock.advance(hours(1))
  expect(await resultOf(await confirmCredits(t, bankKeys.icbc, body))).toEqual({ ...nothing, alreadyConfirmed: 1 })
  expect(await ledgerOf(t, payment.id)).toEqual(ledger)
  expect(await creditExceptionRows(t)).toEqual([])
  // Both sends are on her record, under the bank.
  const rows = (await auditRows(t)).filter((row) => row.action === 'card.partnerConfirmCredits')
  expect(rows.map((row) => [row.actorUserId, row.subjectUserId, row.objectType, row.objectId])).toEqual([
    [partnerActorId(bankIds.icbc), zhangId, 'card_payment', payment.id],
    [partnerActorId(bankIds.icbc), zhangId, 'card_payment', payment.id],
  ])
})

test('a bank’s file credits and returns line by line; the same file again answers its first result, marked as a replay, and moves nothing', async () => {
  const t = await createTestContext()
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'F-1', amountFen: 10_000, period: '2026-11' })
  const sun = await orderedPayment(t, 'retiree-sun', { sourceRef: 'F-2', amountFen: 3_550, period: '2026-11' })
  t.clock.advance(hours(20))
  const file = utf8File(creditFileHeaderLine, creditLine(zhang, zhangCard), creditLine(sun, sunCard, { outcome: 'failed', reason: '账户状态异常' }))
  const first = await resultOf(await uploadCreditFile(t, bankKeys.icbc, file, 'ICBC-20261129.csv'))
  expect(first).toEqual({ ...nothing, credited: 1, returned: 1 })
  expect(await paymentRow(t, zhang.id)).toMatchObject({ status: 'credited' })
  const returned = await paymentRow(t, sun.id)
  expect(returned.status).toBe('returned')
  // The bank's reason is free text it writes: kept sealed.
  expect(returned.returnedReason).not.toContain('账户状态异常')
  expect(t.deps.sealer.open(returned.returnedReason ?? '')).toBe('账户状态异常')
  expect((await ledgerOf(t, sun.id)).map((entry) => [entry.movement, entry.account, entry.amountFen]).slice(2)).toEqual(
    expect.arrayContaining([
      ['returned', 'programme:longevity_allowance', 3_550],
      ['returned', `bank:${bankIds.icbc}`, -3_550],
    ]),
  )
  const files = await creditFileRows(t)
  expect(files.map((row) => [row.partnerId, row.fileName, row.result])).toEqual([[bankIds.icbc, 'ICBC-20261129.csv', first]])

  const before = await allLedgerEntries(t)
  t.clock.advance(hours(1))
  expect(await resultOf(await uploadCreditFile(t, bankKeys.icbc, file, 'ICBC-20261129(1).csv'))).toEqual({ ...first, replayed: true })
  expect(await allLedgerEntries(t)).toEqual(before)
  expect(await creditFileRows(t)).toEqual(files)
  const fileRows = (await auditRows(t)).filter((row) => row.action === 'card.partnerUploadCreditFile' && row.objectType === 'card_credit_file')
  expect(fileRows.map((row) => row.objectId)).toEqual([files[0]?.id, files[0]?.id])
})

test('a second file with a line already credited counts it as already confirmed and moves nothing for it', async () => {
  const t = await createTestContext()
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'S-1', amountFen: 10_000 })
  const sun = await orderedPayment(t, 'retiree-sun', { sourceRef: 'S-2', amountFen: 800 })
  await resultOf(await uploadCreditFile(t, bankKeys.icbc, utf8File(creditFileHeaderLine, creditLine(zhang, zhangCard))))
  const credited = await ledgerOf(t, zhang.id)
  t.clock.advance(hours(24))
  // Yesterday's line sent again with today's, as a clerk does.
  const today = utf8File(creditFileHeaderLine, creditLine(sun, sunCard), creditLine(zhang, zhangCard))
  expect(await resultOf(await uploadCreditFile(t, bankKeys.icbc, today))).toEqual({ ...nothing, credited: 1, alreadyConfirmed: 1 })
  expect(await ledgerOf(t, zhang.id)).toEqual(credited)
  expect((await paymentRow(t, sun.id)).status).toBe('credited')
  expect(await creditFileRows(t)).toHaveLength(2)
})

test('a failure for a card reported lost since it was sent holds the money for her next card rather than returning it', async () => {
  const t = await createTestContext()
  const payment = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'H-1', amountFen: 10_000, period: '2026-11' })
  await reported(t, { token: await t.login('citizen-zhang') })
  t.clock.advance(hours(3))
  const result = await resultOf(await uploadCreditFile(t, bankKeys.icbc, gbkFile('参考号,卡号,金额,结果,银行流水号,时间,原因', creditLine(payment, zhangCard, { outcome: '失败', reason: '卡片已挂失' }))))
  expect(result).toEqual({ ...nothing, held: 1 })
  expect(await paymentRow(t, payment.id)).toMatchObject({ status: 'held', heldBecause: 'card_stopped' })
  expect((await ledgerOf(t, payment.id)).map((entry) => [entry.movement, entry.account, entry.amountFen]).slice(2)).toEqual(
    expect.arrayContaining([
      ['held', 'held', 10_000],
      ['held', `bank:${bankIds.icbc}`, -10_000],
    ]),
  )
  // Failed again under the same transaction id: already counted.
  expect(await resultOf(await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, payment, { outcome: 'failed', bankTransactionId: `TX-${payment.reference}` })] }))).toEqual({ ...nothing, alreadyConfirmed: 1 })
})

test('lines that do not read are refused by their line number and kept for the reconciliation with the file; the lines that read are settled', async () => {
  const t = await createTestContext()
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'U-1', amountFen: 10_000 })
  const file = utf8File(creditFileHeaderLine, `${zhang.reference},${zhangCard},100.005,credited,T-1,2026-11-29T09:30:00+08:00,`, 'CPNOTHING,A30299999,1', creditLine(zhang, zhangCard))
  expect(await resultOf(await uploadCreditFile(t, bankKeys.icbc, file))).toEqual({
    ...nothing,
    credited: 1,
    refused: [
      { line: 2, reference: zhang.reference, why: 'unreadable' },
      { line: 3, reference: 'CPNOTHING', why: 'unreadable' },
    ],
  })
  const [fileRow] = await creditFileRows(t)
  expect((await creditExceptionRows(t)).map((row) => [row.partnerId, row.fileId, row.line, row.reference, row.why, row.paymentId, row.regionCode])).toEqual([
    [bankIds.icbc, fileRow?.id, 2, zhang.reference, 'unreadable', null, null],
    [bankIds.icbc, fileRow?.id, 3, 'CPNOTHING', 'unreadable', null, null],
  ])
})
