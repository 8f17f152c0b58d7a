import { chinaDate } from '../platform/china-time'
import type { FieldMessageKey } from '../platform/messages'

/** First two digits of the region code: provinces, autonomous regions, municipalities, SARs, Taiwan. */
const provinceCodes = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
])

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const checkCharacters = '10X98765432'

export interface IdNumberFacts {
  /** Upper-case, 18 characters. */
  readonly normalized: string
  readonly regionCode: string
  /** ISO date, e.g. `1990-01-01`. */
  readonly birthDate: string
  readonly sex: 'male' | 'female'
}

export type IdNumberCheck =
  | { readonly ok: true; readonly value: IdNumberFacts }
  | { readonly ok: false; readonly error: FieldMessageKey }

/** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (weights[i] ?? 0)
  return checkCharacters[sum % 11] ?? ''
}

export function normalizeIdNumber(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase()
}

/**
 * The one check of an 18-digit resident ID number (GB 11643-1999), for every place that takes
 * one: spaces dropped and x upper-cased, a known province, a real birth date not after today,
 * and the check character. "Today" is the date in China at the instant `at`, so a baby born this
 * morning in Beijing is not "born in the future" on a server or phone in UTC. `at` is the
 * injected clock's now; only the shared schema, which has no clock, passes `null` (skipping the
 * future-date rule), and the service behind it checks again with the clock.
 */
export function checkIdNumber(input: string, at: Date | null): IdNumberCheck {
  const normalized = normalizeIdNumber(input)
  if (normalized === '') return { ok: false, error: 'idNumber.required' }
  if (!/^\d{17}[\dX]$/.test(normalized)) return { ok: false, error: 'idNumber.format' }
  if (!provinceCodes.has(normalized.slice(0, 2))) return { ok: false, error: 'idNumber.region' }

  const year = Number(normalized.slice(6, 10))
  const month = Number(normalized.slice(10, 12))
  const day = Number(normalized.slice(12, 14))
  const birth = new Date(Date.UTC(year, month - 1, day))
  const isRealDate =
    year >= 1900 && birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day
  if (!isRealDate) return { ok: false, error: 'idNumber.birthDate' }
  const birthDate = `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`
  if (at && birthDate > chinaDate(at)) return { ok: false, error: 'idNumber.futureBirthDate' }

  if (idNumberCheckCharacter(normalized.slice(0, 17)) !== normalized[17]) return { ok: false, error: 'idNumber.checkDigit' }

  return {
    ok: true,
    value: {
      normalized,
      regionCode: normalized.slice(0, 6),
      birthDate,
      sex: Number(normalized[16]) % 2 === 1 ? 'male' : 'female',
    },
  }
}

/** The birth date an ID number carries (`YYYY-MM-DD`), for a number already checked. */
export function birthDateOfIdNumber(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`
}

/** Age in whole years on `today` (`YYYY-MM-DD`), from a birth date: "年满 70 周岁" from the 70th birthday on (one born on 29 February, from 1 March in other years). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1
}
