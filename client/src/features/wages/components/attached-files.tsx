import { Text, View } from '@tarojs/components'
import { useEffect, useRef } from 'react'
import { fieldMessage } from '@renshe/shared/platform/messages'
import { deleteEvidence, uploadEvidence } from '@renshe/shared/wages/contract'
import { maxEvidenceBytes, maxEvidenceFiles, type EvidenceUse } from '@renshe/shared/wages/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { call } from '../../../lib/api'
import { newIdempotencyKey } from '../../../lib/http/idempotency-key'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT, type Translate } from '../../../lib/i18n/translate'
import { upload } from '../../../lib/upload/upload'
import { Button } from '../../../ui/button'
import { officeMessages } from '../office-messages'
import { fileSize } from './office-evidence'
import type { PickedFile } from './office-picked-file'
import { OfficeProofPicker } from './office-proof-picker'
import '../../../ui/field.css'

export interface AttachedFile {
  readonly key: string
  readonly file: PickedFile
  readonly status: 'uploading' | 'done' | 'failed'
  readonly progress: number
  readonly evidenceId: string | null
  /** Why the server refused it, in words; null when no answer came (try again). */
  readonly error: string | null
}

interface AttachedFilesProps {
  readonly id: string
  readonly label: string
  readonly hint: string
  /** What the files are uploaded for: an employer's answer to a complaint, or a message on a case. */
  readonly use: EvidenceUse
  readonly files: readonly AttachedFile[]
  readonly onChange: (update: (files: readonly AttachedFile[]) => readonly AttachedFile[]) => void
  readonly error?: string
}

/** The ids of the files uploaded so far: what a form sends. */
export function uploadedIds(files: readonly AttachedFile[]): string[] {
  return files.flatMap((file) => (file.evidenceId ? [file.evidenceId] : []))
}

/** What stops a form from being sent with its files: one still uploading, or one that failed. */
export function filesNotReady(files: readonly AttachedFile[], t: Translate<'files.waitForUploads' | 'files.fixFailed'>): string | null {
  if (files.some((file) => file.status === 'uploading')) return t('files.waitForUploads')
  if (files.some((file) => file.status === 'failed')) return t('files.fixFailed')
  return null
}

const acceptedTypes = /^(image\/(jpeg|png|webp|heic|heif)|application\/pdf)$/

/**
 * Photos and PDFs sent with a form (an employer's proof of payment, a message on a case): each
 * file is uploaded as soon as it is chosen, with its progress shown, and can be retried (the same
 * upload, by its key) or removed. Only uploaded files go with the form.
 */
export function AttachedFiles({ id, label, hint, use, files, onChange, error }: AttachedFilesProps) {
  const t = useT(officeMessages)
  const locale = useLocale()
  const keys = useRef(new Map<string, string>())
  const live = useRef(true)
  useEffect(
    () => () => {
      live.current = false
    },
    [],
  )

  const patch = (key: string, change: Partial<AttachedFile>) =>
    onChange((current) => current.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)))

  const send = async (key: string, file: PickedFile) => {
    patch(key, { status: 'uploading', progress: 0, error: null })
    const idempotencyKey = keys.current.get(key) ?? newIdempotencyKey()
    keys.current.set(key, idempotencyKey)
    const result = await upload(uploadEvidence, {
      filePath: file.filePath,
      fileName: file.name,
      idempotencyKey,
      query: { for: use },
      onProgress: (progress) => live.current && patch(key, { progress }),
    })
    if (!live.current) return
    if (result.ok) {
      file.release()
      return patch(key, { status: 'done', progress: 100, evidenceId: result.value.id })
    }
    const message = result.network ? null : (result.problem.errors?.[0]?.message ?? result.problem.title)
    patch(key, { status: 'failed', error: message })
  }

  const picked = (chosen: readonly PickedFile[]) => {
    const room = maxEvidenceFiles - files.length
    const added: AttachedFile[] = chosen.slice(0, Math.max(0, room)).map((file) => {
      const tooLarge = file.size > maxEvidenceBytes
      const wrongType = file.mime !== '' && !acceptedTypes.test(file.mime)
      const refusal = tooLarge ? fieldMessage('evidence.tooLarge', locale) : wrongType ? fieldMessage('evidence.type', locale) : null
      return { key: newIdempotencyKey(), file, status: 'failed', progress: 0, evidenceId: null, error: refusal }
    })
    chosen.slice(Math.max(0, room)).forEach((file) => file.release())
    onChange((current) => [...current, ...added])
    for (const entry of added) if (entry.error === null) void send(entry.key, entry.file)
  }

  const remove = (entry: AttachedFile) => {
    entry.file.release()
    if (entry.evidenceId) void call(deleteEvidence, { params: { id: entry.evidenceId } })
    onChange((current) => current.filter((other) => other.key !== entry.key))
  }

  const refused = (entry: AttachedFile) => entry.status === 'failed' && entry.error !== null && entry.evidenceId === null

  return (
    <View id={`${id}-group`} {...roleProps('group')} aria-labelledby={`${id}-legend`} className={error ? 'field field--error' : 'field'}>
      <Text id={`${id}-legend`} className='field__label'>
        {label}
      </Text>
      <Text className='field__hint'>{hint}</Text>
      {error ? <Text className='field__error'>{error}</Text> : null}
      {files.length > 0 ? (
        <View {...roleProps('list')} className='office-proof-list'>
          {files.map((entry) => (
            <View key={entry.key} {...roleProps('listitem')} className='office-proof'>
              <Text className='office-evidence__name'>{entry.file.name}</Text>
              <Text className='muted small'>{fileSize(entry.file.size)}</Text>
              {entry.status === 'uploading' ? (
                <View className='office-progress'>
                  <View className='office-progress__bar' aria-hidden='true'>
                    <View className='office-progress__fill' style={{ width: `${entry.progress}%` }} />
                  </View>
                  <Text {...roleProps('status')}>{t('files.uploading', { percent: entry.progress })}</Text>
                </View>
              ) : null}
              {entry.status === 'done' ? <Text className='status-tag status-tag--ok'>{t('files.done')}</Text> : null}
              {entry.status === 'failed' ? (
                <Text className='field__error'>{entry.error ?? t('files.noAnswer')}</Text>
              ) : null}
              <View className='office-actions-row'>
                {entry.status === 'failed' && !refused(entry) ? (
                  <Button variant='secondary' onPress={() => void send(entry.key, entry.file)}>
                    {t('files.retry', { name: entry.file.name })}
                  </Button>
                ) : null}
                <Button variant='danger' disabled={entry.status === 'uploading'} onPress={() => remove(entry)}>
                  {t('files.remove', { name: entry.file.name })}
                </Button>
              </View>
            </View>
          ))}
        </View>
      ) : null}
      {files.length < maxEvidenceFiles ? (
        <OfficeProofPicker id={id} label={t('files.choose')} remaining={maxEvidenceFiles - files.length} onPicked={picked} />
      ) : (
        <Text className='muted'>{t('files.full', { max: maxEvidenceFiles })}</Text>
      )}
    </View>
  )
}
