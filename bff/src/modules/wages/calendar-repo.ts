import { and, asc, eq, gte, lt } from 'drizzle-orm'
import type { CalendarDay, CalendarDayKind } from '@renshe/shared/wages/schemas'
import type { Query, Tx } from '../../db/database'
import { calendarDays } from '../../db/schema'

// The calendar every deadline is counted with is the platform's: arbitrations count on it too.
export { loadWorkCalendar } from '../../platform/work-calendar'

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
