import type { CertificationMethod, CertificationState, PartnerKind, VisitListItem } from '@renshe/shared/retiree/schemas'
import type { DomainLabel } from '../../ui/domain-labels'

export type StatusKey =
  | 'status.certified'
  | 'status.due'
  | 'status.dueOne'
  | 'status.dueToday'
  | 'status.overdue'
  | 'status.overdueOne'
  | 'status.suspended'
  | 'status.stopped'

/**
 * The headline of a certification status, in words a person of 80 reads at a glance: how many
 * days are left, how late it is, or that the money is held — never a bare code or colour.
 */
export function statusHeadline(state: CertificationState, daysLeft: number): { readonly key: StatusKey; readonly days: number } {
  switch (state) {
    case 'certified':
      return { key: 'status.certified', days: daysLeft }
    case 'due':
      if (daysLeft > 1) return { key: 'status.due', days: daysLeft }
      return { key: daysLeft === 1 ? 'status.dueOne' : 'status.dueToday', days: Math.max(daysLeft, 0) }
    case 'overdue':
      return { key: daysLeft === -1 ? 'status.overdueOne' : 'status.overdue', days: Math.max(-daysLeft, 1) }
    case 'suspended':
      return { key: 'status.suspended', days: -daysLeft }
    case 'stopped':
      return { key: 'status.stopped', days: 0 }
  }
}

/** States in which the pensioner still has to certify this cycle. */
export function needsCertifying(state: CertificationState): boolean {
  return state === 'due' || state === 'overdue' || state === 'suspended'
}

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
