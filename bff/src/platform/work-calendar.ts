import { asc } from 'drizzle-orm'
import { createWorkCalendar, type WorkCalendar } from '@renshe/shared/wages/work-calendar'
import type { Query } from '../db/database'
import { calendarDays } from '../db/schema'
import { preparedPer } from './prepared'

/**
 * The working-day calendar the officers keep (holidays and make-up working days), as the table
 * holds it now: every legal time limit counted in working days reads it, the wage complaints'
 * and the arbitrations' alike (decisions 017, 069).
 */
const allDays = preparedPer((q: Query) =>
  q.select({ date: calendarDays.date, kind: calendarDays.kind }).from(calendarDays).orderBy(asc(calendarDays.date)).prepare('wages_calendar_days'),
)

export async function loadWorkCalendar(q: Query): Promise<WorkCalendar> {
  const days = await allDays(q).execute()
  // Every deadline reads the table, which changes a few times a year: the calendar made from the
  // same rows as last time is that one again.
  const key = days.map((day) => `${day.date}${day.kind}`).join()
  if (last?.key !== key) last = { key, calendar: createWorkCalendar(days) }
  return last.calendar
}

let last: { readonly key: string; readonly calendar: WorkCalendar } | null = null
