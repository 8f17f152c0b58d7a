import { collectWithinDays, type ApplicationStatus, type CardApplication } from '@renshe/shared/card/applications'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import type { ApplicationRow } from './applications-repo'
import type { OutletWithBank } from './outlets-repo'

/** The last day to collect a card that reached its outlet at `atOutletAt`: the outlet keeps it 90 days (China dates). */
export function collectByOf(atOutletAt: string): string {
  return addCalendarDays(chinaDate(new Date(atOutletAt)), collectWithinDays)
}

/** Each step the application has reached, in order, with when. */
function stepsOf(row: ApplicationRow): CardApplication['steps'] {
  const reached: [ApplicationStatus, string | null][] = [
    ['applied', row.appliedAt],
    ['produced', row.producedAt],
    ['at_outlet', row.atOutletAt],
    ['collected', row.collectedAt],
    ['withdrawn', row.withdrawnAt],
  ]
  return reached.flatMap(([status, at]) => (at === null ? [] : [{ status, at }]))
}

/** An application as its holder follows it: the new card's number masked once made, and the day to collect by while it waits at the outlet. */
export function toCardApplication(row: ApplicationRow, { outlet, bankName }: OutletWithBank): CardApplication {
  return {
    id: row.id,
    kind: row.kind,
    reason: row.reason,
    status: row.status,
    outlet: { id: outlet.id, name: outlet.name, address: outlet.address, hours: outlet.hours, bankName },
    steps: stepsOf(row),
    newCardNumberMasked: row.newCardNumberMasked,
    collectBy: row.status === 'at_outlet' && row.atOutletAt !== null ? collectByOf(row.atOutletAt) : null,
  }
}
