import type { CertificationState } from '@renshe/shared/retiree/schemas'
import { daysWords, type DaysKey } from '../certification-words'

export type CertDaysKey = DaysKey | 'days.stopped'

export interface CertDaysWords {
  readonly key: CertDaysKey
  readonly days: number
  readonly overdue: boolean
}

/**
 * Which words say how far a pensioner's certification deadline is: "20 days left", "due today",
 * "overdue by 5 days"; a stopped pension has no deadline any more.
 */
export function certDaysWords(state: CertificationState, daysLeft: number): CertDaysWords {
  if (state === 'stopped') return { key: 'days.stopped', days: 0, overdue: false }
  return daysWords(daysLeft)
}
