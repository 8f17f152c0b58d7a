import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, problem, sent } from '../../../../../test/fixtures'
import type { EvidenceFile } from '@renshe/shared/wages/schemas'
import { sessionStore } from '../../../../lib/auth/session-store'
import { upload } from '../../../../lib/upload/upload'
import { officer, sampleCase } from '../../components/office-sample-case'
import HandlePage from './index'

vi.mock('../../../../lib/upload/upload', () => ({ upload: vi.fn() }))
const request = vi.mocked(Taro.request)
const sendFile = vi.mocked(upload)

function openCase() {
  sessionStore.set({ token: 'token-officer', me: officer })
  vi.mocked(useRouter).mockReturnValue({ params: { id: 'case-1' } } as unknown as ReturnType<typeof useRouter>)
  render(<HandlePage />)
}

test('an officer opening a case sees who complains, about whom, how much and by when', async () => {
  request.mockResolvedValueOnce(answer(200, sampleCase))
  openCase()

  expect(await screen.findByText('138****5678')).toBeTruthy()
  expect(sent(request).url).toBe('/api/wages/complaints/case-1')
  expect(screen.getByText('张*')).toBeTruthy()
  expect(screen.getByText('91330302MA2AB1234X')).toBeTruthy()
  expect(screen.getByText('2026年8月 至 2026年10月')).toBeTruthy()
  expect(screen.getByText('¥18,600.00')).toBeTruthy()
  expect(screen.getByText('另有 3 人')).toBeTruthy()
  expect(screen.getByText('鹿城区')).toBeTruthy()
  expect(screen.getByRole('button', { name: '记录调解结果' })).toBeTruthy()
  expect(screen.getByRole('heading', { level: 1, name: '办理欠薪案件' })).toBeTruthy()
})

test('when someone else moved the case first, the officer is told and sees it as it is now', async () => {
  request
    .mockResolvedValueOnce(answer(200, { ...sampleCase, status: 'submitted', allowedActions: ['accept', 'reject'] }))
    .mockResolvedValueOnce(answer(409, problem('illegal_transition', 409)))
    .mockResolvedValueOnce(answer(200, { ...sampleCase, status: 'accepted', allowedActions: ['mediate', 'transferInspection', 'transferArbitration'] }))
  openCase()

  fireEvent.click(await screen.findByRole('button', { name: '受理' }))
  fireEvent.click(screen.getByRole('button', { name: '确认受理' }))

  expect(await screen.findByRole('heading', { name: '当前状态下不能进行这一步，请刷新后查看' })).toBeTruthy()
  await waitFor(() => expect(request).toHaveBeenCalledTimes(3))
  expect(sent(request, 2).method).toBe('GET')
  expect(await screen.findByRole('button', { name: '开始调解' })).toBeTruthy()
  expect(screen.queryByRole('button', { name: '受理' })).toBeNull()
})

test('a message to the worker is sent and the case shows it', async () => {
  const withMessage = {
    ...sampleCase,
    timeline: [...sampleCase.timeline, { id: 'e4', at: '2026-11-20T01:00:00.000Z', kind: 'message' as const, by: 'officer' as const, note: '请周五来调解', amountFen: null, attachments: [] }],
  }
  request.mockResolvedValueOnce(answer(200, sampleCase)).mockResolvedValueOnce(answer(200, withMessage))
  openCase()

  fireEvent.change(await screen.findByRole('textbox', { name: '留言内容' }), { target: { value: '请周五来调解' } })
  fireEvent.click(screen.getByRole('button', { name: '发送留言' }))

  expect(await screen.findByText('留言已发送。')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ text: '请周五来调解', evidenceIds: [] })
  expect(screen.getAllByText('请周五来调解').length).toBeGreaterThan(0)
})

const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const slip: EvidenceFile = { id: 'ev-1', mime: 'image/png', size: 2048, name: '工资条.png', uploadedAt: '2026-11-20T02:00:00.000Z' }
const iou: EvidenceFile = { id: 'ev-2', mime: 'application/pdf', size: 4096, name: '欠条.pdf', uploadedAt: '2026-11-20T02:00:00.000Z' }

test('the photos the worker sent with a message show with it in the timeline; a PDF opens on request', async () => {
  const reply = { id: 'e4', at: '2026-11-20T02:00:00.000Z', kind: 'message' as const, by: 'worker' as const, note: '工资条和欠条在这里。', amountFen: null, attachments: [slip, iou] }
  request.mockResolvedValueOnce(answer(200, { ...sampleCase, timeline: [...sampleCase.timeline, reply] })).mockResolvedValueOnce(answer(200, { ...slip, dataUrl: pixel }))
  openCase()

  expect(await screen.findByRole('img', { name: '证据照片：工资条.png' })).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/wages/evidence/ev-1')
  expect(screen.getByText('工资条和欠条在这里。')).toBeTruthy()
  expect(screen.getByRole('button', { name: '载入文件 欠条.pdf' })).toBeTruthy()
  // The PDF is fetched only when asked for, and the complaint's own evidence is still none.
  expect(request).toHaveBeenCalledTimes(2)
  expect(screen.getByText('没有上传证据材料。')).toBeTruthy()
})

test('an officer sends the mediation agreement with a message: uploaded for a message, sent by its id', async () => {
  const agreement: EvidenceFile = { ...iou, id: 'ev-9', name: '调解协议.pdf' }
  request.mockResolvedValueOnce(answer(200, sampleCase))
  openCase()
  await screen.findByRole('textbox', { name: '留言内容' })
  sendFile.mockResolvedValueOnce({ ok: true, value: agreement })

  fireEvent.change(screen.getByLabelText('选择照片或 PDF 文件'), { target: { files: [new File(['%PDF-1.7'], '调解协议.pdf', { type: 'application/pdf' })] } })
  expect(await screen.findByText('已上传')).toBeTruthy()
  expect(sendFile.mock.calls[0]?.[1]).toMatchObject({ query: { for: 'message' } })
  const sentMessage = { id: 'e4', at: '2026-11-20T02:00:00.000Z', kind: 'message' as const, by: 'officer' as const, note: null, amountFen: null, attachments: [agreement] }
  request.mockResolvedValueOnce(answer(200, { ...sampleCase, timeline: [...sampleCase.timeline, sentMessage] }))
  fireEvent.click(screen.getByRole('button', { name: '发送留言' }))

  expect(await screen.findByText('留言已发送。')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ text: '', evidenceIds: ['ev-9'] })
  expect(screen.getByRole('button', { name: '载入文件 调解协议.pdf' })).toBeTruthy()
  expect(screen.queryByText('已上传')).toBeNull()
})
