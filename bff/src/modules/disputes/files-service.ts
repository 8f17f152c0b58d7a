import { maxDisputeFiles, type DisputeFile, type DisputeFileSide } from '@renshe/shared/disputes/files'
import type { EvidenceContent } from '@renshe/shared/wages/schemas'
import type { Query } from '../../db/database'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { subjectOf, type Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { sealUpload } from '../../platform/sealed-upload'
import type { UploadedFile } from '../../platform/upload'
import { fileVisibleTo, partyOnArbitration } from './access'
import {
  countUnattachedDisputeFiles,
  deleteUnsentDisputeFile,
  disputeFileById,
  disputeFileMetaById,
  insertDisputeFile,
  lockDisputeFilesOf,
  unsentDisputeFilesOf,
  type DisputeFileMeta,
  type DisputeFileRow,
} from './files-repo'
import { mayReadInjuryFile } from './injury/access'
import { arbitrationById } from './repo'
import { toDisputeFile } from './view'

/*
 * The files of disputes (decision 072): uploaded into the uploader's pool (grid staff's into the
 * worker's they act for), checked by their bytes and sealed as wage evidence is; sent with a case by
 * the act that carries them (apply-service, act-service); opened by whoever the case lets read them.
 */

/**
 * The side a file not yet sent is on, as the uploader stands: the worker's (herself or grid staff
 * for her), an employer's, or the office's. Once sent, the side the act gave it is the one kept.
 */
function sideOfUploader(principal: Principal): DisputeFileSide {
  if (principal.actingFor !== null || principal.user.roles.includes('citizen')) return 'applicant'
  return principal.user.roles.includes('employer') ? 'respondent' : 'office'
}

const fileError = (key: string) => fail('validation_failed', { errors: [{ path: 'file', key }] })

/**
 * Stores one photo or PDF, sealed (its name and its bytes), once its bytes say it is one, in the
 * pool of the person the request is about. At most `maxDisputeFiles` wait unsent in a pool, counted
 * under the pool's lock in the transaction that inserts: parallel uploads, on any instance, cannot
 * pass the limit together.
 */
export async function uploadDisputeFile(deps: Deps, actor: Actor, principal: Principal, file: UploadedFile): Promise<Result<DisputeFile>> {
  const sealed = await sealUpload(deps, principal, file)
  if (!sealed.ok) return sealed
  const { fields } = sealed
  const owner = fields.ownerUserId
  const now = deps.clock.now()
  const row: DisputeFileRow = { ...fields, caseKind: null, caseId: null, side: null, attachedAt: null }
  const stored = await deps.db.transaction(async (tx) => {
    await lockDisputeFilesOf(tx, owner)
    if ((await countUnattachedDisputeFiles(tx, owner)) >= maxDisputeFiles) return false
    await insertDisputeFile(tx, row)
    await appendAudit(tx, now, actor, { action: 'disputes.uploadFile', kind: 'write', objectType: 'dispute_file', objectId: row.id })
    return true
  })
  if (!stored) return fileError('evidence.tooMany')
  return ok(toDisputeFile(deps, row, sideOfUploader(principal)))
}

/**
 * Who may open a file: the person whose pool it is in (and grid staff acting for her); once sent
 * with an arbitration, whoever the case lets read that side's files (`fileVisibleTo`: its own side,
 * the county's commission, the other side once served on it); with a work-injury case, whoever
 * that case says. Anyone else is told it does not exist.
 */
export async function mayReadDisputeFile(q: Query, principal: Principal, file: DisputeFileMeta): Promise<boolean> {
  if (file.ownerUserId === subjectOf(principal)) return true
  if (file.caseId === null || file.caseKind === null || file.side === null) return false
  if (file.caseKind === 'injury') return mayReadInjuryFile(q, principal, file.caseId, file.side)
  const row = await arbitrationById(q, file.caseId)
  if (!row) return false
  const party = await partyOnArbitration(q, principal, row)
  return party !== null && fileVisibleTo(party, row.state, file.side)
}

/** A file's description and content, for whoever may open it; someone else's answers as a missing one. Every opening is recorded for its owner. */
export async function getDisputeFile(deps: Deps, actor: Actor, principal: Principal, id: string): Promise<Result<EvidenceContent>> {
  const found = await deps.db.read(async (q) => {
    const meta = await disputeFileMetaById(q, id)
    if (!meta || !(await mayReadDisputeFile(q, principal, meta))) return null
    return (await disputeFileById(q, id)) ?? null
  })
  if (!found) return fail('not_found')
  const content = deps.sealer.openBytes(found.contentEnc)
  await recordAudit(deps, deps.clock.now(), { ...actor, subjectUserId: found.ownerUserId }, { action: 'disputes.getFile', kind: 'read', objectType: 'dispute_file', objectId: id })
  const file = toDisputeFile(deps, found, sideOfUploader(principal))
  return ok({ id: file.id, mime: file.mime, size: file.size, name: file.name, uploadedAt: file.uploadedAt, dataUrl: `data:${found.mime};base64,${content.toString('base64')}` })
}

/** One file's description without its content (a retried upload's answer), for whoever may open it; recorded as opening it is. */
export async function getDisputeFileMeta(deps: Deps, actor: Actor, principal: Principal, id: string): Promise<Result<DisputeFile>> {
  const meta = await deps.db.read(async (q) => {
    const found = await disputeFileMetaById(q, id)
    return found && (await mayReadDisputeFile(q, principal, found)) ? found : null
  })
  if (!meta) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), { ...actor, subjectUserId: meta.ownerUserId }, { action: 'disputes.getFile', kind: 'read', objectType: 'dispute_file', objectId: id })
  return ok(toDisputeFile(deps, meta, sideOfUploader(principal)))
}

const sentStays = { detail: 'This file has been sent with a case and stays with it' }

/**
 * Deletes a file of the caller's pool (grid staff: of the worker's they act for) not yet sent, so
 * that abandoned uploads do not fill the pool. A sent file stays with its case: refused. Anyone
 * else's file, sent or not, is answered as a missing one.
 */
export async function deleteDisputeFile(deps: Deps, actor: Actor, principal: Principal, id: string): Promise<Result<{ deleted: true }>> {
  const owner = subjectOf(principal)
  const meta = await deps.db.read((q) => disputeFileMetaById(q, id))
  if (!meta || meta.ownerUserId !== owner) return fail('not_found')
  if (meta.caseId !== null) return fail('conflict', sentStays)
  const now = deps.clock.now()
  const deleted = await deps.db.transaction(async (tx) => {
    // Guarded: a file an act sent since it was read stays.
    if (!(await deleteUnsentDisputeFile(tx, owner, id))) return false
    await appendAudit(tx, now, actor, { action: 'disputes.deleteFile', kind: 'write', objectType: 'dispute_file', objectId: id })
    return true
  })
  return deleted ? ok({ deleted: true }) : fail('conflict', sentStays)
}

/** The files of the caller's pool (grid staff: of the worker's they act for) not yet sent, oldest first; the read recorded for her. */
export async function listMyUnsentFiles(deps: Deps, actor: Actor, principal: Principal): Promise<{ items: DisputeFile[] }> {
  const rows = await deps.db.read((q) => unsentDisputeFilesOf(q, subjectOf(principal)))
  await recordAudit(deps, deps.clock.now(), actor, { action: 'disputes.listMyUnsentFiles', kind: 'read', objectType: 'dispute_file' })
  return { items: rows.map((row) => toDisputeFile(deps, row, sideOfUploader(principal))) }
}
