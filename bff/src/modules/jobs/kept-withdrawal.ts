import type { Tx } from '../../db/database'
import { appendAudit, type Actor } from '../../platform/audit'
import { moveApplication, pendingAppliedBy } from './applications-repo'

/**
 * Withdraws, in the transaction of a person's refusal of what grid staff kept for her, the
 * applications that staff member sent for her which no employer has acted on yet (decision 058).
 * Each moves from `applied` only, so an employer's invitation made at the same moment either comes
 * first and stands, or finds the application withdrawn. Each is her own act about herself, in her
 * access log. What an employer already invited, hired or declined stays as it is, and so does
 * anything she sent herself. Handed to identity by `createApp`: modules do not import one another.
 */
export async function withdrawKeptApplications(tx: Tx, at: Date, actor: Actor, kept: { readonly userId: string; readonly staffUserId: string }): Promise<void> {
  const when = at.toISOString()
  for (const row of await pendingAppliedBy(tx, kept.userId, kept.staffUserId)) {
    const moved = await moveApplication(tx, row.id, 'applied', {
      status: 'withdrawn',
      history: [...row.history, { status: 'withdrawn', at: when, by: 'seeker', reason: null }],
      updatedAt: when,
    })
    if (moved) await appendAudit(tx, at, actor, { action: 'jobs.withdrawApplication', kind: 'write', objectType: 'job_application', objectId: row.id })
  }
}
