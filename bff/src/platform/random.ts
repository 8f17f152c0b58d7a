import { randomFillSync } from 'node:crypto'

/** All randomness comes from a Random, so tests can make identifiers and codes predictable. */
export interface Random {
  bytes(length: number): Buffer
}

/**
 * The system's CSPRNG, drawn 4 KiB at a time and handed out in copies (as `crypto.randomUUID`
 * keeps a cache): a request id or a token costs a copy, not a call into OpenSSL.
 */
function pooledSystemRandom(poolSize = 4096): Random {
  const pool = Buffer.alloc(poolSize)
  let used = poolSize
  return {
    bytes(length) {
      if (length > poolSize) return randomFillSync(Buffer.alloc(length))
      if (used + length > poolSize) {
        randomFillSync(pool)
        used = 0
      }
      const out = Buffer.from(pool.subarray(used, used + length))
      // Bytes handed out are never handed out again.
      pool.fill(0, used, used + length)
      used += length
      return out
    },
  }
}

export const systemRandom: Random = pooledSystemRandom()

/** A deterministic xorshift source for tests only: repeatable identifiers and codes. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0 || 1
  return {
    bytes(length) {
      const out = Buffer.alloc(length)
      for (let i = 0; i < length; i += 1) {
        state ^= state << 13
        state ^= state >>> 17
        state ^= state << 5
        out[i] = state & 0xff
      }
      return out
    },
  }
}

const idAlphabet = '0123456789abcdefghjkmnpqrstvwxyz'

/**
 * An opaque identifier of 26 lowercase base32 characters: the millisecond it was made (10
 * characters, 48 bits, as a ULID) and 80 random bits (16 characters). Identifiers made later
 * sort later, so a row's key goes in at the end of its index rather than at a random page of it:
 * a commit writes the few last pages of each index instead of one page per row (decision 059).
 * The random part alone is what makes an identifier impossible to guess.
 */
export function newId(random: Random, at: number = Date.now()): string {
  let time = ''
  for (let rest = at, i = 0; i < 10; i += 1, rest = Math.floor(rest / 32)) time = idAlphabet[rest % 32] + time
  return time + toBase32(random.bytes(10), idAlphabet)
}

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** `length` characters of Crockford base32 (no I, L, O, U): easy to read out and type in. */
export function newCode(random: Random, length: number): string {
  return toBase32(random.bytes(Math.ceil((length * 5) / 8)), crockford).slice(0, length)
}

function toBase32(bytes: Buffer, alphabet: string): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31]
  return out
}
