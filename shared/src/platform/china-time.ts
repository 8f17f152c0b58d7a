/** China has one time zone, UTC+8, and no daylight saving: calendar rules use it directly. */
const chinaOffsetMs = 8 * 60 * 60 * 1000

/** The calendar date in China at an instant, as `YYYY-MM-DD`. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + chinaOffsetMs).toISOString().slice(0, 10)
}

/** The calendar month in China at an instant, as `YYYY-MM`. */
export function chinaMonth(at: Date): string {
  return chinaDate(at).slice(0, 7)
}
