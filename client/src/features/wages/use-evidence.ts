import { useCallback, useState } from 'react'
import { maxEvidenceBytes, maxEvidenceFiles } from '@renshe/shared/wages/schemas'
import { newIdempotencyKey } from '../../lib/http/idempotency-key'
import { useT } from '../../lib/i18n/translate'
import { localFiles } from '../../lib/local-files/local-files'
import type { ChosenFile } from '../../lib/local-files/types'
import { isOnline } from '../../lib/network/network'
import { fieldMessage } from '@renshe/shared/platform/messages'
import { useLocale } from '../../lib/i18n/locale-store'
import { removeEvidence, sendEvidence } from './api'
import type { UploadState } from './components/evidence-list'
import type { DeviceDraft, EvidenceItem } from './device-draft'
import { uploadItem } from './evidence-upload'
import { wagesMessages } from './messages'
import type { Owner } from './owner'

/**
 * Evidence on the complaint form: each chosen file is checked for size, kept on the phone, and
 * uploaded at once when there is a network (else when the complaint is sent).
 */
export function useEvidence(
  owner: Owner | null,
  latest: () => DeviceDraft | null,
  update: (change: (draft: DeviceDraft) => DeviceDraft) => void,
) {
  const t = useT(wagesMessages)
  const locale = useLocale()
  const [uploads, setUploads] = useState<Record<string, UploadState | undefined>>({})
  const [notices, setNotices] = useState<readonly string[]>([])

  const setUpload = (key: string, state: UploadState | undefined) => setUploads((current) => ({ ...current, [key]: state }))

  const replaceItem = useCallback(
    (key: string, change: (item: EvidenceItem) => EvidenceItem) =>
      update((draft) => ({ ...draft, evidence: draft.evidence.map((item) => (item.key === key ? change(item) : item)) })),
    [update],
  )

  const uploadNow = useCallback(
    async (item: EvidenceItem) => {
      if (!owner) return
      setUpload(item.key, { kind: 'uploading', percent: 0 })
      const outcome = await uploadItem(item, owner, { localFiles, sendEvidence }, (percent) => setUpload(item.key, { kind: 'uploading', percent }))
      if (outcome.kind === 'uploaded') {
        setUpload(item.key, undefined)
        // Removed while it was uploading: the server's copy goes too.
        if (!latest()?.evidence.some((kept) => kept.key === item.key)) {
          if (outcome.item.serverId) void removeEvidence(outcome.item.serverId)
          return
        }
        replaceItem(item.key, () => outcome.item)
        return
      }
      setUpload(item.key, { kind: 'failed' })
      if (outcome.kind === 'problem' && outcome.problem.errors?.some((error) => error.key === 'evidence.type')) {
        replaceItem(item.key, (kept) => ({ ...kept, refused: true }))
      }
    },
    [owner, latest, replaceItem],
  )

  const add = useCallback(
    async (files: readonly ChosenFile[]) => {
      const said: string[] = []
      let room = maxEvidenceFiles - (latest()?.evidence.length ?? 0)
      const added: EvidenceItem[] = []
      for (const file of files) {
        if (room <= 0) {
          said.push(fieldMessage('evidence.tooMany', locale))
          break
        }
        if (file.size > maxEvidenceBytes) {
          said.push(t('evidence.tooLargeNamed', { name: file.name }))
          continue
        }
        const kept = await localFiles.save(file)
        if (!kept) {
          said.push(t('evidence.notKept', { name: file.name }))
          continue
        }
        room -= 1
        added.push({ key: kept.localId, localId: kept.localId, serverId: null, uploadKey: newIdempotencyKey(), name: kept.name, size: kept.size, mime: kept.mime })
      }
      setNotices(said)
      if (added.length === 0) return
      update((draft) => ({ ...draft, evidence: [...draft.evidence, ...added] }))
      if (isOnline()) for (const item of added) await uploadNow(item)
    },
    [latest, update, uploadNow, locale, t],
  )

  const remove = useCallback(
    async (key: string) => {
      const item = latest()?.evidence.find((found) => found.key === key)
      if (!item) return
      update((draft) => ({ ...draft, evidence: draft.evidence.filter((found) => found.key !== key) }))
      setUpload(key, undefined)
      setNotices([])
      if (item.localId) await localFiles.remove(item.localId)
      if (item.serverId && isOnline()) void removeEvidence(item.serverId)
    },
    [latest, update],
  )

  /** Files kept on the phone and not being uploaded now: tried again when the network is back. */
  const retryWaiting = useCallback(async () => {
    for (const item of latest()?.evidence ?? []) {
      if (!item.serverId && !item.refused && uploads[item.key]?.kind !== 'uploading') await uploadNow(item)
    }
  }, [latest, uploadNow, uploads])

  const uploading = Object.values(uploads).some((state) => state?.kind === 'uploading')

  return { uploads, notices, add, remove, retryWaiting, uploading }
}
