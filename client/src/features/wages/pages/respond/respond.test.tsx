import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { Me } from '@renshe/shared/identity/schemas'
import { answer, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { upload } from '../../../../lib/upload/upload'
import { officer, sampleCase } from '../../components/office-sample-case'
import RespondPage from './index'

vi.mock('../../../../lib/upload/upload', () => ({ upload: vi.fn() }))
const request = vi.mocked(Taro.request)
const sendFile = vi.mocked(upload)
const employer: Me = { ...officer, id: 'u-employer', roles: ['employer'], regionCode: null }
const complaint = { ...sampleCase, status: 'accepted' as const, worker: { maskedName: '张*', maskedPhone: null }, canRespond: true, allowedActions: [] }

function openComplaint() {
  sessionStore.set({ token: 'token-employer', me: employer })
  vi.mocked(useRouter).mockReturnValue({ params: { id: 'case-1' } } as unknown as ReturnType<typeof useRouter>)
  request.mockResolvedValueOnce(answer(200, complaint))
  render(<RespondPage />)
}

const choose = (...files: File[]) => fireEvent.change(screen.getByLabelText('选择照片或 PDF 文件'), { target: { files } })

test('an employer replies with a statement and proof of payment, uploaded as chosen', async () => {
  openComplaint()
  await screen.findByRole('textbox', { name: '答复说明' })
  sendFile.mockImplementationOnce(async (_operation, options) => {
    options.onProgress?.(60)
    return { ok: true, value: { id: 'proof-1', mime: 'application/pdf', size: 2048, name: '转账凭证.pdf', uploadedAt: '2026-11-20T01:00:00.000Z' } }
  })

  choose(new File(['%PDF-1.4'], '转账凭证.pdf', { type: 'application/pdf' }))
  expect(await screen.findByText('已上传')).toBeTruthy()

  fireEvent.change(screen.getByRole('textbox', { name: '答复说明' }), { target: { value: '已于 11 月 20 日全额支付' } })
  request.mockResolvedValueOnce(answer(200, { ...complaint, canRespond: false }))
  fireEvent.click(screen.getByRole('button', { name: '提交答复' }))

  expect(await screen.findByRole('heading', { name: '答复已提交' })).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/wages/complaints/case-1/response')
  expect(sent(request, 1).data).toEqual({ statement: '已于 11 月 20 日全额支付', proofIds: ['proof-1'] })
})

test('the worker phone is never shown to the employer, and a statement is required', async () => {
  openComplaint()
  await screen.findByRole('textbox', { name: '答复说明' })

  expect(screen.queryByText('联系电话')).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: '提交答复' }))

  expect(await screen.findByRole('link', { name: '答复说明：请填写此项' })).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
})

test('a file over 10 MB is refused on the phone and not uploaded', async () => {
  openComplaint()
  await screen.findByRole('textbox', { name: '答复说明' })
  const big = new File(['x'], '工资单.jpg', { type: 'image/jpeg' })
  Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 })

  choose(big)

  expect(await screen.findByText('每个文件不能超过 10 MB')).toBeTruthy()
  expect(sendFile).not.toHaveBeenCalled()
  await waitFor(() => expect(screen.getByRole('button', { name: '移除 工资单.jpg' })).toBeTruthy())
})
