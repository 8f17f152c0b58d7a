import { expect, test } from 'vitest'
import { fieldMessage } from '@renshe/shared/platform/messages'
import { maxCreditFileBytes } from '@renshe/shared/card/money'
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
  orderedPayment,
  paymentRow,
  resultOf,
  uploadCreditFile,
  utf8File,
} from '../../testing/card-money-flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { upload } from '../../testing/uploads'

const zhangCard = 'A30231234'
const nothing = { credited: 0, returned: 0, held: 0, alreadyConfirmed: 0, refused: [], replayed: false }

test('a file whose header is wrong is refused whole in the clerk’s language, moves nothing and is not kept: the corrected file is then read', async () => {
  const t = await createTestContext()
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'E-1', amountFen: 10_000 })
  const wrong = utf8File('reference,card,amount,outcome,bank_transaction_id,at,reason', creditLine(zhang, zhangCard))
  const zh = await expectProblem(await uploadCreditFile(t, bankKeys.icbc, wrong), 'validation_failed')
  expect(zh.errors).toEqual([{ path: 'file.line.1', key: 'creditFile.header', message: fieldMessage('creditFile.header', 'zh-CN') }])
  expect(zh.errors?.[0]?.message).toContain('参考号,卡号,金额,结果,银行流水号,时间,原因')
  const en = await expectProblem(await uploadCreditFile(t, bankKeys.icbc, wrong, 'x.csv', { 'accept-language': 'en' }), 'validation_failed', { locale: 'en' })
  expect(en.errors?.[0]?.message).toMatch(/^The first line must be the header/)
  expect((await paymentRow(t, zhang.id)).status).toBe('queued')
  expect(await creditFileRows(t)).toEqual([])
  expect(await resultOf(await uploadCreditFile(t, bankKeys.icbc, utf8File(creditFileHeaderLine, creditLine(zhang, zhangCard))))).toEqual({ ...nothing, credited: 1 })
})

test('a file of no known encoding, with no lines, or with an open quote is refused whole with its own key', async () => {
  const t = await createTestContext()
  const utf16 = new Uint8Array(Buffer.from(`${creditFileHeaderLine}\r\nCP1,A,1,credited,T,2026-11-29T09:30:00Z,\r\n`, 'utf16le'))
  expect(await expectFieldErrors(await uploadCreditFile(t, bankKeys.icbc, utf16))).toEqual({ file: 'creditFile.encoding' })
  expect(await expectFieldErrors(await uploadCreditFile(t, bankKeys.icbc, utf8File(creditFileHeaderLine)))).toEqual({ file: 'creditFile.empty' })
  expect(await expectFieldErrors(await uploadCreditFile(t, bankKeys.icbc, utf8File(creditFileHeaderLine, 'CP1,"A,1,credited,T,2026-11-29T09:30:00Z,')))).toEqual({ file: 'creditFile.syntax' })
  expect(await creditFileRows(t)).toEqual([])
})

test('a file larger than allowed is refused before it is read; a request with no file, or with another field, is refused', async () => {
  const t = await createTestContext()
  const big = new Uint8Array(maxCreditFileBytes + 1).fill(0x41)
  await expectProblem(await uploadCreditFile(t, bankKeys.icbc, big), 'payload_too_large')
  const path = '/api/partner/card-credits/files'
  const headers = { 'x-partner-key': bankKeys.icbc }
  expect(await expectFieldErrors(await upload(t, path, { file: { name: 'a.csv', bytes: utf8File(creditFileHeaderLine) }, field: 'document', headers }))).toMatchObject({ file: 'field.required' })
  await expectProblem(await t.call('POST', path, { partnerKey: bankKeys.icbc, body: { file: 'text' } }), 'unsupported_media_type')
  expect(await creditFileRows(t)).toEqual([])
})

test('confirmations that break the contract are refused whole by field: none, too many, a fractional or negative amount, an outcome not known, a time without its offset, an unknown field', async () => {
  const t = await createTestContext()
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'E-2', amountFen: 10_000 })
  const good = confirmationOf(t, zhang)
  const cases: [unknown, Record<string, string>][] = [
    [{ confirmations: [] }, { 'body.confirmations': 'field.tooShort' }],
    // One more than a call takes, within the body limit: the count is what is refused.
    [{ confirmations: Array.from({ length: 101 }, () => ({ reference: 'R', outcome: 'credited', amountFen: 1, bankTransactionId: 'T', at: '2026-11-29T01:30:00Z' })) }, { 'body.confirmations': 'field.tooLong' }],
    [{ confirmations: [{ ...good, amountFen: 100.5 }] }, { 'body.confirmations.0.amountFen': 'field.invalid' }],
    [{ confirmations: [{ ...good, amountFen: -100 }] }, { 'body.confirmations.0.amountFen': 'field.tooShort' }],
    [{ confirmations: [{ ...good, outcome: 'pending' }] }, { 'body.confirmations.0.outcome': 'field.choose' }],
    [{ confirmations: [{ ...good, at: '2026-11-29T09:30:00' }] }, { 'body.confirmations.0.at': 'field.invalid' }],
    [{ confirmations: [{ ...good, cardNumber: zhangCard }] }, { 'body.confirmations.0': 'field.unknownKey' }],
    [{ confirmations: [{ ...good, reference: '' }] }, { 'body.confirmations.0.reference': 'field.required' }],
  ]
  for (const [body, errors] of cases) expect(await expectFieldErrors(await confirmCredits(t, bankKeys.icbc, body)), JSON.stringify(errors)).toEqual(errors)
  expect((await paymentRow(t, zhang.id)).status).toBe('queued')
})

test('an amount other than ours, the other outcome for a settled payment, and a reference not ours are refused line by line, kept, and move nothing', async () => {
  const t = await createTestContext()
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'E-3', amountFen: 10_000 })
  const sun = await orderedPayment(t, 'retiree-sun', { sourceRef: 'E-4', amountFen: 2_000 })
  await resultOf(await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, sun)] }))
  const before = await allLedgerEntries(t)
  t.clock.advance(hours(1))
  const result = await resultOf(
    await confirmCredits(t, bankKeys.icbc, {
      confirmations: [
        confirmationOf(t, zhang, { amountFen: 10_001 }),
        confirmationOf(t, sun, { outcome: 'failed', bankTransactionId: 'TX-OTHER' }),
        confirmationOf(t, zhang, { reference: 'CPNOTOURS', amountFen: 500 }),
      ],
    }),
  )
  expect(result).toEqual({
    ...nothing,
    refused: [
      { line: null, reference: zhang.reference, why: 'amount_mismatch' },
      { line: null, reference: sun.reference, why: 'conflict' },
      { line: null, reference: 'CPNOTOURS', why: 'unknown_reference' },
    ],
  })
  expect(await allLedgerEntries(t)).toEqual(before)
  expect((await paymentRow(t, zhang.id)).status).toBe('queued')
  expect((await paymentRow(t, sun.id)).status).toBe('credited')
  expect((await creditExceptionRows(t)).map((row) => [row.partnerId, row.fileId, row.line, row.reference, row.why, row.bankAmountFen, row.paymentId, row.regionCode, row.at])).toEqual(
    expect.arrayContaining([
      [bankIds.icbc, null, null, zhang.reference, 'amount_mismatch', 10_001, zhang.id, zhang.regionCode, t.clock.now().toISOString()],
      [bankIds.icbc, null, null, sun.reference, 'conflict', 2_000, sun.id, sun.regionCode, t.clock.now().toISOString()],
      [bankIds.icbc, null, null, 'CPNOTOURS', 'unknown_reference', 500, null, null, t.clock.now().toISOString()],
    ]),
  )
  expect(await creditExceptionRows(t)).toHaveLength(3)
})

test('in a file, a refused line is kept with the file and its line, and the lines after it are settled', async () => {
  const t = await createTestContext()
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'E-5', amountFen: 10_000 })
  const sun = await orderedPayment(t, 'retiree-sun', { sourceRef: 'E-6', amountFen: 2_000 })
  const file = utf8File(creditFileHeaderLine, creditLine(zhang, zhangCard, { amount: '100.01' }), creditLine(sun, 'A30217346'))
  expect(await resultOf(await uploadCreditFile(t, bankKeys.icbc, file))).toEqual({ ...nothing, credited: 1, refused: [{ line: 2, reference: zhang.reference, why: 'amount_mismatch' }] })
  const [fileRow] = await creditFileRows(t)
  expect((await creditExceptionRows(t)).map((row) => [row.fileId, row.line, row.why, row.bankAmountFen, row.paymentId])).toEqual([[fileRow?.id, 2, 'amount_mismatch', 10_001, zhang.id]])
})
