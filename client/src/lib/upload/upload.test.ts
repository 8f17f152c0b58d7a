import Taro from '@tarojs/taro'
import { afterEach, expect, test, vi } from 'vitest'
import { uploadEvidence } from '@renshe/shared/wages/contract'
import { citizen, problem } from '../../../test/fixtures'
import { actingForStore } from '../acting-for/acting-for-store'
import { sessionStore } from '../auth/session-store'
import { localeStore } from '../i18n/locale-store'
import { upload } from './upload'

interface UploadOptions {
  readonly url: string
  readonly filePath: string
  readonly name: string
  readonly header: Record<string, string>
  readonly fileName?: string
}

type Progress = (update: { progress: number }) => void

/** A stand-in for Taro.uploadFile: a promise with onProgressUpdate, like the real task. */
function fakeUpload(answer: { statusCode: number; data: string } | 'no answer', progress: readonly number[] = []) {
  return vi.fn((_options: UploadOptions) => {
    let listener: Progress | null = null
    const task = Promise.resolve().then(() => {
      for (const value of progress) listener?.({ progress: value })
      if (answer === 'no answer') throw new Error('uploadFile:fail timeout')
      return { ...answer, errMsg: 'uploadFile:ok' }
    })
    return Object.assign(task, { onProgressUpdate: (callback: Progress) => void (listener = callback) })
  })
}

function install(mock: ReturnType<typeof fakeUpload>) {
  Object.assign(Taro, { uploadFile: mock })
  return mock
}

afterEach(() => {
  Object.assign(Taro, { uploadFile: undefined })
})

const evidence = { id: 'ev-1', mime: 'image/jpeg', size: 2048, name: '工资条.jpg', uploadedAt: '2026-11-27T02:00:00.000Z' }

test('a file goes up in the operation’s field with the same headers as every request, and its answer is checked', async () => {
  sessionStore.set({ token: 'token-abc', me: citizen })
  actingForStore.set({ grantId: 'grant-7', maskedName: '王**', idNumberHint: '3303…', scopes: ['wages.file'], expiresAt: '2030-01-01T00:00:00.000Z' })
  localeStore.set('en')
  const mock = install(fakeUpload({ statusCode: 201, data: JSON.stringify(evidence) }, [10, 55, 100]))
  const seen: number[] = []

  const result = await upload(uploadEvidence, { filePath: 'blob:x/1', fileName: '工资条.jpg', idempotencyKey: 'key-1', onProgress: (p) => seen.push(p) })

  expect(result).toEqual({ ok: true, value: evidence })
  expect(seen).toEqual([10, 55, 100])
  const options = mock.mock.calls[0]?.[0]
  expect(options).toMatchObject({ url: '/api/wages/evidence', filePath: 'blob:x/1', name: 'file', fileName: '工资条.jpg' })
  expect(options?.header).toMatchObject({
    Authorization: 'Bearer token-abc',
    'X-Acting-For': 'grant-7',
    'Idempotency-Key': 'key-1',
    'Accept-Language': 'en',
  })
  expect(options?.header['Content-Type']).toBeUndefined()
})

test('work queued under a grant is uploaded under that grant, whoever is being acted for now', async () => {
  sessionStore.set({ token: 'token-abc', me: citizen })
  const mock = install(fakeUpload({ statusCode: 201, data: JSON.stringify(evidence) }))
  await upload(uploadEvidence, { filePath: 'blob:x/1', actingFor: 'grant-3' })
  expect(mock.mock.calls[0]?.[0].header['X-Acting-For']).toBe('grant-3')
})

test('what the file is for goes in the query, beside the file', async () => {
  sessionStore.set({ token: 'token-abc', me: citizen })
  const mock = install(fakeUpload({ statusCode: 201, data: JSON.stringify(evidence) }))
  await upload(uploadEvidence, { filePath: 'blob:x/1', query: { for: 'message' } })
  expect(mock.mock.calls[0]?.[0].url).toBe('/api/wages/evidence?for=message')
})

test('a refused file comes back as the server’s problem, and no answer as network', async () => {
  sessionStore.set({ token: 'token-abc', me: citizen })
  const refused = problem('validation_failed', 400, { errors: [{ path: 'file', key: 'evidence.type', message: '只能上传照片或 PDF 文件' }] })
  install(fakeUpload({ statusCode: 400, data: JSON.stringify(refused) }))
  expect(await upload(uploadEvidence, { filePath: 'blob:x/1' })).toEqual({ ok: false, network: false, problem: refused })

  install(fakeUpload('no answer'))
  expect(await upload(uploadEvidence, { filePath: 'blob:x/1' })).toEqual({ ok: false, network: true })
})

test('an answer that is not what the contract says is not taken for a success', async () => {
  sessionStore.set({ token: 'token-abc', me: citizen })
  install(fakeUpload({ statusCode: 201, data: '<html>proxy error</html>' }))
  const result = await upload(uploadEvidence, { filePath: 'blob:x/1' })
  expect(result.ok).toBe(false)
})
