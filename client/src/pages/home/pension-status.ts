import type { CertificationState } from '@renshe/shared/retiree/schemas'

export type PensionHeadlineKey =
  | 'pension.certified'
  | 'pension.due'
  | 'pension.dueOne'
  | 'pension.dueToday'
  | 'pension.overdue'
  | 'pension.overdueOne'
  | 'pension.suspended'
  | 'pension.stopped'

export type PensionNoteKey = 'pension.dueBy' | 'pension.overdueBy' | 'pension.suspendedNote'

/** The words at the top of Home: how many days are left, how late it is, or that money is held. */
export function pensionHeadline(state: CertificationState, daysLeft: number): { readonly key: PensionHeadlineKey; readonly days: number } {
  switch (state) {
    case 'certified':
      return { key: 'pension.certified', days: daysLeft }
    case 'due':
      if (daysLeft > 1) return { key: 'pension.due', days: daysLeft }
      return { key: daysLeft === 1 ? 'pension.dueOne' : 'pension.dueToday', days: Math.max(daysLeft, 0) }
    case 'overdue':
      return { key: daysLeft === -1 ? 'pension.overdueOne' : 'pension.overdue', days: Math.max(-daysLeft, 1) }
    case 'suspended':
      return { key: 'pension.suspended', days: -daysLeft }
    case 'stopped':
      return { key: 'pension.stopped', days: 0 }
  }
}

/** The line under it, with the date to act by; none once certified or stopped. */
export function pensionNote(state: CertificationState): PensionNoteKey | null {
  if (state === 'due') return 'pension.dueBy'
  if (state === 'overdue') return 'pension.overdueBy'
  if (state === 'suspended') return 'pension.suspendedNote'
  return null
}

export function pensionNeedsCertifying(state: CertificationState): boolean {
  return state === 'due' || state === 'overdue' || state === 'suspended'
}
