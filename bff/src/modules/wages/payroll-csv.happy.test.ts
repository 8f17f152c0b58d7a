import fc from 'fast-check'
import iconv from 'iconv-lite'
import { expect, test } from 'vitest'
import { idNumberCheckCharacter } from '@renshe/shared/identity/id-number'
import { payrollMessages } from '@renshe/shared/wages/payroll-messages'
import { fenOf, parsePayrollCsv, payrollCsvTemplate, payrollErrorKeys, type PayrollLine } from './payroll-csv'

const header = '姓名,身份证号,工资月份,应发工资(元),实发工资(元),发放日期'
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'))
/** The tests' pinned "now": ID numbers are checked for birth dates after it. */
const today = new Date('2026-11-29T02:00:00.000Z')
const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gbk'))

test('a clerk’s UTF-8 file is read into rows, each with its line, amounts in fen and dates normalised', () => {
  const csv = [header, '张伟,330304198807214523,2026-05,6500.00,6500,2026-06-10', '李娜,110105199003071239,2026-05,7200.5,7000.05,2026/6/9', ''].join('\n')
  expect(parsePayrollCsv(utf8(csv), { today })).toEqual({
    ok: true,
    encoding: 'utf-8',
    rows: [
      { line: 2, name: '张伟', idNumber: '330304198807214523', month: '2026-05', dueFen: 650000, paidFen: 650000, paidOn: '2026-06-10' },
      { line: 3, name: '李娜', idNumber: '110105199003071239', month: '2026-05', dueFen: 720050, paidFen: 700005, paidOn: '2026-06-09' },
    ],
  })
})

test('a file saved by Excel on a Chinese Windows, in GBK with CRLF line ends, is read the same', () => {
  const csv = `${header}\r\n张伟,330304198807214523,2026-05,6500.00,6500.00,2026/06/10\r\n`
  const bytes = gbk(csv)
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
  expect(parsePayrollCsv(bytes, { today })).toEqual({
    ok: true,
    encoding: 'gbk',
    rows: [{ line: 2, name: '张伟', idNumber: '330304198807214523', month: '2026-05', dueFen: 650000, paidFen: 650000, paidOn: '2026-06-10' }],
  })
})

test('a UTF-8 file with a byte-order mark is read as UTF-8, the mark not taken for part of the header', () => {
  const parsed = parsePayrollCsv(utf8(`\uFEFF${header}\r\n张伟,330304198807214523,2026-05,6500,6500,2026-06-10\r\n`), { today })
  expect(parsed).toMatchObject({ ok: true, encoding: 'utf-8', rows: [{ line: 2, name: '张伟' }] })
})

test('the downloadable template is UTF-8 with a byte-order mark and its example row is accepted', () => {
  expect([...payrollCsvTemplate.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(payrollCsvTemplate)
  expect(text.split('\r\n')[0]).toBe(header)
  const parsed = parsePayrollCsv(payrollCsvTemplate, { today })
  expect(parsed.ok && parsed.rows).toHaveLength(1)
})

test('the English header is accepted too, and so are full-width brackets and spaces around the Chinese one', () => {
  for (const first of ['name,id_number,month,due_yuan,paid_yuan,paid_on', ' 姓名 ,身份证号,工资月份,应发工资（元）,实发工资（元）,发放日期 ']) {
    const parsed = parsePayrollCsv(utf8(`${first}\n张伟,330304198807214523,2026-05,1,1,2026-06-10\n`), { today })
    expect(parsed.ok, first).toBe(true)
  }
})

test('quoted cells with commas, quotes and line breaks are read whole, and lines still count from the file', () => {
  const csv = [
    header,
    '"张伟",330304198807214523,2026-05,"6,500.00","6,500.00",2026-06-10',
    '"阿依古丽·买买提",110105199003071239,"2026-05",￥7200,¥7200.00,"2026-06-10"',
    '',
    '李娜,440304199208153212,2026-05,100,100,2026-06-10',
  ].join('\r\n')
  const parsed = parsePayrollCsv(utf8(csv), { today })
  expect(parsed).toMatchObject({
    ok: true,
    rows: [
      { line: 2, name: '张伟', dueFen: 650000 },
      { line: 3, name: '阿依古丽·买买提', dueFen: 720000, paidFen: 720000 },
      { line: 5, name: '李娜' },
    ],
  })
})

test('blank lines and rows of empty cells that Excel leaves at the end are ignored, and so are trailing empty cells', () => {
  const csv = `${header},,\n张伟,330304198807214523,2026-05,1,1,2026-06-10,,\n\n,,,,,\n , ,\n`
  expect(parsePayrollCsv(utf8(csv), { today })).toMatchObject({ ok: true, rows: [{ line: 2 }] })
})

test('an ID number ending in a small x is taken and kept with a capital X', () => {
  const id = `11010519900307123${idNumberCheckCharacter('11010519900307123')}`
  const withX = '11010119800101001'
  const xId = `${withX}${idNumberCheckCharacter(withX)}`
  const parsed = parsePayrollCsv(utf8(`${header}\n张伟,${id},2026-05,1,1,2026-06-10\n李娜,${xId.toLowerCase()},2026-05,1,1,2026-06-10\n`), { today })
  expect(parsed.ok && parsed.rows.map((row) => row.idNumber)).toEqual([id, xId.toUpperCase()])
})

test('yuan turn into fen exactly, without floating-point error', () => {
  const cases: [string, number][] = [
    ['0', 0], ['0.01', 1], ['0.1', 10], ['0.29', 29], ['1.00', 100], ['19.99', 1999],
    ['1000000', 100_000_000], ['1,000,000.00', 100_000_000], ['007.50', 750], ['¥ 12.30', 1230],
  ]
  for (const [yuan, fen] of cases) expect(fenOf(yuan), yuan).toBe(fen)
  fc.assert(fc.property(fc.integer({ min: 0, max: 100_000_000 }), (fen) => fenOf(`${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`) === fen))
})

test('every error key of the parser has a Chinese and an English text for the clerk', () => {
  for (const key of payrollErrorKeys) {
    expect(payrollMessages[key]['zh-CN'].length, key).toBeGreaterThan(4)
    expect(payrollMessages[key].en.length, key).toBeGreaterThan(4)
  }
  expect(payrollMessages['payroll.header']['zh-CN']).toContain(header)
})

// GB2312 characters only, so every generated name has a GBK encoding.
const nameCharacters = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华']
const regions = ['110105', '330302', '330304', '440304', '510107', '650102']

const payrollLine = fc
  .record({
    name: fc.array(fc.constantFrom(...nameCharacters), { minLength: 2, maxLength: 4 }).map((characters) => characters.join('')),
    region: fc.constantFrom(...regions),
    birth: fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2008-12-31T00:00:00Z'), noInvalidDate: true }),
    sequence: fc.integer({ min: 0, max: 999 }),
    month: fc.record({ year: fc.integer({ min: 2000, max: 2099 }), month: fc.integer({ min: 1, max: 12 }) }),
    dueFen: fc.integer({ min: 0, max: 100_000_000 }),
    paidShare: fc.double({ min: 0, max: 1, noNaN: true }),
    paidOn: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
  })
  .map(({ name, region, birth, sequence, month, dueFen, paidShare, paidOn }) => {
    const first17 = `${region}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(sequence).padStart(3, '0')}`
    return {
      name,
      idNumber: `${first17}${idNumberCheckCharacter(first17)}`,
      month: `${month.year}-${String(month.month).padStart(2, '0')}`,
      dueFen,
      paidFen: Math.floor(dueFen * paidShare),
      paidOn: paidOn.toISOString().slice(0, 10),
    }
  })

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`

test('any valid payroll written as CSV reads back to the same rows, in UTF-8, UTF-8 with BOM and GBK, with LF or CRLF', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(payrollLine, { minLength: 1, maxLength: 30, selector: (line) => `${line.idNumber}|${line.month}` }),
      fc.constantFrom('utf-8', 'utf-8-bom', 'gbk'),
      fc.constantFrom('\n', '\r\n'),
      fc.boolean(),
      (lines, encoding, newline, quoted) => {
        const cell = (value: string) => (quoted ? `"${value}"` : value)
        const text = [header, ...lines.map((l) => [l.name, l.idNumber, l.month, yuan(l.dueFen), yuan(l.paidFen), l.paidOn].map(cell).join(','))].join(newline)
        const bytes = encoding === 'gbk' ? gbk(text) : utf8(encoding === 'utf-8-bom' ? `\uFEFF${text}` : text)
        const expected: PayrollLine[] = lines.map((l, index) => ({ line: index + 2, ...l }))
        expect(parsePayrollCsv(bytes, { today })).toEqual({ ok: true, encoding: encoding === 'gbk' ? 'gbk' : 'utf-8', rows: expected })
      },
    ),
    { numRuns: 150 },
  )
})
