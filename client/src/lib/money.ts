/**
 * `"1,234.5"` → 123450 fen, read digit by digit: `0.29 * 100` is 28.999999999999996 in floating
 * point, so an amount typed in yuan is never multiplied. Up to two decimals (`"25."` is 25 yuan);
 * full-width digits, a leading ¥ and thousands separators are forgiven, because people copy
 * amounts from other documents. Null when the text is not an amount. Every form that takes yuan
 * reads them here, so an amount one form accepts another does not refuse.
 */
export function yuanToFen(text: string): number | null {
  const plain = text.trim().normalize('NFKC').replace(/^[¥￥]/, '').replace(/[,，\s]/g, '')
  const match = /^(\d{1,10})(?:\.(\d{0,2}))?$/.exec(plain)
  if (!match) return null
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return Number.isSafeInteger(fen) ? fen : null
}

/** 123450 fen → `"1234.50"`, 120000 → `"1200"`: an amount put back into a field to edit, so the form reads it back the same. */
export function fenToYuanText(fen: number): string {
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0')}`
}
