import Taro from '@tarojs/taro'

/**
 * How a stored value is read back: storage written by an older version may not fit. A zod schema
 * is one; the stores the app reads as it starts use small checks of their own instead, so that
 * its first screen does not wait for zod to load and build its schemas.
 */
export interface StoredShape<T> {
  safeParse(raw: unknown): { readonly success: true; readonly data: T } | { readonly success: false }
  /** What is written for a value, when not the value itself (say, with a stamp of its format). */
  toStored?(value: T): unknown
}

/** A stored value that is one of a few strings. */
export function storedOneOf<const V extends readonly string[]>(values: V): StoredShape<V[number]> {
  return {
    safeParse: (raw) => (values.some((value) => value === raw) ? { success: true, data: raw as V[number] } : { success: false }),
  }
}

/** Reads a stored value back through its shape; `null` when there is none or it does not fit. */
export function readStored<T>(key: string, shape: StoredShape<T>): T | null {
  try {
    const raw: unknown = Taro.getStorageSync(key)
    if (raw === '' || raw === undefined || raw === null) return null
    const parsed = shape.safeParse(typeof raw === 'string' ? JSON.parse(raw) : raw)
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

/**
 * A value kept from the API, read back only by a client of the format it was written in
 * (`STORED_FORMAT`): it was checked against the contract when it arrived, so it is not checked
 * again, and the app need not load zod to read it as it starts. `fits` checks what the client
 * relies on before anything else runs.
 */
export function storedAsWritten<T>(fits: (value: Record<string, unknown>) => boolean): StoredShape<T> {
  return {
    safeParse(raw) {
      if (typeof raw !== 'object' || raw === null) return { success: false }
      const { format, value } = raw as { format?: unknown; value?: unknown }
      if (format !== STORED_FORMAT || typeof value !== 'object' || value === null || !fits(value as Record<string, unknown>)) return { success: false }
      return { success: true, data: value as T }
    },
    toStored: (value) => ({ format: STORED_FORMAT, value }),
  }
}
