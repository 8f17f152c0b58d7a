/*
 * Base64url without padding (RFC 4648 §5), for the e-card's token: the same in the BFF, a browser
 * and WeChat, none of which share a codec (Buffer is Node's, btoa is Latin-1 only).
 */

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const values = new Map([...alphabet].map((char, index) => [char, index]))

export function toBase64url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let j = 0; j < chars; j += 1) out += alphabet[(chunk >> (18 - 6 * j)) & 63]
  }
  return out
}

/** The bytes of a base64url text, or null when it is not one (a stray character, a length no encoding gives, bits left over). */
export function fromBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null
  const out = new Uint8Array(Math.floor((text.length * 6) / 8))
  let bits = 0
  let buffer = 0
  let at = 0
  for (const char of text) {
    const value = values.get(char)
    if (value === undefined) return null
    buffer = (buffer << 6) | value
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[at] = (buffer >> bits) & 255
      at += 1
    }
  }
  // Canonical only: the bits an encoder leaves over are zero, so one byte string has one text.
  return (buffer & ((1 << bits) - 1)) === 0 ? out : null
}
