import type { Tx } from '../db/database'
import type { Actor } from './audit'

/**
 * Withdraws, in the transaction of a person's refusal of what grid staff kept for her, the
 * applications that staff member sent for her which no employer has acted on yet (decision 058).
 * Handed in by `createApp`, since modules do not import one another: the jobs module's own
 * withdrawal, so the rules of an application's steps stay in one place.
 */
export type WithdrawKeptApplications = (tx: Tx, at: Date, actor: Actor, kept: { readonly userId: string; readonly staffUserId: string }) => Promise<void>
