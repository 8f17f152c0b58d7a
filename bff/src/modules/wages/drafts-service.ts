import { ComplaintDraftForm, type ComplaintDraft } from '@renshe/shared/wages/schemas'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { fail, ok, type Result } from '../../platform/problem'
import { caseOfDraft, deleteDraftRow, deleteUnattachedEvidenceOf, draftOf, upsertDraft, type DraftRow } from './cases-repo'

function toDraft(deps: Pick<Deps, 'sealer'>, row: DraftRow): ComplaintDraft {
  // Read back through the schema: what the database holds is input like any other.
  const form = ComplaintDraftForm.parse(JSON.parse(deps.sealer.open(row.formEnc)))
  return { draftId: row.draftId, step: row.step, form, updatedAt: row.updatedAt }
}

/** The subject's unsent complaint. It holds a phone number: every read is recorded. */
export function getDraft(deps: Deps, actor: Actor, subjectUserId: string): { draft: ComplaintDraft | null } {
  const row = draftOf(deps.db, subjectUserId)
  recordAudit(deps.db, deps.clock.now(), actor, { action: 'wages.getDraft', kind: 'read', objectType: 'complaint_draft', objectId: subjectUserId })
  return { draft: row ? toDraft(deps, row) : null }
}

/**
 * Keeps whatever the form holds, sealed whole. The draft a case was already filed from stays
 * filed: an autosave arriving after the submission must not bring the draft back.
 */
export function saveDraft(
  deps: Deps,
  actor: Actor,
  subjectUserId: string,
  input: Omit<ComplaintDraft, 'updatedAt'>,
): Result<ComplaintDraft> {
  const now = deps.clock.now()
  const row: DraftRow = {
    subjectUserId,
    draftId: input.draftId,
    step: input.step,
    formEnc: deps.sealer.seal(JSON.stringify(input.form)),
    updatedByUserId: actor.actorUserId ?? subjectUserId,
    updatedAt: now.toISOString(),
  }
  const saved = deps.db.transaction((tx) => {
    if (caseOfDraft(deps.db, subjectUserId, input.draftId)) return false
    upsertDraft(tx, row)
    appendAudit(tx, now, actor, { action: 'wages.saveDraft', kind: 'write', objectType: 'complaint_draft', objectId: subjectUserId })
    return true
  })
  if (!saved) return fail('conflict', { detail: 'This draft has already been sent as a complaint' })
  return ok({ draftId: input.draftId, step: input.step, form: input.form, updatedAt: row.updatedAt })
}

/** Throws the draft away, with the files uploaded for it and not sent. */
export function deleteDraft(deps: Deps, actor: Actor, subjectUserId: string): { deleted: boolean } {
  const now = deps.clock.now()
  return deps.db.transaction((tx) => {
    const draft = deleteDraftRow(tx, subjectUserId)
    const files = deleteUnattachedEvidenceOf(tx, subjectUserId, 'complaint')
    appendAudit(tx, now, actor, { action: 'wages.deleteDraft', kind: 'write', objectType: 'complaint_draft', objectId: subjectUserId })
    return { deleted: draft || files > 0 }
  })
}
