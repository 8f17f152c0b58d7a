import type { CertificationMethod, CertificationState, PartnerKind, VisitListItem } from '@renshe/shared/retiree/schemas'
import { certificationHeadline, type CertificationHeadline } from '../../ui/certification-state'
import type { DomainLabel } from '../../ui/domain-labels'

export type StatusKey = `status.${CertificationHeadline}`

/** The headline of a certification status on the retiree pages (Home says the same in its words). */
export function statusHeadline(state: CertificationState, daysLeft: number): { readonly key: StatusKey; readonly days: number } {
  const { word, days } = certificationHeadline(state, daysLeft)
  return { key: `status.${word}`, days }
}

export { needsCertifying } from '../../ui/certification-state'

export type DaysKey = 'days.left' | 'days.leftOne' | 'days.today' | 'days.overdue' | 'days.overdueOne'

/** "3 days left", "due today", "overdue by 2 days". */
export function daysWords(daysLeft: number): { readonly key: DaysKey; readonly days: number; readonly overdue: boolean } {
  if (daysLeft > 1) return { key: 'days.left', days: daysLeft, overdue: false }
  if (daysLeft === 1) return { key: 'days.leftOne', days: 1, overdue: false }
  if (daysLeft === 0) return { key: 'days.today', days: 0, overdue: false }
  if (daysLeft === -1) return { key: 'days.overdueOne', days: 1, overdue: true }
  return { key: 'days.overdue', days: -daysLeft, overdue: true }
}

/** How a certification was made: a partner signal names its source ("by a hospital visit"). */
export function howCertified(method: CertificationMethod, source: PartnerKind | null): DomainLabel {
  if (method === 'partner_signal' && source) return `certSource.${source}`
  return `certMethod.${method}`
}

/** Face checks allowed in one cycle before a home visit is offered. */
export const faceAttemptsPerCycle = 3

export function faceTriesLeft(faceFailures: number): number {
  return Math.max(0, faceAttemptsPerCycle - faceFailures)
}

/** Nearest deadline first; the server sorts too, this keeps the promise if it ever does not. */
export function byDeadline(items: readonly VisitListItem[]): VisitListItem[] {
  return [...items].sort((a, b) => a.daysLeft - b.daysLeft)
}
