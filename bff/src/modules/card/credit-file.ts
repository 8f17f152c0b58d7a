import type { CreditFileMessageKey } from '@renshe/shared/card/credit-file-messages'
import { CreditConfirmation, creditFileHeader } from '@renshe/shared/card/money'
import { csvRecords, decodeCsvBytes } from '../../platform/csv-file'

/*
 * The bank's end-of-day confirmation file (decision 068), as its clerk exports it: CSV, UTF-8 with
 * or without a BOM, or GBK; the header first. Unlike a payroll file it is not taken whole or not at
 * all: every line that reads is settled, and a line that does not is refused by its line number.
 * Only what makes the file itself unreadable (its encoding, its header, no lines, too many) refuses
 * it whole. Pure: no database, no clock. The card's number is read past, never kept.
 */

/** One confirmation the file states, with its physical line (the header is line 1). */
export interface CreditFileLine {
  readonly line: number
  readonly confirmation: CreditConfirmation
}

/** A line that does not read: refused by its number, with what its first cell says (the reference, if anything). */
export interface UnreadableLine {
  readonly line: number
  readonly reference: string
}

export type CreditFileErrorKey = CreditFileMessageKey

export type CreditFileParse =
  | { readonly ok: true; readonly encoding: 'utf-8' | 'gbk'; readonly lines: CreditFileLine[]; readonly unreadable: UnreadableLine[] }
  /** `line` 0 when the error is about the file as a whole. */
  | { readonly ok: false; readonly error: { readonly line: number; readonly key: CreditFileErrorKey } }

/** A day's confirmations of one bank fit well within this; more is split into several files. */
export const maxCreditFileRows = 20_000

const chineseHeader = ['参考号', '卡号', '金额', '结果', '银行流水号', '时间', '原因']

const outcomes: Readonly<Record<string, CreditConfirmation['outcome']>> = { credited: 'credited', failed: 'failed', 成功: 'credited', 失败: 'failed' }

/** One million yuan: the most a confirmation may state (as the API's schema says). */
const maxFen = 100_000_000

const refuse = (line: number, key: CreditFileErrorKey): CreditFileParse => ({ ok: false, error: { line, key } })

export function parseCreditFile(bytes: Uint8Array, options: { readonly maxRows?: number } = {}): CreditFileParse {
  const maxRows = options.maxRows ?? maxCreditFileRows
  const decoded = decodeCsvBytes(bytes)
  if (!decoded) return refuse(0, 'creditFile.encoding')
  let records: { cells: string[]; line: number }[]
  try {
    records = csvRecords(decoded.text)
  } catch {
    // A quote left open swallows every line after it, to the end of the file: no line past it reads.
    return refuse(0, 'creditFile.syntax')
  }
  const [header, ...rows] = records.filter((record) => record.cells.some((cell) => cell.trim() !== ''))
  if (!header) return refuse(0, 'creditFile.empty')
  if (!isHeader(header.cells)) return refuse(header.line, 'creditFile.header')
  if (rows.length === 0) return refuse(0, 'creditFile.empty')
  const firstTooMany = rows[maxRows]
  if (firstTooMany) return refuse(firstTooMany.line, 'creditFile.tooManyRows')

  const lines: CreditFileLine[] = []
  const unreadable: UnreadableLine[] = []
  for (const row of rows) {
    const confirmation = confirmationOf(row.cells)
    if (confirmation) lines.push({ line: row.line, confirmation })
    else unreadable.push({ line: row.line, reference: Array.from((row.cells[0] ?? '').trim()).slice(0, 64).join('') })
  }
  return { ok: true, encoding: decoded.encoding, lines, unreadable }
}

/**
 * Yuan with at most two decimals → whole fen, by digits rather than floating point (0.29 yuan is
 * 29 fen, not 28.999…). ASCII digits only: no sign, no exponent, no full-width digits, no third
 * decimal (a bank's amount is exact to the fen, and a third decimal means the column is wrong).
 */
export function fenOfYuan(text: string): number | null {
  const match = /^([0-9]+)(?:\.([0-9]{1,2}))?$/.exec(text.trim())
  if (!match) return null
  const whole = (match[1] ?? '').replace(/^0+(?=[0-9])/, '')
  if (whole.length > 7) return null
  const fen = Number(whole) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return fen <= maxFen ? fen : null
}

/** A line's confirmation, through the API's own schema; null when any cell does not read. */
function confirmationOf(cells: string[]): CreditConfirmation | null {
  // The reason is the last column and often empty: Excel drops the trailing empty cell.
  if (cells.length < creditFileHeader.length - 1 || cells.length > creditFileHeader.length) return null
  const [reference = '', , amount = '', outcome = '', bankTransactionId = '', at = '', reason = ''] = cells
  const amountFen = fenOfYuan(amount)
  const said = outcomes[outcome.trim().toLowerCase()]
  if (amountFen === null || said === undefined) return null
  const parsed = CreditConfirmation.safeParse({ reference, outcome: said, amountFen, bankTransactionId, at: at.trim(), ...(reason.trim() ? { reason } : {}) })
  return parsed.success ? parsed.data : null
}

function isHeader(cells: string[]): boolean {
  const normalized = cells.map((cell) => cell.trim())
  const same = (expected: readonly string[], actual: string[]) => expected.length === actual.length && expected.every((cell, i) => cell === actual[i])
  // Full-width brackets are what a Chinese keyboard types: 金额（元） is 金额(元), and both are 金额.
  const chinese = normalized.map((cell) => cell.replace(/[(（]元[)）]$/, ''))
  return same(creditFileHeader, normalized.map((cell) => cell.toLowerCase())) || same(chineseHeader, chinese)
}
