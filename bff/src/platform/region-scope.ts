import { and, gte, lt, type Column, type SQL } from 'drizzle-orm'
import { regionPrefix } from '@renshe/shared/identity/regions'

/** The first code after every code that starts with `prefix` (digits), or null past the last. */
function afterPrefix(prefix: string): string | null {
  const digits = prefix.split('').map(Number)
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    if ((digits[i] ?? 0) < 9) return [...digits.slice(0, i), (digits[i] ?? 0) + 1].join('')
  }
  return null
}

/**
 * The one SQL rule for which objects an officer's region covers (`regionCovers` in shared says
 * the same in code): a county officer sees the county, a city officer every county of the city,
 * a provincial officer the province. Codes are digits, so "starts with the prefix" is the range
 * [prefix, next prefix): the same on both engines in any collation, and an index range scan
 * (a `LIKE 'prefix%'` uses an index on PostgreSQL only under the C collation).
 */
export function inRegionScope(column: Column, officerRegion: string): SQL {
  const range = regionRange(officerRegion)
  const from = gte(column, range.from)
  return range.before === null ? from : (and(from, lt(column, range.before)) ?? from)
}

/** The codes an officer's region covers, as a range: from `from`, up to but not including `before`. */
export function regionRange(officerRegion: string): { readonly from: string; readonly before: string | null } {
  const prefix = regionPrefix(officerRegion)
  return { from: prefix, before: afterPrefix(prefix) }
}
