/**
 * Administrative codes nest: 330000 Zhejiang ⊃ 330300 Wenzhou ⊃ 330302 Lucheng. An officer's
 * region covers every code that starts with its significant digits.
 */
export function regionPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2)
  if (code.endsWith('00')) return code.slice(0, 4)
  return code
}

export function regionCovers(officerRegion: string, objectRegion: string): boolean {
  return objectRegion.startsWith(regionPrefix(officerRegion))
}

/** Wenzhou's districts, counties and county-level cities, the portal's pilot city. Names: the client's domainLabels `region.<code>`. */
export const wenzhouCounties = ['330302', '330303', '330304', '330305', '330324', '330326', '330327', '330328', '330329', '330381', '330382', '330383'] as const
