import { scalarText } from '@renshe/shared/platform/operation'
/** `{ cursor: 'a', limit: 30 }` → `?cursor=a&limit=30`; unset values are left out. */
export function queryString(query: unknown): string {
  if (!query || typeof query !== 'object') return ''
  const pairs: string[] = []
  for (const [name, value] of Object.entries(query)) {
    const values: unknown[] = Array.isArray(value) ? value : [value]
    for (const item of values) {
      if (item === undefined || item === null) continue
      pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(scalarText(item))}`)
    }
  }
  return pairs.length > 0 ? `?${pairs.join('&')}` : ''
}
