import type { CertificationState } from '@renshe/shared/retiree/schemas'

/** The headline of a certification state, as the last part of a message key in each catalog that says it. */
export type CertificationHeadline = 'certified' | 'due' | 'dueOne' | 'dueToday' | 'overdue' | 'overdueOne' | 'suspended' | 'stopped'

/**
 * Which headline a pensioner reads, at a glance, and the number it carries: days left, days
 * late, or none — never a bare code or colour. Home (main package) and the retiree pages
 * (subpackage) both say it, each in its own catalog.
 */
export function certificationHeadline(state: CertificationState, daysLeft: number): { readonly word: CertificationHeadline; readonly days: number } {
  switch (state) {
    case 'certified':
      return { word: 'certified', days: daysLeft }
    case 'due':
      if (daysLeft > 1) return { word: 'due', days: daysLeft }
      return { word: daysLeft === 1 ? 'dueOne' : 'dueToday', days: Math.max(daysLeft, 0) }
    case 'overdue':
      return { word: daysLeft === -1 ? 'overdueOne' : 'overdue', days: Math.max(-daysLeft, 1) }
    case 'suspended':
      return { word: 'suspended', days: -daysLeft }
    case 'stopped':
      return { word: 'stopped', days: 0 }
  }
}

/** States in which the pensioner still has to certify this cycle. */
export function needsCertifying(state: CertificationState): boolean {
  return state === 'due' || state === 'overdue' || state === 'suspended'
}

/** The `status-card--…` modifier of each state (ui/status-card.css): shape as well as colour. */
export const certificationTones = { certified: 'ok', due: 'warn', overdue: 'alert', suspended: 'alert', stopped: 'plain' } as const
