import type { Deps } from './deps'
import { sha256 } from './crypto'
import { checkEvidenceFile, type EvidenceMime } from './files'
import { subjectOf, type Principal } from './principal'
import { fail, type ProblemInit } from './problem'
import { newId } from './random'
import type { UploadedFile } from './upload'

/** What every stored photo or PDF row holds, whatever it is evidence of. */
export interface SealedUpload {
  readonly id: string
  /** The person the request is about: the worker, when grid staff upload for her. */
  readonly ownerUserId: string
  readonly uploadedByUserId: string
  readonly mime: EvidenceMime
  readonly size: number
  readonly sha256: string
  readonly nameEnc: string
  readonly contentEnc: Buffer
  readonly createdAt: string
}

/**
 * An uploaded photo or PDF made ready to store: its type from its bytes (never its name), its
 * name and bytes sealed, its hash for the record. The wage complaints' evidence and the files of
 * disputes (decision 072) are stored this way; each module keeps its own table and limits.
 */
export async function sealUpload(
  deps: Pick<Deps, 'clock' | 'random' | 'sealer'>,
  principal: Principal,
  file: UploadedFile,
): Promise<{ readonly ok: true; readonly fields: SealedUpload; readonly name: string } | { readonly ok: false; readonly problem: ProblemInit }> {
  const checked = await checkEvidenceFile(file.bytes)
  if (!checked.ok) return fail('validation_failed', { errors: [{ path: 'file', key: checked.reason === 'empty' ? 'field.required' : 'evidence.type' }] })
  const name = file.name === '' ? 'evidence' : file.name
  return {
    ok: true,
    name,
    fields: {
      id: newId(deps.random),
      ownerUserId: subjectOf(principal),
      uploadedByUserId: principal.user.id,
      mime: checked.mime,
      size: file.size,
      sha256: sha256(file.bytes),
      nameEnc: deps.sealer.seal(name),
      contentEnc: deps.sealer.sealBytes(file.bytes),
      createdAt: deps.clock.now().toISOString(),
    },
  }
}
