import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, sent } from '../../../../../test/fixtures'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { upload } from '../../../../lib/upload/upload'
import { gridWorker, visitTask } from '../../test-fixtures'
import VisitPage from './index'

vi.mock('../../../../lib/upload/upload', () => ({ upload: vi.fn() }))
const request = vi.mocked(Taro.request)
const sendFile = vi.mocked(upload)

async function openTask(task = visitTask) {
  sessionStore.set({ token: 'token-chen', me: gridWorker })
  vi.mocked(useRouter).mockReturnValue({ params: { id: task.id } } as unknown as ReturnType<typeof useRouter>)
  request.mockResolvedValueOnce(answer(200, task))
  render(<VisitPage />)
  await screen.findByRole('heading', { name: '钱桂芳 · 86 岁' })
}

const photo = () => new File(['\xff\xd8\xff'], 'visit.jpg', { type: 'image/jpeg' })

test('a grid worker certifies at the door in five taps: three checks, a photo and "Certify"', async () => {
  await openTask()
  sendFile.mockResolvedValueOnce({ ok: true, value: { id: 'photo-1', sizeBytes: 3 } })
  request.mockResolvedValueOnce(answer(200, { ...visitTask, status: 'submitted', photoId: 'photo-1', place: visitTask.address, visitedAt: '2026-11-29T02:00:00.000Z' }))
  let taps = 0
  const tap = (element: HTMLElement) => {
    taps += 1
    fireEvent.click(element)
  }

  tap(screen.getByRole('checkbox', { name: '本人在场' }))
  tap(screen.getByRole('checkbox', { name: '与身份证照片一致' }))
  tap(screen.getByRole('checkbox', { name: '能正常对答' }))
  taps += 1
  fireEvent.change(screen.getByLabelText('拍照'), { target: { files: [photo()] } })
  expect(await screen.findByText('照片已上传')).toBeTruthy()
  tap(screen.getByRole('button', { name: '提交认证' }))

  expect(await screen.findByRole('heading', { name: '已提交，待经办人审核' })).toBeTruthy()
  expect(taps).toBe(5)
  expect(sendFile.mock.calls[0]?.[1]).toMatchObject({ params: { id: 'task-1' }, actingFor: null })
  expect(sent(request, 1).url).toBe('/api/retiree/visits/task-1/report')
  expect(sent(request, 1).data).toEqual({
    checklist: { personPresent: true, matchesIdPhoto: true, answersQuestions: true },
    photoId: 'photo-1',
    place: visitTask.address,
  })
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
  expect(screen.getAllByRole('link', { name: '返回上门认证列表' })).toHaveLength(2)
})

test('a missing check and a missing photo are listed at the top, and what was done stays', async () => {
  await openTask()
  fireEvent.click(screen.getByRole('checkbox', { name: '本人在场' }))
  fireEvent.change(screen.getByRole('textbox', { name: '认证地点' }), { target: { value: '社区服务中心' } })

  fireEvent.click(screen.getByRole('button', { name: '提交认证' }))

  const summary = await screen.findByRole('alert')
  expect(summary.textContent).toContain('请当面核对并勾选“与身份证照片一致”')
  expect(summary.textContent).toContain('请当面核对并勾选“能正常对答”')
  expect(summary.textContent).toContain('请先拍一张现场照片')
  expect(summary.textContent).not.toContain('本人在场')
  expect(screen.getByRole('checkbox', { name: '本人在场' }).getAttribute('aria-checked')).toBe('true')
  expect(screen.getByRole<HTMLInputElement>('textbox', { name: '认证地点' }).value).toBe('社区服务中心')
  expect(request).toHaveBeenCalledTimes(1)
})

test("a task the officer sent back shows the officer's note", async () => {
  await openTask({ ...visitTask, status: 'rejected', reviewNote: '照片看不清老人面部' })
  expect(screen.getByRole('heading', { name: '上次的认证被退回，请再上门一次' })).toBeTruthy()
  expect(screen.getByText('经办人员的说明：照片看不清老人面部')).toBeTruthy()
  expect(screen.getByRole('button', { name: '提交认证' })).toBeTruthy()
})

test('the visit is the worker’s own: it is loaded without the grant of whoever they act for', async () => {
  actingForStore.set({ grantId: 'grant-9', maskedName: '王**', idNumberHint: '3303…', scopes: ['retiree.assist'], expiresAt: '2030-01-01T00:00:00.000Z' })
  await openTask()
  expect(sent(request).url).toBe('/api/retiree/visits/task-1')
  expect(sent(request).header['X-Acting-For']).toBeUndefined()
})

test('a photo that did not upload can be sent again without taking it again', async () => {
  await openTask()
  sendFile.mockResolvedValueOnce({ ok: false, network: true })
  sendFile.mockResolvedValueOnce({ ok: true, value: { id: 'photo-1', sizeBytes: 3 } })
  fireEvent.change(screen.getByLabelText('拍照'), { target: { files: [photo()] } })
  fireEvent.click(await screen.findByRole('button', { name: '重新上传照片' }))
  await waitFor(() => expect(sendFile).toHaveBeenCalledTimes(2))
  const [first, second] = sendFile.mock.calls
  expect(second?.[1].idempotencyKey).toBe(first?.[1].idempotencyKey)
  expect(await screen.findByText('照片已上传')).toBeTruthy()
})
