import { getDisputeFile } from '@renshe/shared/disputes/contract'
import { getEvidence } from '@renshe/shared/wages/contract'
import type { EvidenceContent } from '@renshe/shared/wages/schemas'
import { call } from '../../../lib/api'

/**
 * Where a file listed on a dispute's page is kept: the files of disputes (`disputes.getFile`), or
 * the evidence of the wage complaint an arbitration grew from (`wages.getEvidence`, whose rules
 * say who opens it).
 */
export type FileSource = 'dispute' | 'wageComplaint'

/** A file's content, or null when it could not be had (gone, not the caller's, no network). */
export async function fileContent(id: string, source: FileSource): Promise<EvidenceContent | null> {
  const result = source === 'wageComplaint' ? await call(getEvidence, { params: { id } }) : await call(getDisputeFile, { params: { id } })
  return result.ok ? result.value : null
}
