import {
  actOnComplaint,
  deleteEvidence,
  getDraft,
  postCaseMessage,
  saveDraft,
  searchEmployers,
  submitComplaint,
  uploadEvidence,
} from '@renshe/shared/wages/contract'
import type { CaseAction, ComplaintDraft, ComplaintForm } from '@renshe/shared/wages/schemas'
import { call } from '../../lib/api'
import { upload } from '../../lib/upload/upload'
import type { Owner } from './owner'

export const findEmployers = (q: string) => call(searchEmployers, { query: { q } })

export const loadServerDraft = () => call(getDraft, {})

export const saveServerDraft = (draft: Omit<ComplaintDraft, 'updatedAt'>) => call(saveDraft, { body: draft })

export const removeEvidence = (id: string) => call(deleteEvidence, { params: { id } })

/** One evidence file, as its owner (the worker, or grid staff under the grant they filed with). */
export const sendEvidence = (
  file: { readonly filePath: string; readonly name: string; readonly uploadKey: string },
  owner: Owner,
  onProgress?: (percent: number) => void,
) =>
  upload(uploadEvidence, {
    filePath: file.filePath,
    fileName: file.name,
    idempotencyKey: file.uploadKey,
    actingFor: owner.grantId,
    ...(onProgress ? { onProgress } : {}),
  })

export const sendComplaint = (draftId: string, form: ComplaintForm, idempotencyKey: string, owner: Owner) =>
  call(submitComplaint, { body: { draftId, form } }, { idempotencyKey, actingFor: owner.grantId })

export const postMessage = (caseId: string, text: string, idempotencyKey?: string) =>
  call(postCaseMessage, { params: { id: caseId }, body: { text } }, idempotencyKey ? { idempotencyKey } : {})

export const act = (caseId: string, action: CaseAction) => call(actOnComplaint, { params: { id: caseId }, body: action })
