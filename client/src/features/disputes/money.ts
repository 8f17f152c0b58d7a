/**
 * `"1,234.5"` → 123450 fen, read digit by digit (`0.29 * 100` is 28.999999999999996 in floating
 * point, so yuan are never multiplied); a leading ¥ and thousands separators are forgiven. The
 * wages module reads amounts the same way; features do not import each other.
 */
export function yuanToFen(text: string): number | null {
  const plain = text.trim().replace(/^[¥￥]/, '').replace(/[,，\s]/g, '')
  const match = /^(\d{1,10})(?:\.(\d{0,2}))?$/.exec(plain.normalize('NFKC'))
  if (!match) return null
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return Number.isSafeInteger(fen) ? fen : null
}

/** 1200050 fen → `"12000.50"`, as she would type it (no separators, so the form reads it back the same). */
export function fenToYuanText(fen: number): string {
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0')}`
}
