import type { CalendarDay, CalendarDayKind, IsoDate } from '@renshe/shared/wages/schemas'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { fail, ok, type Result } from '../../platform/problem'
import { calendarOfYear, setCalendarDay as storeCalendarDay } from './calendar-repo'

export async function listCalendar(deps: Pick<Deps, 'db'>, year: number): Promise<Result<{ days: CalendarDay[] }>> {
  return ok({ days: await deps.db.read((q) => calendarOfYear(q, year)) })
}

/**
 * Marks a date a public holiday or a make-up working day, or clears it. Every deadline counted
 * after this counts with the change.
 */
export async function setCalendarDay(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  date: IsoDate,
  change: { kind: CalendarDayKind | 'normal'; name: string },
): Promise<Result<{ days: CalendarDay[] }>> {
  // A holiday or make-up day is shown with its reason; clearing a day needs none.
  if (change.kind !== 'normal' && change.name === '') return fail('validation_failed', { errors: [{ path: 'body.name', key: 'field.required' }] })
  const now = deps.clock.now()
  await deps.db.transaction(async (tx) => {
    await storeCalendarDay(tx, date, change)
    await appendAudit(tx, now, actor, { action: 'wages.setCalendarDay', kind: 'write', objectType: 'calendar_day', objectId: date })
  })
  return ok({ days: await deps.db.read((q) => calendarOfYear(q, Number(date.slice(0, 4)))) })
}
