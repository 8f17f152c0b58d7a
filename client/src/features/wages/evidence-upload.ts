import { fieldMessages } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import type { EvidenceFile } from '@renshe/shared/wages/schemas'
import type { CallResult } from '../../lib/api'
import { currentLocale } from '../../lib/i18n/locale-store'
import type { LocalFiles } from '../../lib/local-files/types'
import type { uploadEvidence } from '@renshe/shared/wages/contract'
import type { EvidenceItem } from './device-draft'
import type { Owner } from './owner'

export type SendEvidence = (
  file: { readonly filePath: string; readonly name: string; readonly uploadKey: string },
  owner: Owner,
  onProgress?: (percent: number) => void,
) => Promise<CallResult<typeof uploadEvidence>>

export type UploadOutcome =
  | { readonly kind: 'uploaded'; readonly item: EvidenceItem; readonly file: EvidenceFile | null }
  | { readonly kind: 'network' }
  | { readonly kind: 'problem'; readonly problem: Problem }

/** A problem the phone states itself, worded like the server's: the kept file has gone. */
export function missingFileProblem(): Problem {
  const key = 'evidence.unknown'
  return {
    type: 'about:blank',
    title: fieldMessages[key][currentLocale()],
    status: 0,
    code: 'validation_failed',
    requestId: 'client',
    errors: [{ path: 'file', key, message: fieldMessages[key][currentLocale()] }],
  }
}

/**
 * Uploads one kept file, with the key of its first attempt; once the server has it, the phone's
 * copy is no longer needed and goes.
 */
export async function uploadItem(
  item: EvidenceItem,
  owner: Owner,
  deps: { readonly localFiles: LocalFiles; readonly sendEvidence: SendEvidence },
  onProgress?: (percent: number) => void,
): Promise<UploadOutcome> {
  if (item.serverId) return { kind: 'uploaded', item, file: null }
  const filePath = item.localId ? await deps.localFiles.url(item.localId) : null
  if (!item.localId || !filePath) return { kind: 'problem', problem: missingFileProblem() }
  const result = await deps.sendEvidence({ filePath, name: item.name, uploadKey: item.uploadKey }, owner, onProgress)
  if (result.ok) {
    await deps.localFiles.remove(item.localId)
    return { kind: 'uploaded', item: { ...item, serverId: result.value.id, localId: null }, file: result.value }
  }
  if (result.network) return { kind: 'network' }
  return { kind: 'problem', problem: result.problem }
}
