import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { EvidenceFile } from '@renshe/shared/wages/schemas'
import { answer, citizen, noAnswer, problem, sent } from '../../../test/fixtures'
import { sessionStore } from '../../lib/auth/session-store'
import type { ChosenFile, LocalFiles } from '../../lib/local-files/types'
import { createStore } from '../../lib/store'
import { sendComplaint } from './api'
import { newDeviceDraft, readDeviceDraft, writeDeviceDraft, type DeviceDraft } from './device-draft'
import type { SendEvidence } from './evidence-upload'
import { emptyValues } from './form-values'
import { createOutbox, type OutboxEntry, type SentComplaint } from './outbox'
import { ownerKey, type Owner } from './owner'
import { submittedCase } from './test-fixtures'

const request = vi.mocked(Taro.request)
const me: Owner = { userId: citizen.id, grantId: null }
const draftId = '6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4'

function memoryFiles(): LocalFiles & { readonly kept: Map<string, ChosenFile> } {
  const kept = new Map<string, ChosenFile>()
  return {
    kept,
    async save(file) {
      const localId = `lf${kept.size + 1}`
      kept.set(localId, file)
      return { localId, name: file.name, size: file.size, mime: file.mime }
    },
    async url(localId) {
      return kept.has(localId) ? `blob:local/${localId}` : null
    },
    async remove(localId) {
      kept.delete(localId)
    },
  }
}

const uploaded = (id: string): EvidenceFile => ({ id, mime: 'image/jpeg', size: 2048, name: '工资条.jpg', uploadedAt: '2026-11-27T02:00:00.000Z' })

function completeDraft(): DeviceDraft {
  return {
    ...newDeviceDraft(draftId, new Date('2026-11-27T01:00:00.000Z')),
    step: 5,
    values: {
      ...emptyValues,
      employerName: '温州某建设有限公司',
      siteName: '瓯江花园二期',
      regionCode: '330302',
      fromMonth: '2026-06',
      toMonth: '2026-09',
      amountYuan: '8500',
      payUnit: 'month',
      coWorkers: '3',
      phone: '13812345678',
    },
    evidence: [{ key: 'lf1', localId: 'lf1', serverId: null, uploadKey: 'upload-key-1', name: '工资条.jpg', size: 2048, mime: 'image/jpeg' }],
  }
}

function setUp(sendEvidence: SendEvidence) {
  sessionStore.set({ token: 'token-abc', me: citizen })
  const files = memoryFiles()
  files.kept.set('lf1', { name: '工资条.jpg', size: 2048, mime: 'image/jpeg', source: new Blob(['x']) })
  const entries = createStore<OutboxEntry[] | null>(null)
  const sentList = createStore<SentComplaint[] | null>(null)
  const outbox = createOutbox({ entries, sent: sentList, localFiles: files, sendEvidence, sendComplaint, now: () => new Date('2026-11-27T03:00:00.000Z') })
  return { outbox, files, entries, sentList }
}

test('a complaint queued offline is sent once the network is back, with the key fixed when it was queued', async () => {
  const sendEvidence = vi.fn<SendEvidence>().mockResolvedValue({ ok: true, value: uploaded('ev-9') })
  const { outbox, files } = setUp(sendEvidence)
  writeDeviceDraft(ownerKey(me), completeDraft())
  const entry = outbox.enqueue(completeDraft(), me)

  // First try: the upload gets through, the complaint's answer is lost.
  request.mockRejectedValueOnce(noAnswer())
  expect(await outbox.send(draftId)).toEqual({ kind: 'waiting' })
  expect(outbox.entriesOf(me)).toHaveLength(1)
  expect(outbox.entriesOf(me)[0]?.draft.evidence[0]?.serverId).toBe('ev-9')
  expect(files.kept.has('lf1')).toBe(false)

  // Back online: the same key and draft id again, and the file is not uploaded twice.
  request.mockResolvedValueOnce(answer(201, submittedCase))
  const outcome = await outbox.send(draftId)

  expect(outcome).toEqual({ kind: 'sent', complaint: submittedCase })
  expect(sendEvidence).toHaveBeenCalledTimes(1)
  expect(sendEvidence.mock.calls[0]?.[0]).toEqual({ filePath: 'blob:local/lf1', name: '工资条.jpg', uploadKey: 'upload-key-1' })
  expect(request).toHaveBeenCalledTimes(2)
  const [firstTry, secondTry] = [sent(request, 0), sent(request, 1)]
  expect(firstTry.header['Idempotency-Key']).toBe(entry.idempotencyKey)
  expect(secondTry.header['Idempotency-Key']).toBe(entry.idempotencyKey)
  expect(secondTry.data).toEqual(firstTry.data)
  expect(secondTry.data).toMatchObject({ draftId, form: { evidenceIds: ['ev-9'], wages: { amountFen: 850_000 } } })
  expect(outbox.entriesOf(me)).toEqual([])
  expect(outbox.sentList(me)).toMatchObject([{ draftId, caseId: 'case-1', caseNumber: 'AX-330302-2026-000123', seen: false }])
  expect(outbox.settledDraftIds().has(draftId)).toBe(true)
  expect(readDeviceDraft(ownerKey(me))).toBeNull()
})

test('two tries at once (the online event and the page opening) make one request', async () => {
  const { outbox } = setUp(vi.fn<SendEvidence>().mockResolvedValue({ ok: true, value: uploaded('ev-9') }))
  outbox.enqueue(completeDraft(), me)
  request.mockResolvedValue(answer(201, submittedCase))

  const [a, b] = await Promise.all([outbox.send(draftId), outbox.send(draftId)])

  expect(a).toEqual(b)
  expect(request).toHaveBeenCalledTimes(1)
})

test('the network coming back while an offline try is still failing sends the complaint after it, once', async () => {
  let failUpload: (result: Awaited<ReturnType<SendEvidence>>) => void = () => undefined
  const sendEvidence = vi
    .fn<SendEvidence>()
    .mockReturnValueOnce(new Promise((resolve) => (failUpload = resolve)))
    .mockResolvedValue({ ok: true, value: uploaded('ev-9') })
  const { outbox } = setUp(sendEvidence)
  outbox.enqueue(completeDraft(), me)
  request.mockResolvedValue(answer(201, submittedCase))

  const offlineTry = outbox.send(draftId)
  const backOnline = outbox.sendAll(me)
  failUpload({ ok: false, network: true })

  expect(await offlineTry).toEqual({ kind: 'waiting' })
  expect(await backOnline).toMatchObject([{ kind: 'sent' }])
  expect(sendEvidence).toHaveBeenCalledTimes(2)
  expect(request).toHaveBeenCalledTimes(1)
  expect(outbox.entriesOf(me)).toEqual([])
})

test('while the network stays away the complaint and its file stay on the phone', async () => {
  const sendEvidence = vi.fn<SendEvidence>().mockResolvedValue({ ok: false, network: true })
  const { outbox, files } = setUp(sendEvidence)
  outbox.enqueue(completeDraft(), me)

  expect(await outbox.sendAll(me)).toEqual([{ kind: 'waiting' }])
  expect(await outbox.sendAll(me)).toEqual([{ kind: 'waiting' }])

  expect(request).not.toHaveBeenCalled()
  expect(outbox.entriesOf(me)).toMatchObject([{ draftId, state: 'waiting', attempts: 2 }])
  expect(files.kept.has('lf1')).toBe(true)
})

test('a server that is busy or limiting keeps the complaint waiting rather than sending it back', async () => {
  const { outbox } = setUp(vi.fn<SendEvidence>().mockResolvedValue({ ok: true, value: uploaded('ev-9') }))
  outbox.enqueue(completeDraft(), me)
  request.mockResolvedValueOnce(answer(429, problem('rate_limited', 429)))

  expect(await outbox.send(draftId)).toEqual({ kind: 'waiting' })
  expect(outbox.entriesOf(me)[0]?.state).toBe('waiting')
})

test('a refusal sends the complaint back to the form with its reasons, and nothing is lost', async () => {
  const { outbox } = setUp(vi.fn<SendEvidence>().mockResolvedValue({ ok: true, value: uploaded('ev-9') }))
  outbox.enqueue(completeDraft(), me)
  const refusal = problem('validation_failed', 400, { errors: [{ path: 'body.form.employer.employerId', key: 'employer.unknown', message: '…' }] })
  request.mockResolvedValueOnce(answer(400, refusal))

  const outcome = await outbox.send(draftId)

  expect(outcome).toEqual({ kind: 'returned', problem: refusal })
  const [entry] = outbox.entriesOf(me)
  expect(entry).toMatchObject({ state: 'returned', problem: refusal })
  expect(entry?.draft.values.employerName).toBe('温州某建设有限公司')
  // A returned complaint is not retried by itself: the worker changes it first.
  expect(await outbox.send(draftId)).toEqual({ kind: 'returned', problem: refusal })
  expect(request).toHaveBeenCalledTimes(1)
  expect(outbox.takeBack(draftId)?.draft.evidence[0]?.serverId).toBe('ev-9')
  expect(outbox.entriesOf(me)).toEqual([])
})

test('a file the server refuses by its content comes back marked, and the complaint is not sent', async () => {
  const refused = problem('validation_failed', 400, { errors: [{ path: 'file', key: 'evidence.type', message: '…' }] })
  const { outbox } = setUp(vi.fn<SendEvidence>().mockResolvedValue({ ok: false, network: false, problem: refused }))
  outbox.enqueue(completeDraft(), me)

  expect(await outbox.send(draftId)).toEqual({ kind: 'returned', problem: refused })
  expect(outbox.entriesOf(me)[0]?.draft.evidence[0]?.refused).toBe(true)
  expect(request).not.toHaveBeenCalled()
})

test('changing a returned complaint and sending it again makes a new submission with a new key', async () => {
  const { outbox } = setUp(vi.fn<SendEvidence>().mockResolvedValue({ ok: true, value: uploaded('ev-9') }))
  const first = outbox.enqueue(completeDraft(), me)
  request.mockResolvedValueOnce(answer(400, problem('validation_failed', 400)))
  await outbox.send(draftId)

  const again = outbox.enqueue(completeDraft(), me)

  expect(again.idempotencyKey).not.toBe(first.idempotencyKey)
  expect(again.state).toBe('waiting')
})

test('complaints filed by grid staff for a worker go out under that grant, and only to that owner’s list', async () => {
  const staff: Owner = { userId: citizen.id, grantId: 'grant-7' }
  const { outbox } = setUp(vi.fn<SendEvidence>().mockResolvedValue({ ok: true, value: uploaded('ev-9') }))
  outbox.enqueue(completeDraft(), staff)
  request.mockResolvedValueOnce(answer(201, submittedCase))

  expect(await outbox.sendAll(me)).toEqual([])
  expect(outbox.entriesOf(staff)).toHaveLength(1)
  await outbox.sendAll(staff)

  expect(sent(request).header['X-Acting-For']).toBe('grant-7')
})
