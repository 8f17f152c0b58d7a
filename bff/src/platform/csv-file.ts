import { parse } from 'csv-parse/sync'
import iconv from 'iconv-lite'
import { z } from 'zod'

/*
 * Reading the CSV files people and partners upload (an employer's payroll, a bank's confirmations):
 * their encoding, then their records with the line each starts on, for messages that name a line.
 */

const utf8Bom = [0xef, 0xbb, 0xbf]

/**
 * UTF-8 when the bytes are valid UTF-8, else GBK (what Excel writes on a Chinese Windows).
 * GBK is decoded as GB18030, its superset, so rare characters of names that only GB18030
 * encodes come through too. Anything that decodes to replacement or control characters is
 * neither: a UTF-16 export, a spreadsheet, random bytes.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' } | null {
  const hasBom = utf8Bom.every((byte, index) => bytes[index] === byte)
  const body = hasBom ? bytes.subarray(utf8Bom.length) : bytes
  let text: string
  let encoding: 'utf-8' | 'gbk' = 'utf-8'
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body)
  } catch {
    // A BOM promised UTF-8: bytes that break that promise are not GBK either.
    if (hasBom) return null
    text = iconv.decode(Buffer.from(body), 'gb18030')
    encoding = 'gbk'
  }
  // Control characters other than tab, CR and LF; U+FFFD is what a failed GBK decode leaves.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(text)) return null
  return { text, encoding }
}

const ParsedRecords = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number().int() }) }))

/** Records with the physical line each starts on: csv-parse counts to its last line. */
export function csvRecords(text: string): { cells: string[]; line: number }[] {
  const parsed = ParsedRecords.parse(
    parse(text, { info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }),
  )
  return parsed.map(({ record, info }) => {
    const breaks = record.reduce((count, cell) => count + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0)
    return { cells: withoutTrailingEmpty(record), line: info.lines - breaks }
  })
}

/** Excel leaves empty cells after the last column when a stray cell was once touched. */
function withoutTrailingEmpty(cells: string[]): string[] {
  let end = cells.length
  while (end > 0 && (cells[end - 1] ?? '').trim() === '') end -= 1
  return cells.slice(0, end)
}
