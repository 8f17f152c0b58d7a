import type { CardStatus } from '@renshe/shared/card/schemas'
import { fail } from '../../platform/problem'
import type { ShownStatus } from './views'

/*
 * Why a change of the card is refused, for the status she sees. Each is a conflict: the card is
 * hers, only its state says no.
 */

export const noCard = fail('not_found', { detail: 'No citizen card has been issued to this person' })

/** What cannot be done online once a card is past the temporary report: the counter's business. */
const atTheCounter: Partial<Record<CardStatus, string>> = {
  lost: 'The card is reported lost at a counter: apply for a replacement of it',
  being_replaced: 'A replacement of the card is being made: the old card cannot be reported or restored online',
  cancelled: 'The card is cancelled',
}

/** Null when a temporary loss report may be made: only from normal. */
export function refusalToReport(shown: ShownStatus) {
  if (shown.status === 'normal') return null
  if (shown.status === 'temporarily_lost') {
    return fail('conflict', { detail: `The card is already reported lost for now, until ${shown.temporaryLossUntil ?? ''}: take the report back when the card is found` })
  }
  return fail('conflict', { detail: atTheCounter[shown.status] ?? 'The card cannot be reported lost in its current state' })
}

/** Null when a temporary loss report may be taken back: only while it stands. */
export function refusalToCancel(stored: CardStatus, shown: ShownStatus) {
  if (shown.status === 'temporarily_lost') return null
  if (stored === 'temporarily_lost') return fail('conflict', { detail: 'The temporary loss report has already lifted by itself: the card works again' })
  if (shown.status === 'normal') return fail('conflict', { detail: 'The card is not reported lost: there is no report to take back' })
  return fail('conflict', { detail: atTheCounter[shown.status] ?? 'The card cannot be restored in its current state' })
}
