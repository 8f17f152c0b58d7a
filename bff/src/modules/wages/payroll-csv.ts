import { z } from 'zod'
import { checkIdNumber } from '@renshe/shared/identity/id-number'
import { PersonName } from '@renshe/shared/identity/schemas'
import type { PayrollMessageKey } from '@renshe/shared/wages/payroll-messages'
import { csvRecords, decodeCsvBytes } from '../../platform/csv-file'

/** One worker's pay for one month, as a site clerk's payroll file states it. */
export interface PayrollLine {
  /** Physical line in the file; the header is line 1. */
  readonly line: number
  readonly name: string
  /** Normalised: 18 characters, upper-case X. */
  readonly idNumber: string
  /** `YYYY-MM`. */
  readonly month: string
  readonly dueFen: number
  readonly paidFen: number
  /** `YYYY-MM-DD`. */
  readonly paidOn: string
}

/** The file's columns, in their order. */
export const payrollColumns = ['name', 'idNumber', 'month', 'due', 'paid', 'paidOn'] as const
export type PayrollColumn = (typeof payrollColumns)[number]

export const payrollErrorKeys = [
  'payroll.encoding',
  'payroll.header',
  'payroll.empty',
  'payroll.cells',
  'payroll.name',
  'payroll.idNumber',
  'payroll.idNumberFutureBirthDate',
  'payroll.month',
  'payroll.amount',
  'payroll.paidAboveDue',
  'payroll.paidOn',
  'payroll.duplicate',
  'payroll.tooManyRows',
] as const satisfies readonly PayrollMessageKey[]
export type PayrollErrorKey = (typeof payrollErrorKeys)[number]

export interface PayrollError {
  /** Physical line of the file (header = 1); 0 when the error is about the file as a whole. */
  readonly line: number
  readonly column: PayrollColumn | null
  readonly key: PayrollErrorKey
}

/** Rows only when every row is right: a file is taken whole or not at all. */
export type PayrollParseResult =
  | { readonly ok: true; readonly encoding: 'utf-8' | 'gbk'; readonly rows: PayrollLine[] }
  | { readonly ok: false; readonly errors: PayrollError[] }

const chineseHeader = ['姓名', '身份证号', '工资月份', '应发工资(元)', '实发工资(元)', '发放日期']
const englishHeader = ['name', 'id_number', 'month', 'due_yuan', 'paid_yuan', 'paid_on']

export const defaultMaxPayrollRows = 5000
/** One million yuan: above any monthly wage, below anything that could overflow. */
const maxFen = 100_000_000

/**
 * The template offered for download: the header and one example row, UTF-8 with a BOM and CRLF
 * line ends, which is what Excel on Windows needs to open it with the Chinese intact.
 */
export const payrollCsvTemplate: Uint8Array = new Uint8Array(
  Buffer.from(`\uFEFF${chineseHeader.join(',')}\r\n张三,110105199003071239,2026-05,6500.00,6500.00,2026-06-10\r\n`, 'utf8'),
)

const fail = (errors: PayrollError[]): PayrollParseResult => ({ ok: false, errors })

/**
 * Reads a payroll CSV as Excel writes it (UTF-8 with or without BOM, or GBK), checks every row
 * and returns either all rows or every error found, each with its physical line. Pure: no
 * database, and "today" (for birth dates in ID numbers) is the caller's clock.
 */
export function parsePayrollCsv(bytes: Uint8Array, options: { readonly today: Date; readonly maxRows?: number }): PayrollParseResult {
  const maxRows = options.maxRows ?? defaultMaxPayrollRows
  const decoded = decodeCsvBytes(bytes)
  if (!decoded) return fail([{ line: 0, column: null, key: 'payroll.encoding' }])

  let records: { cells: string[]; line: number }[]
  try {
    records = csvRecords(decoded.text)
  } catch (error) {
    const line = z.object({ lines: z.number().int() }).safeParse(error)
    return fail([{ line: line.success ? line.data.lines : 0, column: null, key: 'payroll.cells' }])
  }
  const [header, ...rows] = records.filter((record) => record.cells.some((cell) => cell.trim() !== ''))
  if (!header) return fail([{ line: 0, column: null, key: 'payroll.empty' }])
  if (!isHeader(header.cells)) return fail([{ line: header.line, column: null, key: 'payroll.header' }])
  if (rows.length === 0) return fail([{ line: 0, column: null, key: 'payroll.empty' }])
  const firstTooMany = rows[maxRows]
  if (firstTooMany) return fail([{ line: firstTooMany.line, column: null, key: 'payroll.tooManyRows' }])

  const errors: PayrollError[] = []
  const lines: PayrollLine[] = []
  const seen = new Set<string>()
  for (const row of rows) {
    const checked = checkRow(row.cells, row.line, options.today)
    if ('errors' in checked) {
      errors.push(...checked.errors)
      continue
    }
    const key = `${checked.idNumber}|${checked.month}`
    if (seen.has(key)) errors.push({ line: row.line, column: 'idNumber', key: 'payroll.duplicate' })
    seen.add(key)
    lines.push(checked)
  }
  if (errors.length > 0) return fail(errors)
  return { ok: true, encoding: decoded.encoding, rows: lines }
}

function isHeader(cells: string[]): boolean {
  // Full-width brackets are what a Chinese keyboard types: 应发工资（元） is the same column.
  const normalized = cells.map((cell) => cell.trim().replace(/（/g, '(').replace(/）/g, ')'))
  const same = (expected: string[], actual: string[]) => expected.length === actual.length && expected.every((cell, i) => cell === actual[i])
  return same(chineseHeader, normalized) || same(englishHeader, normalized.map((cell) => cell.toLowerCase()))
}

function checkRow(cells: string[], line: number, today: Date): PayrollLine | { errors: PayrollError[] } {
  if (cells.length !== payrollColumns.length) return { errors: [{ line, column: null, key: 'payroll.cells' }] }
  const [nameCell = '', idCell = '', monthCell = '', dueCell = '', paidCell = '', paidOnCell = ''] = cells
  const errors: PayrollError[] = []
  const error = (column: PayrollColumn, key: PayrollErrorKey) => errors.push({ line, column, key })

  const name = PersonName.safeParse(nameCell)
  if (!name.success) error('name', 'payroll.name')
  const id = checkIdNumber(idCell, today)
  // A birth date after today is no typing slip Excel made: say so rather than blame the column format.
  if (!id.ok) error('idNumber', id.error === 'idNumber.futureBirthDate' ? 'payroll.idNumberFutureBirthDate' : 'payroll.idNumber')
  const month = yearMonth(monthCell)
  if (month === null) error('month', 'payroll.month')
  const dueFen = fenOf(dueCell)
  if (dueFen === null) error('due', 'payroll.amount')
  const paidFen = fenOf(paidCell)
  if (paidFen === null) error('paid', 'payroll.amount')
  if (dueFen !== null && paidFen !== null && paidFen > dueFen) error('paid', 'payroll.paidAboveDue')
  const paidOn = calendarDate(paidOnCell)
  if (paidOn === null) error('paidOn', 'payroll.paidOn')

  if (!name.success || !id.ok || month === null || dueFen === null || paidFen === null || paidOn === null || errors.length > 0) return { errors }
  return { line, name: name.data, idNumber: id.value.normalized, month, dueFen, paidFen, paidOn }
}

/** Payroll of this century: an earlier or later year is a typing mistake. */
const isPayrollYear = (year: number) => year >= 2000 && year <= 2099

function yearMonth(cell: string): string | null {
  const match = /^(\d{4})[-/](\d{1,2})$/.exec(cell.trim())
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  if (!isPayrollYear(year) || month < 1 || month > 12) return null
  return `${year}-${String(month).padStart(2, '0')}`
}

/** `2026-06-10` or `2026/06/10`; Excel on a Chinese Windows writes `2026/6/10`, also taken. */
function calendarDate(cell: string): string | null {
  const match = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(cell.trim())
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[3])
  const day = Number(match[4])
  const date = new Date(Date.UTC(year, month - 1, day))
  if (!isPayrollYear(year) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Yuan with at most two decimals → whole fen, by digits rather than floating point (0.29 yuan
 * is 29 fen, not 28.999…). Takes `¥` and thousands separators as Excel's currency format
 * writes them; refuses negatives, exponents and more than two decimals.
 */
export function fenOf(cell: string): number | null {
  let text = cell.trim().replace(/^[¥￥]\s*/, '')
  if (/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) text = text.replace(/,/g, '')
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text)
  if (!match) return null
  const whole = (match[1] ?? '').replace(/^0+(?=\d)/, '')
  if (whole.length > 7) return null
  const fen = Number(whole) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return fen <= maxFen ? fen : null
}
