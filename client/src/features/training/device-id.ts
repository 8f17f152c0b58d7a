import Taro from '@tarojs/taro'
import { DeviceId } from '@renshe/shared/training/attendance'
import { randomBytes } from './random-bytes'

/**
 * Kept under the phone, not the person: it stays when she logs out, so that a second trainee
 * checking in from the same phone is seen as the same device (decision 061).
 */
const storageKey = 'renshe.training.device'

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** 16 random bytes as 22 characters of [A-Za-z0-9_-] (base64url without padding): what `DeviceId` takes. */
export function deviceIdOf(bytes: Uint8Array): string {
  let bits = 0
  let value = 0
  let id = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 6) {
      bits -= 6
      id += alphabet[(value >> bits) & 63]
    }
  }
  if (bits > 0) id += alphabet[(value << (6 - bits)) & 63]
  return id
}

function stored(): string | null {
  try {
    const raw: unknown = Taro.getStorageSync(storageKey)
    return typeof raw === 'string' && DeviceId.safeParse(raw).success ? raw : null
  } catch {
    return null
  }
}

/** This device's own random id, made on first use and kept in storage; sent with each check-in. */
export async function deviceId(): Promise<string> {
  const known = stored()
  if (known) return known
  const made = deviceIdOf(await randomBytes(16))
  try {
    Taro.setStorageSync(storageKey, made)
  } catch {
    // Storage full or refused: the id serves this check-in; the next one makes another.
  }
  return made
}
