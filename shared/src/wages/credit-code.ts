/**
 * Unified social credit codes of organisations (GB 32100-2015): 18 characters from a 31-letter
 * alphabet without I, O, Z, S and V; the last one is a check character (MOD 31).
 */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export type CreditCodeCheck =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly error: 'creditCode.format' | 'creditCode.checkCharacter' }

export function normalizeCreditCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase()
}

/** The check character for the first 17 characters, or null when one is not in the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | null {
  let sum = 0
  for (let i = 0; i < 17; i += 1) {
    const value = alphabet.indexOf(first17[i] ?? '?')
    if (value < 0) return null
    sum += value * (weights[i] ?? 0)
  }
  return alphabet[(31 - (sum % 31)) % 31] ?? null
}

export function checkCreditCode(input: string): CreditCodeCheck {
  const code = normalizeCreditCode(input)
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return { ok: false, error: 'creditCode.format' }
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return { ok: false, error: 'creditCode.checkCharacter' }
  return { ok: true, value: code }
}
