import { fileTypeFromBuffer } from 'file-type'

/**
 * What a citizen may attach as evidence: photos a phone takes (iPhones save HEIC; some save
 * the HEIF brand) and PDFs. Nothing that runs, renders as a page, or hides other files.
 */
export const evidenceMimes = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'application/pdf'] as const
export type EvidenceMime = (typeof evidenceMimes)[number]

export type EvidenceCheck = { readonly ok: true; readonly mime: EvidenceMime } | { readonly ok: false; readonly reason: 'empty' | 'type' }

function isEvidenceMime(mime: string): mime is EvidenceMime {
  return (evidenceMimes as readonly string[]).includes(mime)
}

/**
 * Decides a file's type from its bytes, never from its name or the type the client claimed: a
 * `photo.jpg` that is an HTML page, a ZIP or a program is refused.
 */
export async function checkEvidenceFile(bytes: Uint8Array): Promise<EvidenceCheck> {
  if (bytes.length === 0) return { ok: false, reason: 'empty' }
  let detected: Awaited<ReturnType<typeof fileTypeFromBuffer>>
  try {
    detected = await fileTypeFromBuffer(bytes)
  } catch {
    // file-type throws on some malformed containers (a ZIP with a broken entry): a file it
    // cannot even read is not one we accept, and it must not become a 500.
    return { ok: false, reason: 'type' }
  }
  if (!detected || !isEvidenceMime(detected.mime)) return { ok: false, reason: 'type' }
  return { ok: true, mime: detected.mime }
}
