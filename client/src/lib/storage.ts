import Taro from '@tarojs/taro'
import type { z } from 'zod'

/** Reads a stored value back through its schema: storage written by an older version may not fit. */
export function readStored<S extends z.ZodType>(key: string, schema: S): z.output<S> | null {
  try {
    const raw: unknown = Taro.getStorageSync(key)
    if (raw === '' || raw === undefined || raw === null) return null
    const parsed = schema.safeParse(typeof raw === 'string' ? JSON.parse(raw) : raw)
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    if (value === null) Taro.removeStorageSync(key)
    else Taro.setStorageSync(key, JSON.stringify(value))
  } catch {
    // Storage full or unavailable: the value still lives in memory for this visit.
  }
}
