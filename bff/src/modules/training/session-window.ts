import { attendanceRules } from '@renshe/shared/training/attendance'

/*
 * When a session's check-in is open and when its code may be shown. A session is a China date
 * and hours (UTC+8, no daylight saving), so its instants are fixed by the offset.
 */

export interface SessionHours {
  readonly date: string
  readonly timeFrom: string
  readonly timeTo: string
}

const minute = 60_000

function chinaInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`)
}

/** Check-in opens `opensMinutesBefore` the start and closes at the end. */
export function checkInWindow(session: SessionHours): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: new Date(chinaInstant(session.date, session.timeFrom).getTime() - attendanceRules.opensMinutesBefore * minute),
    closesAt: chinaInstant(session.date, session.timeTo),
  }
}

/** The institution's screen may show the code from `codeShownMinutesAround` before the start to as long after the end. */
export function codeShownWindow(session: SessionHours): { from: Date; until: Date } {
  const around = attendanceRules.codeShownMinutesAround * minute
  return {
    from: new Date(chinaInstant(session.date, session.timeFrom).getTime() - around),
    until: new Date(chinaInstant(session.date, session.timeTo).getTime() + around),
  }
}

export function within(now: Date, from: Date, until: Date): boolean {
  return now.getTime() >= from.getTime() && now.getTime() <= until.getTime()
}
