/** The browser: Web Crypto's getRandomValues, which works on plain http too (randomUUID does not). */
export async function randomBytes(length: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(length)
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') return crypto.getRandomValues(bytes)
  return weakRandomBytes(bytes)
}

/**
 * The last resort of a runtime with no secure source (a very old browser, an old WeChat base
 * library). Enough for a device id: it only has to differ from other phones', and a trainee who
 * wants to cheat can send any id she likes anyway; the id is a hint for supervision, not a secret.
 */
export function weakRandomBytes(bytes: Uint8Array): Uint8Array {
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256)
  return bytes
}
