/**
 * `"3,200.5"` → 320050 fen, read digit by digit: yuan are never multiplied in floating point
 * (`0.29 * 100` is 28.999999999999996). A leading ¥ and thousands separators are forgiven.
 * Features do not import each other, so the contract form has its own.
 */
export function yuanToFen(text: string): number | null {
  const plain = text.trim().normalize('NFKC').replace(/^[¥￥]/, '').replace(/[,，\s]/g, '')
  const match = /^(\d{1,10})(?:\.(\d{0,2}))?$/.exec(plain)
  if (!match) return null
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return Number.isSafeInteger(fen) ? fen : null
}

/** 320050 fen → `"3200.50"`, as it would be typed, so the form reads it back the same. */
export function fenToYuanText(fen: number): string {
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0')}`
}
