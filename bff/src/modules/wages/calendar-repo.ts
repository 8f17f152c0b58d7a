import { and, asc, eq, gte, lt } from 'drizzle-orm'
import type { CalendarDay, CalendarDayKind } from '@renshe/shared/wages/schemas'
import { createWorkCalendar, type WorkCalendar } from '@renshe/shared/wages/work-calendar'
import { preparedPer } from '../../platform/prepared'
import type { Query, Tx } from '../../db/database'
import { calendarDays } from '../../db/schema'

/** The working-day calendar deadlines are counted with, as the table holds it now. */
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

export function calendarOfYear(q: Query, year: number): Promise<CalendarDay[]> {
  return q
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.date, `${year}-01-01`), lt(calendarDays.date, `${year + 1}-01-01`)))
    .orderBy(asc(calendarDays.date))
}

export async function setCalendarDay(tx: Tx, date: string, change: { kind: CalendarDayKind | 'normal'; name: string }): Promise<void> {
  if (change.kind === 'normal') {
    await tx.delete(calendarDays).where(eq(calendarDays.date, date))
    return
  }
  await tx
    .insert(calendarDays)
    .values({ date, kind: change.kind, name: change.name })
    .onConflictDoUpdate({ target: calendarDays.date, set: { kind: change.kind, name: change.name } })
}
