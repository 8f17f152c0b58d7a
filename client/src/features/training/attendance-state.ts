import type { MySession } from '@renshe/shared/training/attendance'

export type SessionState = 'checkedIn' | 'open' | 'later' | 'missed'

/** Where one session stands for her at an instant: checked in, open for check-in now, not yet open, or over without her. */
export function sessionState(session: MySession, now: number): SessionState {
  if (session.checkedInAt !== null) return 'checkedIn'
  if (now < new Date(session.opensAt).getTime()) return 'later'
  return now < new Date(session.closesAt).getTime() ? 'open' : 'missed'
}

/** The session whose check-in window is open at an instant, checked in or not; windows do not overlap. */
export function openSession(sessions: readonly MySession[], now: number): MySession | undefined {
  return sessions.find((session) => new Date(session.opensAt).getTime() <= now && now < new Date(session.closesAt).getTime())
}

/** Sessions to attend to reach the threshold: a share of the sessions, rounded up (80 % of 3 is 3). */
export function sessionsNeeded(total: number, thresholdPercent: number): number {
  return Math.ceil((total * thresholdPercent) / 100)
}
