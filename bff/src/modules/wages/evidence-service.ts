import { maxEvidenceFiles, type EvidenceContent, type EvidenceFile, type EvidenceUse } from '@renshe/shared/wages/schemas'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import { days } from '../../platform/clock'
import type { Deps } from '../../platform/deps'
import { subjectOf, type Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { sealUpload } from '../../platform/sealed-upload'
import type { UploadedFile } from '../../platform/upload'
import { officialCovers } from '../../platform/policy'
import { isOfficial, partyOnCase } from './case-access'
import { toEvidenceFile } from './case-view'
import type { Query } from '../../db/database'
import {
  arbitrationOfCase,
  caseById,
  countUnattachedEvidence,
  deleteUnattachedEvidence,
  deleteUnattachedEvidenceBefore,
  evidenceById,
  evidenceMetaById,
  insertEvidence,
  lockEvidenceOf,
  type EvidencePurpose,
  type EvidenceRow,
} from './cases-repo'

/**
 * The pool a new file joins. The worker's side (the worker, or grid staff for one) gathers
 * complaint evidence, or files for a message on a case; an employer, proof for its answer; an
 * officer or supervisor, files for a message. Null: the caller has no such use.
 */
function purposeOf(principal: Principal, use: EvidenceUse): EvidencePurpose | null {
  const { roles } = principal.user
  const workerSide = principal.actingFor !== null || roles.includes('citizen')
  if (use === 'message') return workerSide || roles.includes('officer') || roles.includes('supervisor') ? 'message' : null
  if (workerSide) return 'complaint'
  return roles.includes('employer') ? 'employer_proof' : null
}

/**
 * A file picked for a message and not sent within a day is not kept: a reply left half-written
 * neither holds personal data without a purpose nor fills the places of the next one.
 */
const unsentMessageFileLife = days(1)

const fileError = (key: string) => fail('validation_failed', { errors: [{ path: 'file', key }] })

/** Stores one photo or PDF, sealed, once its bytes say it is one. */
export async function uploadEvidence(deps: Deps, actor: Actor, principal: Principal, file: UploadedFile, use: EvidenceUse): Promise<Result<EvidenceFile>> {
  const purpose = purposeOf(principal, use)
  if (!purpose) return fail('forbidden', { detail: use === 'message' ? 'Only the worker’s side and officers send messages on a case' : 'Officers upload files for messages only' })
  const sealed = await sealUpload(deps, principal, file)
  if (!sealed.ok) return sealed
  const { fields, name } = sealed
  const owner = fields.ownerUserId
  const now = deps.clock.now()
  const row: EvidenceRow = { ...fields, caseId: null, eventId: null, purpose }
  const stored = await deps.db.transaction(async (tx) => {
    // Counted under the owner's lock in the transaction that inserts, so parallel uploads (on
    // any instance) cannot pass the limit together.
    await lockEvidenceOf(tx, owner, purpose)
    if (purpose === 'message') {
      const stale = await deleteUnattachedEvidenceBefore(tx, owner, purpose, new Date(now.getTime() - unsentMessageFileLife).toISOString())
      for (const id of stale) await appendAudit(tx, now, actor, { action: 'wages.discardEvidence', kind: 'write', objectType: 'evidence', objectId: id })
    }
    if ((await countUnattachedEvidence(tx, owner, purpose)) >= maxEvidenceFiles) return false
    await insertEvidence(tx, row)
    await appendAudit(tx, now, actor, { action: 'wages.uploadEvidence', kind: 'write', objectType: 'evidence', objectId: row.id })
    return true
  })
  if (!stored) return fileError('evidence.tooMany')
  return ok({ id: row.id, mime: row.mime, size: row.size, name, uploadedAt: row.createdAt })
}

/**
 * Who may open a file: its owner's side; an officer or supervisor of the region of the case it
 * was sent with (with the complaint, an answer or a message); the worker of that case. An
 * employer sees its own proof only (it owns it). The complaint's own evidence is also read by the
 * commission of the arbitration applied for from the complaint (decision 072): an officer or
 * supervisor whose region covers that arbitration's county.
 */
async function mayRead(q: Query, principal: Principal, file: Pick<EvidenceRow, 'ownerUserId' | 'caseId' | 'eventId' | 'purpose'>): Promise<boolean> {
  if (file.ownerUserId === subjectOf(principal)) return true
  if (file.caseId === null) return false
  const row = await caseById(q, file.caseId)
  if (!row) return false
  const party = await partyOnCase(q, principal, row)
  if (party !== null) return isOfficial(party) || party === 'worker' || party === 'grid_staff'
  return file.purpose === 'complaint' && file.eventId === null && (await ofArbitrationCommission(q, principal, file.caseId))
}

/** The caller sits on the commission of the arbitration that cites the complaint `caseId`. */
async function ofArbitrationCommission(q: Query, principal: Principal, caseId: string): Promise<boolean> {
  const { user } = principal
  if (principal.actingFor !== null || !(user.roles.includes('officer') || user.roles.includes('supervisor'))) return false
  const arbitration = await arbitrationOfCase(q, caseId)
  return arbitration !== undefined && officialCovers(user, arbitration.regionCode)
}

export async function getEvidence(deps: Deps, actor: Actor, principal: Principal, id: string): Promise<Result<EvidenceContent>> {
  const found = await deps.db.read(async (q) => {
    const meta = await evidenceMetaById(q, id)
    // Someone else's file looks exactly like a missing one.
    if (!meta || !(await mayRead(q, principal, meta))) return null
    const row = await evidenceById(q, id)
    return row ? { meta, row } : null
  })
  if (!found) return fail('not_found')
  const { meta, row } = found
  const content = deps.sealer.openBytes(row.contentEnc)
  await recordAudit(deps, deps.clock.now(), { ...actor, subjectUserId: row.ownerUserId }, { action: 'wages.getEvidence', kind: 'read', objectType: 'evidence', objectId: id })
  return ok({ ...toEvidenceFile(deps, meta), dataUrl: `data:${row.mime};base64,${content.toString('base64')}` })
}

/** One file's description without its content, for whoever may open the file; read as opening it is. */
export async function getEvidenceFile(deps: Deps, actor: Actor, principal: Principal, id: string): Promise<Result<EvidenceFile>> {
  const meta = await deps.db.read(async (q) => {
    const found = await evidenceMetaById(q, id)
    return found && (await mayRead(q, principal, found)) ? found : null
  })
  if (!meta) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), { ...actor, subjectUserId: meta.ownerUserId }, { action: 'wages.getEvidence', kind: 'read', objectType: 'evidence', objectId: id })
  return ok(toEvidenceFile(deps, meta))
}

/** Only a file not yet sent with a case, and only by its owner's side. */
export async function deleteEvidence(deps: Deps, actor: Actor, principal: Principal, id: string): Promise<Result<{ deleted: boolean }>> {
  const meta = await deps.db.read((q) => evidenceMetaById(q, id))
  if (!meta || meta.ownerUserId !== subjectOf(principal)) return fail('not_found')
  if (meta.caseId !== null) return fail('conflict', { detail: 'This file has been sent with a case and stays with it' })
  const now = deps.clock.now()
  const deleted = await deps.db.transaction(async (tx) => {
    // Guarded: a file sent with a case since it was read stays.
    if (!(await deleteUnattachedEvidence(tx, id))) return false
    await appendAudit(tx, now, actor, { action: 'wages.deleteEvidence', kind: 'write', objectType: 'evidence', objectId: id })
    return true
  })
  return deleted ? ok({ deleted: true }) : fail('conflict', { detail: 'This file has been sent with a case and stays with it' })
}
