import { and, asc, eq, gte, lt } from 'drizzle-orm'
import type { CalendarDay, CalendarDayKind } from '@renshe/shared/wages/schemas'
import { createWorkCalendar, type WorkCalendar } from '@renshe/shared/wages/work-calendar'
import type { Tx } from '../../db/client'
import { calendarDays } from '../../db/schema'

/** The working-day calendar deadlines are counted with, as the table holds it now. */
export function loadWorkCalendar(db: Tx): WorkCalendar {
  return createWorkCalendar(db.select({ date: calendarDays.date, kind: calendarDays.kind }).from(calendarDays).all())
}

export function calendarOfYear(db: Tx, year: number): CalendarDay[] {
  return db
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.date, `${year}-01-01`), lt(calendarDays.date, `${year + 1}-01-01`)))
    .orderBy(asc(calendarDays.date))
    .all()
}

export function setCalendarDay(db: Tx, date: string, change: { kind: CalendarDayKind | 'normal'; name: string }): void {
  if (change.kind === 'normal') {
    db.delete(calendarDays).where(eq(calendarDays.date, date)).run()
    return
  }
  db.insert(calendarDays)
    .values({ date, kind: change.kind, name: change.name })
    .onConflictDoUpdate({ target: calendarDays.date, set: { kind: change.kind, name: change.name } })
    .run()
}
