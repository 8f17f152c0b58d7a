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
