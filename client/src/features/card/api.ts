import { getEcardCode, getMyCardPayments, revealMyCard } from '@renshe/shared/card/contract'
import { call } from '../../lib/api'

// The card is read, reported lost and taken back through useOperation and useSubmission, under
// the acting grant when grid staff help (`card.assist`); each write keeps its Idempotency-Key for
// one submission, so a retry after a lost answer is the same report, never a second.

/**
 * The holder's own card shown whole (recorded in her access log). Sent under the acting grant
 * like every call, never as the staff member herself, so acting it is refused rather than
 * showing the staff member's own card; the page offers it only to the holder.
 */
export const showWhole = () => call(revealMyCard, {})

/**
 * A fresh e-card code for the holder's own screen. Like `showWhole`, sent under the acting grant
 * if there were one, so it could only be refused; the e-card page never asks while acting.
 */
export const freshEcardCode = () => call(getEcardCode, {})

/**
 * A page of the holder's payments onto her card, newest first; the first page also carries what
 * is on the card, on its way and held. Sent under the acting grant when grid staff read it for her.
 */
export const loadMyCardPayments = (cursor: string | undefined) => call(getMyCardPayments, { query: cursor ? { cursor } : {} })
