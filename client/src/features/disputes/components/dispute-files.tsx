import { Text, View } from '@tarojs/components'
import { useEffect, useRef } from 'react'
import { uploadDisputeFile } from '@renshe/shared/disputes/contract'
import { maxDisputeFiles, type DisputeFile } from '@renshe/shared/disputes/files'
import { fieldMessage } from '@renshe/shared/platform/messages'
import { maxEvidenceBytes } from '@renshe/shared/wages/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDateTime } from '../../../lib/format'
import { newIdempotencyKey } from '../../../lib/http/idempotency-key'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT, type Translate } from '../../../lib/i18n/translate'
import { upload } from '../../../lib/upload/upload'
import { Button } from '../../../ui/button'
import { disputeFilesMessages } from '../dispute-files-messages'
import { DisputeFileOpener } from './dispute-file-opener'
import { DisputeFilePicker } from './dispute-file-picker'
import type { PickedFile } from './dispute-picked-file'
import { EarlierUnsentFiles } from './earlier-unsent-files'
import { fileSize } from './file-size'
import { UnsentFileRemoval } from './unsent-file-removal'
import '../../../ui/field.css'
import './dispute-files.css'

/*
 * The files of a dispute (decision 072), shared by the arbitration and work-injury pages: a list
 * of uploads that a form sends by their ids (`disputes.uploadFile`, multipart field `file`), and
 * the list of a case's files, each opened on request (`disputes.getFile`).
 */

export interface UploadingFile {
  readonly key: string
  readonly file: PickedFile
  readonly status: 'uploading' | 'done' | 'failed'
  readonly progress: number
  /** The server's id once uploaded: what the form sends. */
  readonly fileId: string | null
  /** Why it was refused, in words; null when no answer came (try again). */
  readonly error: string | null
}

/** The ids of the files uploaded so far: what a form sends as `evidenceIds`. */
export function uploadedFileIds(files: readonly UploadingFile[]): string[] {
  return files.flatMap((file) => (file.fileId ? [file.fileId] : []))
}

/** What stops a form from being sent with its files, in words: one still uploading, or one that failed. */
export function filesNotReady(files: readonly UploadingFile[], t: Translate<'waitForUploads' | 'fixFailed'>): string | null {
  if (files.some((file) => file.status === 'uploading')) return t('waitForUploads')
  if (files.some((file) => file.status === 'failed')) return t('fixFailed')
  return null
}

const acceptedTypes = /^(image\/(jpeg|png|webp|heic|heif)|application\/pdf)$/

interface DisputeFileUploadsProps {
  /** The picker's id, and the error summary's target (`${id}-group` is the group). */
  readonly id: string
  readonly label: string
  readonly hint: string
  readonly files: readonly UploadingFile[]
  readonly onChange: (update: (files: readonly UploadingFile[]) => readonly UploadingFile[]) => void
  readonly error?: string | undefined
  /** The grant to upload under when grid staff act for the worker; the current one otherwise. */
  readonly actingFor?: string | null
}

/**
 * Photos and PDFs to send with a form: each is uploaded as soon as it is chosen, into the
 * uploader's own pool, its progress shown, and can be uploaded again (the same upload, by its key)
 * or removed from the form (and deleted from the pool once uploaded, after asking). Only uploaded files go with the form; the phone refuses a file too
 * large or of a type the server would refuse, before sending it.
 */
export function DisputeFileUploads({ id, label, hint, files, onChange, error, actingFor }: DisputeFileUploadsProps) {
  const t = useT(disputeFilesMessages)
  const locale = useLocale()
  const keys = useRef(new Map<string, string>())
  const live = useRef(true)
  useEffect(
    () => () => {
      live.current = false
    },
    [],
  )

  const patch = (key: string, change: Partial<UploadingFile>) => onChange((current) => current.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)))

  const send = async (key: string, file: PickedFile) => {
    patch(key, { status: 'uploading', progress: 0, error: null, fileId: null })
    const idempotencyKey = keys.current.get(key) ?? newIdempotencyKey()
    keys.current.set(key, idempotencyKey)
    const result = await upload(uploadDisputeFile, {
      filePath: file.filePath,
      fileName: file.name,
      idempotencyKey,
      ...(actingFor !== undefined ? { actingFor } : {}),
      onProgress: (progress) => live.current && patch(key, { progress }),
    })
    if (!live.current) return
    if (result.ok) return patch(key, { status: 'done', progress: 100, fileId: result.value.id })
    const first = result.network ? undefined : result.problem.errors?.[0]
    const message = result.network ? null : first ? fieldMessage(first.key, locale) : result.problem.title
    patch(key, { status: 'failed', error: message })
  }

  const picked = (chosen: readonly PickedFile[]) => {
    const room = Math.max(0, maxDisputeFiles - files.length)
    const added: UploadingFile[] = chosen.slice(0, room).map((file) => {
      const tooLarge = file.size > maxEvidenceBytes
      const wrongType = file.mime !== '' && !acceptedTypes.test(file.mime)
      const refusal = tooLarge ? fieldMessage('evidence.tooLarge', locale) : wrongType ? fieldMessage('evidence.type', locale) : null
      return { key: newIdempotencyKey(), file, status: 'failed', progress: 0, fileId: null, error: refusal }
    })
    chosen.slice(room).forEach((file) => file.release())
    onChange((current) => [...current, ...added])
    for (const entry of added) if (entry.error === null) void send(entry.key, entry.file)
  }

  // A file uploaded on an earlier visit, sent with this form as one just uploaded.
  const use = (file: DisputeFile) => {
    const picked: PickedFile = { name: file.name, size: file.size, mime: file.mime, filePath: '', release: () => undefined }
    onChange((current) => (current.length >= maxDisputeFiles ? current : [...current, { key: newIdempotencyKey(), file: picked, status: 'done', progress: 100, fileId: file.id, error: null }]))
  }

  const remove = (entry: UploadingFile) => {
    entry.file.release()
    onChange((current) => current.filter((other) => other.key !== entry.key))
  }

  // Refused in words (too large, a type not taken), here or by the server: sending it again would be refused again.
  const refused = (entry: UploadingFile) => entry.status === 'failed' && entry.error !== null

  return (
    <View id={`${id}-group`} {...roleProps('group')} aria-labelledby={`${id}-legend`} className={error ? 'field field--error' : 'field'}>
      <Text id={`${id}-legend`} className='field__label'>
        {label}
      </Text>
      <Text className='field__hint'>{hint}</Text>
      {error ? <Text className='field__error'>{error}</Text> : null}
      {files.length > 0 ? (
        <View {...roleProps('list')} className='dispute-files'>
          {files.map((entry) => (
            <View key={entry.key} {...roleProps('listitem')} className='dispute-file'>
              <Text className='dispute-file__name'>{entry.file.name}</Text>
              <Text className='muted small'>{fileSize(entry.file.size)}</Text>
              {entry.status === 'uploading' ? (
                <View className='dispute-file__progress'>
                  <View className='dispute-file__bar' aria-hidden='true'>
                    <View className='dispute-file__fill' style={{ width: `${entry.progress}%` }} />
                  </View>
                  <Text {...roleProps('status')}>{t('uploading', { percent: entry.progress })}</Text>
                </View>
              ) : null}
              {entry.status === 'done' ? <Text className='status-tag status-tag--ok'>{t('done')}</Text> : null}
              {entry.status === 'failed' ? <Text className='field__error'>{entry.error ?? t('noAnswer')}</Text> : null}
              <View className='dispute-files__row'>
                {entry.status === 'failed' && !refused(entry) ? (
                  <Button variant='secondary' onPress={() => void send(entry.key, entry.file)}>
                    {t('retry', { name: entry.file.name })}
                  </Button>
                ) : null}
                <UnsentFileRemoval
                  id={`${id}-remove-${entry.key}`}
                  name={entry.file.name}
                  fileId={entry.fileId}
                  disabled={entry.status === 'uploading'}
                  actingFor={actingFor}
                  onRemoved={() => remove(entry)}
                />
              </View>
            </View>
          ))}
        </View>
      ) : null}
      {files.length < maxDisputeFiles ? (
        <DisputeFilePicker id={id} label={t('choose')} remaining={maxDisputeFiles - files.length} onPicked={picked} />
      ) : (
        <Text className='muted'>{t('full', { max: maxDisputeFiles })}</Text>
      )}
      <EarlierUnsentFiles id={`${id}-earlier`} inForm={uploadedFileIds(files)} room={maxDisputeFiles - files.length} actingFor={actingFor} onUse={use} />
    </View>
  )
}

/** A case's files the caller may open: which side sent each, what it is, and a button to open it. */
export function DisputeFileList({ files }: { readonly files: readonly DisputeFile[] }) {
  const t = useT(disputeFilesMessages)
  const locale = useLocale()
  if (files.length === 0) return <Text className='muted'>{t('none')}</Text>
  return (
    <View {...roleProps('list')} className='dispute-files'>
      {files.map((file) => (
        <View key={file.id} {...roleProps('listitem')} className='dispute-file'>
          <Text className='dispute-file__name'>{t('item', { kind: file.mime === 'application/pdf' ? t('kindPdf') : t('kindPhoto'), name: file.name })}</Text>
          <Text className='muted small'>{`${t(`side.${file.side}`)} · ${t('meta', { size: fileSize(file.size), date: formatDateTime(file.uploadedAt, locale) })}`}</Text>
          <DisputeFileOpener file={file} />
        </View>
      ))}
    </View>
  )
}
