import { randomBytes } from './random-bytes'

/** A version-4 UUID from 16 random bytes (RFC 9562 §5.4). */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = Array.from(bytes.slice(0, 16))
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80
  const hex = b.map((byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

/** Made on the device when the worker starts, so the draft and its submission are one thing everywhere. */
export async function newDraftId(): Promise<string> {
  return uuidFromBytes(await randomBytes(16))
}
