import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { CaseDetail, CaseEvent, EvidenceFile } from '@renshe/shared/wages/schemas'
import { answer, citizen, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { upload } from '../../../../lib/upload/upload'
import { sampleCase } from '../../components/office-sample-case'
import ComplaintPage from './index'

vi.mock('../../../../lib/upload/upload', () => ({ upload: vi.fn() }))
const request = vi.mocked(Taro.request)
const sendFile = vi.mocked(upload)

// A real 1×1 PNG, as the server would hand it back.
const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const photo: EvidenceFile = { id: 'ev-1', mime: 'image/png', size: 2048, name: '工资条.png', uploadedAt: '2026-11-20T02:00:00.000Z' }
const asked: CaseEvent = { id: 'e4', at: '2026-11-19T01:00:00.000Z', kind: 'message', by: 'officer', note: '请带上工资条照片。', amountFen: null, attachments: [] }
const mediating: CaseDetail = { ...sampleCase, allowedActions: ['withdraw'], timeline: [...sampleCase.timeline, asked] }
const replied: CaseEvent = { id: 'e5', at: '2026-11-20T02:00:00.000Z', kind: 'message', by: 'worker', note: '照片在这里。', amountFen: null, attachments: [photo] }

function openCase() {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  vi.mocked(useRouter).mockReturnValue({ params: { id: 'case-1' } } as unknown as ReturnType<typeof useRouter>)
  request.mockResolvedValueOnce(answer(200, mediating))
  render(<ComplaintPage />)
}

const choose = (...files: File[]) => fireEvent.change(screen.getByLabelText(/^(选择照片或 PDF 文件|Choose photos or PDF files)$/), { target: { files } })

test('the worker answers the officer’s request with a photo: uploaded for a message as soon as chosen, sent with his words, then shown with them', async () => {
  openCase()
  expect(await screen.findAllByText('请带上工资条照片。')).toHaveLength(2)
  sendFile.mockImplementationOnce(async (_operation, options) => {
    options.onProgress?.(50)
    return { ok: true, value: photo }
  })

  choose(new File(['png'], '工资条.png', { type: 'image/png' }))
  expect(await screen.findByText('已上传')).toBeTruthy()
  expect(sendFile.mock.calls[0]?.[1]).toMatchObject({ fileName: '工资条.png', query: { for: 'message' } })

  fireEvent.change(screen.getByRole('textbox', { name: '给经办人员留言' }), { target: { value: '照片在这里。' } })
  request
    .mockResolvedValueOnce(answer(200, { ...mediating, timeline: [...mediating.timeline, replied] }))
    .mockResolvedValueOnce(answer(200, { ...photo, dataUrl: pixel }))
  fireEvent.click(screen.getByRole('button', { name: '发送留言' }))

  expect(await screen.findByText('留言已发送。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/wages/complaints/case-1/messages', method: 'POST', data: { text: '照片在这里。', evidenceIds: ['ev-1'] } })
  expect(await screen.findByRole('img', { name: '证据照片：工资条.png' })).toBeTruthy()
  expect(sent(request, 2).url).toBe('/api/wages/evidence/ev-1')
  // The timeline counts the files; the conversation above shows them, fetched once.
  expect(screen.getByText('附件 1 个')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(3)
  expect(screen.queryByText('已上传')).toBeNull()
})

test('a photo alone is a message; nothing at all is not, and a photo still uploading holds the message back', async () => {
  localeStore.set('en')
  openCase()
  await screen.findAllByText('请带上工资条照片。')
  fireEvent.click(screen.getByRole('button', { name: 'Send the message' }))
  expect(await screen.findByRole('link', { name: 'Message the officer: Enter a value' })).toBeTruthy()

  let finish: (() => void) | undefined
  sendFile.mockImplementationOnce(
    () =>
      new Promise((resolve) => {
        finish = () => resolve({ ok: true, value: photo })
      }),
  )
  choose(new File(['png'], '工资条.png', { type: 'image/png' }))
  fireEvent.click(screen.getByRole('button', { name: 'Send the message' }))
  expect(await screen.findByRole('link', { name: 'Photos or files (optional): Wait until the files have uploaded, then send' })).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)

  finish?.()
  expect(await screen.findByText('Uploaded')).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, { ...mediating, timeline: [...mediating.timeline, { ...replied, note: null }] })).mockResolvedValueOnce(answer(200, { ...photo, dataUrl: pixel }))
  fireEvent.click(screen.getByRole('button', { name: 'Send the message' }))
  await waitFor(() => expect(sent(request, 1).data).toEqual({ text: '', evidenceIds: ['ev-1'] }))
  expect(await screen.findByRole('img', { name: 'Evidence photo: 工资条.png' })).toBeTruthy()
})

test('a photo the server refuses is shown refused, and is not sent', async () => {
  openCase()
  await screen.findAllByText('请带上工资条照片。')
  sendFile.mockResolvedValueOnce({
    ok: false,
    network: false,
    problem: { type: 'about:blank', title: '填写的内容有误', status: 400, code: 'validation_failed', requestId: 'r1', errors: [{ path: 'file', key: 'evidence.type', message: '只能上传照片（JPG、PNG、WebP、HEIC）或 PDF 文件' }] },
  })
  choose(new File(['<html>'], '工资条.png', { type: 'image/png' }))
  expect(await screen.findByText('只能上传照片（JPG、PNG、WebP、HEIC）或 PDF 文件')).toBeTruthy()
  fireEvent.change(screen.getByRole('textbox', { name: '给经办人员留言' }), { target: { value: '照片' } })
  fireEvent.click(screen.getByRole('button', { name: '发送留言' }))
  expect(await screen.findByRole('link', { name: '照片或文件（选填）：有文件没有上传成功，请重新上传或移除后再提交' })).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
})
