import fc from 'fast-check'
import iconv from 'iconv-lite'
import { expect, test } from 'vitest'
import { idNumberCheckCharacter } from '@renshe/shared/identity/id-number'
import { fenOf, parsePayrollCsv } from './payroll-csv'

const header = '姓名,身份证号,工资月份,应发工资(元),实发工资(元),发放日期'
const good = '张伟,330304198807214523,2026-05,6500.00,6500.00,2026-06-10'
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'))
/** The tests' pinned "now": ID numbers are checked for birth dates after it. */
const today = new Date('2026-11-29T02:00:00.000Z')

test('every bad row is reported with its line and column, and no row is returned when any is bad', () => {
  const csv = [
    header,
    good,
    '张,330304198807214523,2026-06,6500,6500,2026-07-10',
    '李娜,330304198807214524,2026-13,abc,-1,2026-02-30',
    good.replace('2026-05', '2026-07'),
    '王芳,110105199003071239,2026-05,5000,5000.01,2026/06/10',
    '',
    '赵强,440304199208153212,2026-05,1.005,12e3,10/06/2026',
  ].join('\n')
  expect(parsePayrollCsv(utf8(csv), { today })).toEqual({
    ok: false,
    errors: [
      { line: 3, column: 'name', key: 'payroll.name' },
      { line: 4, column: 'idNumber', key: 'payroll.idNumber' },
      { line: 4, column: 'month', key: 'payroll.month' },
      { line: 4, column: 'due', key: 'payroll.amount' },
      { line: 4, column: 'paid', key: 'payroll.amount' },
      { line: 4, column: 'paidOn', key: 'payroll.paidOn' },
      { line: 6, column: 'paid', key: 'payroll.paidAboveDue' },
      { line: 8, column: 'due', key: 'payroll.amount' },
      { line: 8, column: 'paid', key: 'payroll.amount' },
      { line: 8, column: 'paidOn', key: 'payroll.paidOn' },
    ],
  })
})

test('an ID number of someone not yet born on the day passed in is refused with its own key; one born that day is taken', () => {
  const bornOn = (birth: string) => `330302${birth}100${idNumberCheckCharacter(`330302${birth}100`)}`
  const [future, tomorrow, bornToday] = [bornOn('20991231'), bornOn('20261130'), bornOn('20261129')]
  const csv = [header, `马立,${future},2026-10,1,1,2026-11-10`, `马立,${tomorrow},2026-10,1,1,2026-11-10`].join('\n')
  expect(parsePayrollCsv(utf8(csv), { today })).toEqual({
    ok: false,
    errors: [
      { line: 2, column: 'idNumber', key: 'payroll.idNumberFutureBirthDate' },
      { line: 3, column: 'idNumber', key: 'payroll.idNumberFutureBirthDate' },
    ],
  })
  expect(parsePayrollCsv(utf8(`${header}\n马立,${bornToday},2026-10,1,1,2026-11-10\n`), { today }).ok).toBe(true)
})

test('a row with too few or too many cells is reported once, as the wrong number of cells', () => {
  const csv = [header, '张伟,330304198807214523,2026-05,6500.00,2026-06-10', `${good},多余`, '张伟,330304198807214523,2026-05,6,500.00,6500.00,2026-06-10'].join('\n')
  expect(parsePayrollCsv(utf8(csv), { today })).toEqual({
    ok: false,
    errors: [
      { line: 2, column: null, key: 'payroll.cells' },
      { line: 3, column: null, key: 'payroll.cells' },
      { line: 4, column: null, key: 'payroll.cells' },
    ],
  })
})

test('the same worker twice in the same month is a duplicate at the second line; in another month it is not', () => {
  const csv = [header, good, good.replace('2026-05', '2026-06'), good.replace('张伟', '张 伟').replace('6500.00,2026', '6000.00,2026'), good].join('\n')
  expect(parsePayrollCsv(utf8(csv), { today })).toEqual({
    ok: false,
    errors: [
      { line: 4, column: 'idNumber', key: 'payroll.duplicate' },
      { line: 5, column: 'idNumber', key: 'payroll.duplicate' },
    ],
  })
})

test('a wrong, missing, reordered or extra header column is one header error at line 1', () => {
  const headers = [
    '姓名,身份证号,工资月份,应发工资,实发工资,发放日期',
    '姓名,身份证号,工资月份,应发工资(元),实发工资(元)',
    '身份证号,姓名,工资月份,应发工资(元),实发工资(元),发放日期',
    `${header},备注`,
    good,
    '2026年5月工资表',
  ]
  for (const first of headers) {
    expect(parsePayrollCsv(utf8(`${first}\n${good}\n`), { today }), first).toEqual({ ok: false, errors: [{ line: 1, column: null, key: 'payroll.header' }] })
  }
})

test('an empty file, a file of blank lines and a file with only the header are empty', () => {
  for (const text of ['', '\n\n', ',,,,,\r\n', header, `\uFEFF${header}\r\n\r\n`]) {
    expect(parsePayrollCsv(utf8(text), { today }), JSON.stringify(text)).toEqual({ ok: false, errors: [{ line: 0, column: null, key: 'payroll.empty' }] })
  }
})

test('more rows than allowed are refused at the first line over the limit, before any row is checked', () => {
  const rows = Array.from({ length: 4 }, () => '不对,1,2,3,4,5')
  expect(parsePayrollCsv(utf8([header, ...rows].join('\n')), { today, maxRows: 3 })).toEqual({
    ok: false,
    errors: [{ line: 5, column: null, key: 'payroll.tooManyRows' }],
  })
  expect(parsePayrollCsv(utf8([header, good].join('\n')), { today, maxRows: 1 }).ok).toBe(true)
})

test('the default limit is 5000 rows', () => {
  // 5,001 different workers, each in May 2026.
  const row = (i: number) => {
    const born = `1988${String(1 + Math.floor(i / 1000)).padStart(2, '0')}21`
    const first17 = `330304${born}${String(i % 1000).padStart(3, '0')}`
    return `张伟,${first17}${idNumberCheckCharacter(first17)},2026-05,6500.00,6500.00,2026-06-10`
  }
  const rows = Array.from({ length: 5000 }, (_, i) => row(i))
  expect(parsePayrollCsv(utf8([header, ...rows].join('\n')), { today }).ok).toBe(true)
  expect(parsePayrollCsv(utf8([header, ...rows, row(5000)].join('\n')), { today })).toEqual({
    ok: false,
    errors: [{ line: 5002, column: null, key: 'payroll.tooManyRows' }],
  })
})

test('a quote left open is reported at the line where the file ends inside it', () => {
  const csv = [header, good, '"张伟,330304198807214523,2026-05,6500.00,6500.00,2026-06-10', good].join('\n')
  expect(parsePayrollCsv(utf8(csv), { today })).toEqual({ ok: false, errors: [{ line: 4, column: null, key: 'payroll.cells' }] })
})

test('a file in UTF-16, as Excel saves “Unicode text”, is refused as an unknown encoding', () => {
  const text = `${header}\r\n${good}\r\n`
  for (const bytes of [Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text, 'utf16le')]), Buffer.from(text, 'utf16le'), iconv.encode(text, 'utf16-be')]) {
    expect(parsePayrollCsv(new Uint8Array(bytes), { today })).toEqual({ ok: false, errors: [{ line: 0, column: null, key: 'payroll.encoding' }] })
  }
})

test('a spreadsheet uploaded instead of a CSV, or a UTF-8 byte-order mark followed by GBK, is an unknown encoding', () => {
  const xlsx = Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000', 'latin1'), Buffer.alloc(200, 0)])
  const bomThenGbk = Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), iconv.encode(`${header}\n${good}\n`, 'gbk')])
  for (const bytes of [xlsx, bomThenGbk]) {
    expect(parsePayrollCsv(new Uint8Array(bytes), { today })).toEqual({ ok: false, errors: [{ line: 0, column: null, key: 'payroll.encoding' }] })
  }
})

test('random bytes never crash the parser and never come back as rows', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 1, maxLength: 400 }), (bytes) => {
      const parsed = parsePayrollCsv(bytes, { today })
      expect(parsed.ok).toBe(false)
    }),
    { numRuns: 300 },
  )
})

test('amounts with more than two decimals, signs, exponents, spaces inside or over a million yuan are refused', () => {
  for (const bad of ['1.005', '-1', '+1', '1e3', '1 000', '1000000.01', '10000000', '', '.5', '5.', '1,00', '12,3456.00', 'NaN', 'Infinity', '0x10']) {
    expect(fenOf(bad), bad).toBeNull()
  }
})
