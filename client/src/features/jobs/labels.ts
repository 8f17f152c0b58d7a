import type { Locale } from '@renshe/shared/platform/locale'
import { occupationName } from '@renshe/shared/jobs/occupations'
import type { JobPostStatus } from '@renshe/shared/jobs/posts'
import type { JobShifts, Place } from '@renshe/shared/jobs/schemas'
import { formatDate } from '../../lib/format'
import type { JobsT } from './profile-values'

/** `保洁员（4-10-05-01）`: the classification's name (Chinese only: it has no English names) and its code. */
export function occupationLabel(code: string, locale: Locale): string {
  const name = occupationName(code)
  if (!name) return code
  return locale === 'zh-CN' ? `${name}（${code}）` : `${name} (${code})`
}

/** `周一、周三、周五` / `Mon, Wed, Fri`, Monday first. */
export function daysText(days: readonly number[], t: JobsT): string {
  return [...days]
    .sort((a, b) => a - b)
    .map((day) => t(`day.${day}` as Parameters<JobsT>[0]))
    .join(t('list.and'))
}

const isoDay = (date: string) => `${date}T00:00:00+08:00`

/** The hours of a job in a line: its days (or dates) and each distinct range of hours. */
export function shiftsText(shifts: JobShifts, t: JobsT, locale: Locale): string {
  const ranges = [...new Set(shifts.times.map((time) => `${time.from}–${time.to}`))].join(t('list.and'))
  if (shifts.kind === 'weekly') return `${daysText([...new Set(shifts.times.map((time) => time.day))], t)} ${ranges}`
  const dates = [...new Set(shifts.times.map((time) => time.date))].map((date) => formatDate(isoDay(date), locale)).join(t('list.and'))
  return `${dates} ${ranges}`
}

/** `2026年11月20日 起` or from–to, as the job's dates. */
export function datesText(startDate: string, endDate: string | null, t: JobsT, locale: Locale): string {
  const from = formatDate(isoDay(startDate), locale)
  return endDate === null ? t('job.from', { date: from }) : t('job.fromTo', { from, to: formatDate(isoDay(endDate), locale) })
}

/** `鹿城区 · 南浦社区`: the county first, as people say where a place is. */
export function placeText(place: Pick<Place, 'community' | 'regionCode'>, regionName: (code: string) => string): string {
  return `${regionName(place.regionCode)} · ${place.community}`
}

/** How a post's status tag looks: published reads as done, held as needing the poster. */
export function statusTone(status: JobPostStatus): 'ok' | 'warn' | 'plain' {
  if (status === 'open') return 'ok'
  if (status === 'held') return 'warn'
  return 'plain'
}
