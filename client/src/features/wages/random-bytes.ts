/** The browser: Web Crypto's getRandomValues, which works on plain http too (randomUUID does not). */
export async function randomBytes(length: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(length)
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') return crypto.getRandomValues(bytes)
  for (let i = 0; i < length; i += 1) bytes[i] = Math.floor(Math.random() * 256)
  return bytes
}
