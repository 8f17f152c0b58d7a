import { ComplaintDraftForm, type ComplaintDraft } from '@renshe/shared/wages/schemas'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { fail, ok, type Result } from '../../platform/problem'
import { caseOfDraft, deleteDraftRow, deleteUnattachedEvidenceOf, draftOf, lockDraft, upsertDraft, type DraftRow } from './cases-repo'

function toDraft(deps: Pick<Deps, 'sealer'>, row: DraftRow): ComplaintDraft {
  // Read back through the schema: what the database holds is input like any other.
  const form = ComplaintDraftForm.parse(JSON.parse(deps.sealer.open(row.formEnc)))
  return { draftId: row.draftId, step: row.step, form, updatedAt: row.updatedAt }
}

/** The subject's unsent complaint. It holds a phone number: every read is recorded. */
export async function getDraft(deps: Deps, actor: Actor, subjectUserId: string): Promise<{ draft: ComplaintDraft | null }> {
  const row = await deps.db.read((q) => draftOf(q, subjectUserId))
  await recordAudit(deps, deps.clock.now(), actor, { action: 'wages.getDraft', kind: 'read', objectType: 'complaint_draft', objectId: subjectUserId })
  return { draft: row ? toDraft(deps, row) : null }
}

/**
 * Keeps whatever the form holds, sealed whole. The draft a case was already filed from stays
 * filed: an autosave arriving after the submission must not bring the draft back.
 */
export async function saveDraft(
  deps: Deps,
  actor: Actor,
  subjectUserId: string,
  input: Omit<ComplaintDraft, 'updatedAt'>,
): Promise<Result<ComplaintDraft>> {
  const now = deps.clock.now()
  const row: DraftRow = {
    subjectUserId,
    draftId: input.draftId,
    step: input.step,
    formEnc: deps.sealer.seal(JSON.stringify(input.form)),
    updatedByUserId: actor.actorUserId ?? subjectUserId,
    updatedAt: now.toISOString(),
  }
  const saved = await deps.db.transaction(async (tx) => {
    // The submission holds the same lock: an autosave is either before it (and deleted by it) or sees its case.
    await lockDraft(tx, subjectUserId, input.draftId)
    if (await caseOfDraft(tx, subjectUserId, input.draftId)) return false
    await upsertDraft(tx, row)
    await appendAudit(tx, now, actor, { action: 'wages.saveDraft', kind: 'write', objectType: 'complaint_draft', objectId: subjectUserId })
    return true
  })
  if (!saved) return fail('conflict', { detail: 'This draft has already been sent as a complaint' })
  return ok({ draftId: input.draftId, step: input.step, form: input.form, updatedAt: row.updatedAt })
}

/** Throws the draft away, with the files uploaded for it and not sent. */
export async function deleteDraft(deps: Deps, actor: Actor, subjectUserId: string): Promise<{ deleted: boolean }> {
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    // Files before the draft, in the order a submission locks them: the two never wait on each other in a circle.
    const files = await deleteUnattachedEvidenceOf(tx, subjectUserId, 'complaint')
    const draft = await deleteDraftRow(tx, subjectUserId)
    await appendAudit(tx, now, actor, { action: 'wages.deleteDraft', kind: 'write', objectType: 'complaint_draft', objectId: subjectUserId })
    return { deleted: draft || files > 0 }
  })
}
