import type { CertificationState } from '@renshe/shared/retiree/schemas'
import { certificationHeadline, type CertificationHeadline } from '../../ui/certification-state'

export type PensionHeadlineKey = `pension.${CertificationHeadline}`

export type PensionNoteKey = 'pension.dueBy' | 'pension.overdueBy' | 'pension.suspendedNote'

/** The words at the top of Home: how many days are left, how late it is, or that money is held. */
export function pensionHeadline(state: CertificationState, daysLeft: number): { readonly key: PensionHeadlineKey; readonly days: number } {
  const { word, days } = certificationHeadline(state, daysLeft)
  return { key: `pension.${word}`, days }
}

/** The line under it, with the date to act by; none once certified or stopped. */
export function pensionNote(state: CertificationState): PensionNoteKey | null {
  if (state === 'due') return 'pension.dueBy'
  if (state === 'overdue') return 'pension.overdueBy'
  if (state === 'suspended') return 'pension.suspendedNote'
  return null
}
