/** The most an amount on a case may be: 10 million yuan, as the contract allows. */
export const maxAmountFen = 1_000_000_000

export type AmountResult = { readonly ok: true; readonly fen: number } | { readonly ok: false }

/**
 * `"1,234.5"` → 123450 fen, read digit by digit: `0.29 * 100` is 28.999999999999996 in floating
 * point, so an amount typed in yuan is never multiplied. Up to two decimals; a leading ¥ and
 * thousands separators are allowed because people copy amounts from other documents.
 */
export function yuanToFen(text: string): AmountResult {
  const plain = text.trim().replace(/^[¥￥]/, '').replace(/[,，\s]/g, '')
  const match = /^(\d{1,10})(?:\.(\d{0,2}))?$/.exec(plain)
  if (!match) return { ok: false }
  const yuan = Number(match[1])
  const cents = Number((match[2] ?? '').padEnd(2, '0'))
  const fen = yuan * 100 + cents
  if (!Number.isSafeInteger(fen) || fen > maxAmountFen) return { ok: false }
  return { ok: true, fen }
}

/** 123450 → `"1234.50"`, 120000 → `"1200"`: how an amount is put back into a field to edit. */
export function fenToYuanText(fen: number): string {
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0')}`
}
