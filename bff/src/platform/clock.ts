/** All time comes from a Clock, so expiries and deadlines are testable without sleeping. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

export interface ManualClock extends Clock {
  set(at: Date | string): void
  advance(milliseconds: number): void
}

export function manualClock(start: Date | string): ManualClock {
  let current = new Date(start).getTime()
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at).getTime()
    },
    advance: (milliseconds) => {
      current += milliseconds
    },
  }
}

/**
 * Starts at `start` and runs at real speed from there; `set` and `advance` jump it. For a portal
 * driven from a browser whose clock runs beside it, on a date fixed by the test.
 */
export function runningClock(start: Date | string, realNow: () => number = Date.now): ManualClock {
  let offset = new Date(start).getTime() - realNow()
  return {
    now: () => new Date(realNow() + offset),
    set: (at) => {
      offset = new Date(at).getTime() - realNow()
    },
    advance: (milliseconds) => {
      offset += milliseconds
    },
  }
}

export const minutes = (n: number): number => n * 60_000
export const hours = (n: number): number => n * 3_600_000
export const days = (n: number): number => n * 86_400_000
