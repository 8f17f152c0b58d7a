import type { CalendarDay } from './schemas'

const rest = (from: string, to: string, name: string): CalendarDay[] => {
  const days: CalendarDay[] = []
  for (let day = Number(from.slice(8)); day <= Number(to.slice(8)); day += 1)
    days.push({ date: `${from.slice(0, 8)}${String(day).padStart(2, '0')}`, kind: 'holiday', name })
  return days
}
const work = (date: string, name: string): CalendarDay => ({ date, kind: 'workday', name })

// A seed only: the BFF copies it into a table an administrator keeps up to date, and that table
// is the truth. Each year's arrangement is published by the State Council around November.

/** 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04). */
export const officialCalendar2026: readonly CalendarDay[] = [
  ...rest('2026-01-01', '2026-01-03', '元旦'),
  work('2026-01-04', '元旦调休上班'),
  work('2026-02-14', '春节调休上班'),
  ...rest('2026-02-15', '2026-02-23', '春节'),
  work('2026-02-28', '春节调休上班'),
  ...rest('2026-04-04', '2026-04-06', '清明节'),
  ...rest('2026-05-01', '2026-05-05', '劳动节'),
  work('2026-05-09', '劳动节调休上班'),
  ...rest('2026-06-19', '2026-06-21', '端午节'),
  work('2026-09-20', '国庆节调休上班'),
  ...rest('2026-09-25', '2026-09-27', '中秋节'),
  ...rest('2026-10-01', '2026-10-07', '国庆节'),
  work('2026-10-10', '国庆节调休上班'),
]

/**
 * 1 January is a public holiday by 全国年节及纪念日放假办法 whatever the arrangement; the rest of
 * 2027 (and any make-up days around New Year) waits for the State Council's notice.
 */
export const officialCalendar2027: readonly CalendarDay[] = [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }]
