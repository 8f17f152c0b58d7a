import { weakRandomBytes } from './weak-random-bytes'

/** The browser: Web Crypto's getRandomValues, which works on plain http too (randomUUID does not). */
export async function randomBytes(length: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(length)
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') return crypto.getRandomValues(bytes)
  return weakRandomBytes(bytes)
}
