import fc from 'fast-check'
import iconv from 'iconv-lite'
import { expect, test } from 'vitest'
import { fenOfYuan, parseCreditFile } from './credit-file'

const header = 'reference,card_number,amount,outcome,bank_transaction_id,at,reason'
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'))

test('yuan with up to two decimals are read as whole fen, digit by digit', () => {
  expect(fenOfYuan('100')).toBe(10_000)
  expect(fenOfYuan('100.5')).toBe(10_050)
  expect(fenOfYuan('100.50')).toBe(10_050)
  expect(fenOfYuan('0.29')).toBe(29)
  expect(fenOfYuan(' 0.07 ')).toBe(7)
  expect(fenOfYuan('007.10')).toBe(710)
  expect(fenOfYuan('1000000.00')).toBe(100_000_000)
})

test('every amount of whole fen written with two decimals reads back as the same fen', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 100_000_000 }), (fen) => {
      expect(fenOfYuan(`${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`)).toBe(fen)
    }),
  )
})

test('a file in UTF-8 with a BOM, with the Chinese header and outcomes, is read line by line with its line numbers', () => {
  const text = [
    '\uFEFF参考号,卡号,金额（元）,结果,银行流水号,时间,原因',
    'CPAAAA,A30231234,100.00,成功,ICBC-1,2026-11-29T09:30:00+08:00,',
    '',
    'CPBBBB,A30231234,35.5,失败,ICBC-2,2026-11-29T01:30:00Z,"账户已冻结, 请核实"',
  ].join('\r\n')
  expect(parseCreditFile(utf8(text))).toEqual({
    ok: true,
    encoding: 'utf-8',
    lines: [
      { line: 2, confirmation: { reference: 'CPAAAA', outcome: 'credited', amountFen: 10_000, bankTransactionId: 'ICBC-1', at: '2026-11-29T09:30:00+08:00' } },
      { line: 4, confirmation: { reference: 'CPBBBB', outcome: 'failed', amountFen: 3550, bankTransactionId: 'ICBC-2', at: '2026-11-29T01:30:00Z', reason: '账户已冻结, 请核实' } },
    ],
    unreadable: [],
  })
})

test('a file in GBK, as Excel on a Chinese Windows saves it, reads the same as in UTF-8', () => {
  const text = ['参考号,卡号,金额,结果,银行流水号,时间,原因', 'CPAAAA,A30231234,12.30,失败,WZ-9,2026-11-28T18:00:00+08:00,卡片已挂失'].join('\n')
  const gbk = parseCreditFile(new Uint8Array(iconv.encode(text, 'gbk')))
  expect(gbk).toMatchObject({ ok: true, encoding: 'gbk' })
  expect(gbk.ok && gbk.lines).toEqual([{ line: 2, confirmation: { reference: 'CPAAAA', outcome: 'failed', amountFen: 1230, bankTransactionId: 'WZ-9', at: '2026-11-28T18:00:00+08:00', reason: '卡片已挂失' } }])
  const same = parseCreditFile(utf8(text))
  expect(same.ok && same.lines).toEqual(gbk.ok && gbk.lines)
})

test('the English header in any case, outcomes in any case, and a line without its trailing empty reason are read', () => {
  const text = [header.toUpperCase(), 'CP1,A30231234,1,Credited,T-1,2026-11-29T09:30:00+08:00', 'CP2,A30231234,2.00,FAILED,T-2,2026-11-29T09:30:00+08:00,,,'].join('\n')
  const parsed = parseCreditFile(utf8(text))
  expect(parsed.ok && parsed.lines.map(({ line, confirmation }) => [line, confirmation.reference, confirmation.outcome, confirmation.amountFen])).toEqual([
    [2, 'CP1', 'credited', 100],
    [3, 'CP2', 'failed', 200],
  ])
})

test('a file of exactly as many lines as allowed is read whole', () => {
  const rows = Array.from({ length: 50 }, (_, i) => `CP${i},A30231234,1.00,credited,T-${i},2026-11-29T09:30:00+08:00,`)
  const parsed = parseCreditFile(utf8([header, ...rows].join('\n')), { maxRows: 50 })
  expect(parsed.ok && parsed.lines.length).toBe(50)
})
