// What people type, read into the contract's values. Each reader returns undefined for text it
// cannot read, so the form can say so in its own words instead of a schema's.

/** `保洁、做饭, 照顾老人` → three items: commas of either width, 、 and ； all separate, duplicates dropped. */
export function listOf(text: string): string[] {
  const items = text
    .split(/[,，、;；\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
  return [...new Set(items)]
}

/** The list as the person would type it back, in their language's separator. */
export function listText(items: readonly string[], separator: string): string {
  return items.join(separator)
}

/** `180` or `25.5` yuan (full-width digits too) → whole fen; undefined for anything else. */
export function fenOf(text: string): number | undefined {
  const plain = text.normalize('NFKC').trim().replace(/^¥/, '')
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(plain)) return undefined
  const [whole = '0', cents = ''] = plain.split('.')
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'))
}

/** Fen back to the yuan a person types: `18000` → `180`, `2550` → `25.5`. */
export function yuanOf(fen: number): string {
  const cents = fen % 100
  const whole = String(Math.floor(fen / 100))
  if (cents === 0) return whole
  return `${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`
}

/** A decimal number such as `5`, `2.5` or `-27.93`; undefined for anything else. */
export function numberOf(text: string): number | undefined {
  const plain = text.normalize('NFKC').trim()
  return /^-?\d{1,4}(\.\d{1,8})?$/.test(plain) ? Number(plain) : undefined
}

/** A whole number such as `3`; undefined for anything else. */
export function wholeOf(text: string): number | undefined {
  const plain = text.normalize('NFKC').trim()
  return /^\d{1,6}$/.test(plain) ? Number(plain) : undefined
}

/**
 * A time of day as the contract writes it: `8:00`, `8：00`, `0800` and `8` all read as `08:00`.
 * Text that is not a time is returned as typed, for the contract's own check to name.
 */
export function clockOf(text: string): string {
  const plain = text.normalize('NFKC').trim()
  const match = /^(\d{1,2})(?::?(\d{2}))?$/.exec(plain)
  if (!match) return plain
  return `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? '00'}`
}

/** Coordinates to four decimals (about 10 m), as a person reads them back. */
export function degreesText(value: number): string {
  return value.toFixed(4)
}
