import type { Locale } from '@renshe/shared/platform/locale'

// Records and deadlines are in China Standard Time (UTC+8, no daylight saving) wherever the
// phone is, so the date shown is the date the office means.
const chinaOffsetMs = 8 * 60 * 60 * 1000
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function chinaParts(iso: string) {
  const shifted = new Date(new Date(iso).getTime() + chinaOffsetMs)
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  }
}

const two = (n: number) => String(n).padStart(2, '0')

/** `2025-03-12T06:05:00Z` → `2025年3月12日` / `12 Mar 2025`. */
export function formatDate(iso: string, locale: Locale): string {
  const { year, month, day } = chinaParts(iso)
  if (Number.isNaN(year)) return iso
  return locale === 'zh-CN' ? `${year}年${month}月${day}日` : `${day} ${monthNames[month - 1]} ${year}`
}

/** Date and 24-hour time in China Standard Time. */
export function formatDateTime(iso: string, locale: Locale): string {
  return Number.isNaN(new Date(iso).getTime()) ? iso : `${formatDate(iso, locale)} ${formatTime(iso)}`
}

/** The 24-hour time alone, in China Standard Time: `08:05`. */
export function formatTime(iso: string): string {
  const { hour, minute } = chinaParts(iso)
  if (Number.isNaN(hour)) return iso
  return `${two(hour)}:${two(minute)}`
}

/** `2025-03` → `2025年3月` / `Mar 2025`. */
export function formatMonth(yearMonth: string, locale: Locale): string {
  const [year, month] = yearMonth.split('-').map(Number)
  if (!year || !month) return yearMonth
  return locale === 'zh-CN' ? `${year}年${month}月` : `${monthNames[month - 1]} ${year}`
}

/** Integer fen → `¥1,234.56`. */
export function formatFen(fen: number): string {
  const yuan = Math.floor(fen / 100)
  const cents = two(fen % 100)
  return `¥${String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`
}
