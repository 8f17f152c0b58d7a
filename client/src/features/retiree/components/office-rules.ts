import type { Overpayment, PensionerSummary } from '@renshe/shared/retiree/schemas'
import { needsCertifying } from '../certification-words'

/** Officers send grid staff to pensioners whose deadline is near or past, unless someone is already going. */
export function canSendGridStaff(pensioner: Pick<PensionerSummary, 'state' | 'openTask'>): boolean {
  return !pensioner.openTask && needsCertifying(pensioner.state)
}

/** Money still to recover comes first; within each group, the newest record first. */
export function openFirst(overpayments: readonly Overpayment[]): Overpayment[] {
  return [...overpayments].sort(
    (a, b) => Number(a.status !== 'open') - Number(b.status !== 'open') || Date.parse(b.recordedAt) - Date.parse(a.recordedAt),
  )
}
