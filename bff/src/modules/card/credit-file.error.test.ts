import iconv from 'iconv-lite'
import { expect, test } from 'vitest'
import { fenOfYuan, maxCreditFileRows, parseCreditFile } from './credit-file'

const header = 'reference,card_number,amount,outcome,bank_transaction_id,at,reason'
const good = 'CPAAAA,A30231234,100.00,credited,ICBC-1,2026-11-29T09:30:00+08:00,'
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'))

test('an amount with an exponent, a sign, a third decimal, full-width digits, separators or no digits is no amount', () => {
  for (const text of ['1e2', '-1', '+1', '100.505', '１００', '100.', '.5', '1,000.00', '¥100', '100 .00', '', 'NaN', 'Infinity', '0x10', '10000000.00']) {
    expect(fenOfYuan(text), text).toBeNull()
  }
})

test('every line that does not read is refused by its line number, with its first cell; the others are read', () => {
  const text = [
    header,
    good,
    'CPB,A30231234,1e2,credited,ICBC-2,2026-11-29T09:30:00+08:00,',
    'CPC,A30231234,100.505,credited,ICBC-3,2026-11-29T09:30:00+08:00,',
    'CPD,A30231234,100.00,pending,ICBC-4,2026-11-29T09:30:00+08:00,',
    'CPE,A30231234,100.00,credited,ICBC-5,2026-11-29 09:30:00,',
    'CPF,A30231234,100.00,credited,,2026-11-29T09:30:00+08:00,',
    ',A30231234,100.00,credited,ICBC-7,2026-11-29T09:30:00+08:00,',
    'CPH,A30231234,100.00',
    'CPI,A30231234,100.00,credited,ICBC-9,2026-11-29T09:30:00+08:00,reason,extra',
    'CPJ,A30231234,0.00,credited,ICBC-10,2026-11-29T09:30:00+08:00,',
    'CPK,A30231234,-5.00,failed,ICBC-11,2026-11-29T09:30:00+08:00,',
    good.replace('CPAAAA', 'CPL'),
  ].join('\n')
  const parsed = parseCreditFile(utf8(text))
  expect(parsed.ok && parsed.lines.map(({ line, confirmation }) => [line, confirmation.reference])).toEqual([
    [2, 'CPAAAA'],
    [13, 'CPL'],
  ])
  expect(parsed.ok && parsed.unreadable).toEqual([
    { line: 3, reference: 'CPB' },
    { line: 4, reference: 'CPC' },
    { line: 5, reference: 'CPD' },
    { line: 6, reference: 'CPE' },
    { line: 7, reference: 'CPF' },
    { line: 8, reference: '' },
    { line: 9, reference: 'CPH' },
    { line: 10, reference: 'CPI' },
    { line: 11, reference: 'CPJ' },
    { line: 12, reference: 'CPK' },
  ])
})

test('a wrong, missing, reordered or extra header column refuses the file at the header’s line', () => {
  for (const wrong of [
    'reference,card_number,amount_yuan,outcome,bank_transaction_id,at,reason',
    'reference,card_number,amount,outcome,bank_transaction_id,at',
    'card_number,reference,amount,outcome,bank_transaction_id,at,reason',
    `${header},note`,
    '参考号,卡号,金额(分),结果,银行流水号,时间,原因',
    good,
  ]) {
    expect(parseCreditFile(utf8(`\n\n${wrong}\n${good}\n`)), wrong).toEqual({ ok: false, error: { line: 3, key: 'creditFile.header' } })
  }
})

test('bytes that are neither UTF-8 nor GBK, or a BOM before bytes that are not UTF-8, refuse the file as of an unknown encoding', () => {
  const utf16 = new Uint8Array(iconv.encode(`${header}\n${good}\n`, 'utf16-le'))
  const bomThenGbk = new Uint8Array([0xef, 0xbb, 0xbf, ...iconv.encode(`参考号,卡号,金额,结果,银行流水号,时间,原因\n${good}`, 'gbk')])
  for (const bytes of [utf16, bomThenGbk, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe])]) {
    expect(parseCreditFile(bytes)).toEqual({ ok: false, error: { line: 0, key: 'creditFile.encoding' } })
  }
})

test('a file with no lines, or with a header only, is refused as empty', () => {
  for (const text of ['', '\r\n\r\n', `${header}\n`, `\uFEFF${header}\n,,,,,,\n`]) {
    expect(parseCreditFile(utf8(text)), JSON.stringify(text)).toEqual({ ok: false, error: { line: 0, key: 'creditFile.empty' } })
  }
})

test('a file with one line more than allowed is refused whole at that line', () => {
  const rows = Array.from({ length: 4 }, (_, i) => good.replace('CPAAAA', `CP${i}`))
  expect(parseCreditFile(utf8([header, ...rows].join('\n')), { maxRows: 3 })).toEqual({ ok: false, error: { line: 5, key: 'creditFile.tooManyRows' } })
  expect(maxCreditFileRows).toBe(20_000)
})

test('a quote left open swallows the rest of the file, which is refused whole', () => {
  const text = [header, good, 'CPB,A30231234,"100.00,credited,ICBC-2,2026-11-29T09:30:00+08:00,', good].join('\n')
  expect(parseCreditFile(utf8(text))).toEqual({ ok: false, error: { line: 0, key: 'creditFile.syntax' } })
})
