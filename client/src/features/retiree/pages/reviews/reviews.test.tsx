import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { officer, tinyPng, visitToReview } from '../../components/office-sample-data'
import ReviewsPage from './index'

const request = vi.mocked(Taro.request)
const photo = (taskId: string) => answer(200, { id: `photo-${taskId}`, mediaType: 'image/png', dataUrl: tinyPng })

function openReviews() {
  sessionStore.set({ token: 'token-officer', me: officer })
  render(<ReviewsPage />)
}

test('an officer sees who was visited, by whom, where and when, what was checked, and the photo', async () => {
  request.mockResolvedValueOnce(answer(200, { items: [visitToReview('task-1')] })).mockResolvedValueOnce(photo('task-1'))
  openReviews()

  expect(await screen.findByRole('heading', { level: 2, name: '钱*芳' })).toBeTruthy()
  expect(sent(request).url).toBe('/api/retiree/office/visits')
  expect(screen.getByText('86 岁')).toBeTruthy()
  expect(screen.getByText('陈*（WG330302001）')).toBeTruthy()
  expect(screen.getByText('鹿城区五马街道解放街 12 号')).toBeTruthy()
  expect(screen.getByText('2026年11月30日 10:05')).toBeTruthy()
  expect(screen.getByText('已确认：退休人员本人在场')).toBeTruthy()
  expect(screen.getByText('已确认：本人与身份证照片相符')).toBeTruthy()
  expect(screen.getByText('已确认：能正常回答问题')).toBeTruthy()
  expect(screen.getByText('待审核')).toBeTruthy()
  const image = await screen.findByRole('img', { name: '钱*芳的上门认证照片' })
  expect(image.getAttribute('src')).toBe(tinyPng)
  expect(sent(request, 1).url).toBe('/api/retiree/visits/task-1/photo')
})

test('approving takes one tap and the visit then shows its new status', async () => {
  request
    .mockResolvedValueOnce(answer(200, { items: [visitToReview('task-1')] }))
    .mockResolvedValueOnce(photo('task-1'))
    .mockResolvedValueOnce(answer(200, visitToReview('task-1', { status: 'approved' })))
  openReviews()

  fireEvent.click(await screen.findByRole('button', { name: '确认' }))

  expect(await screen.findByRole('heading', { name: '已确认，这次上门认证有效。' })).toBeTruthy()
  const review = sent(request, 2)
  expect(review.url).toBe('/api/retiree/office/visits/task-1/review')
  expect(review.data).toEqual({ decision: 'approve' })
  expect(review.header['Idempotency-Key']).toBeTruthy()
  expect(screen.getByText('已审核通过')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '确认' })).toBeNull()
  expect(screen.queryByRole('button', { name: '退回' })).toBeNull()
})

test('rejecting asks for a reason first, and a missing one is said in the error summary', async () => {
  request.mockResolvedValueOnce(answer(200, { items: [visitToReview('task-1')] })).mockResolvedValueOnce(photo('task-1'))
  openReviews()

  fireEvent.click(await screen.findByRole('button', { name: '退回' }))
  fireEvent.click(screen.getByRole('button', { name: '确认退回' }))

  const summary = await screen.findByRole('alert')
  expect(within(summary).getByText('退回理由：请填写此项')).toBeTruthy()
  fireEvent.change(screen.getByRole('textbox', { name: '退回理由' }), { target: { value: '好' } })
  fireEvent.click(screen.getByRole('button', { name: '确认退回' }))
  expect(await within(screen.getByRole('alert')).findByText('退回理由：内容太短')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(2)
})

test('a rejection is sent with its reason, kept when the network fails, and the visit then shows it was sent back', async () => {
  request
    .mockResolvedValueOnce(answer(200, { items: [visitToReview('task-1')] }))
    .mockResolvedValueOnce(photo('task-1'))
    .mockRejectedValueOnce(noAnswer())
    .mockResolvedValueOnce(answer(200, visitToReview('task-1', { status: 'rejected' })))
  openReviews()

  fireEvent.click(await screen.findByRole('button', { name: '退回' }))
  const reason = screen.getByRole('textbox', { name: '退回理由' })
  fireEvent.change(reason, { target: { value: '照片看不清本人面部，请重新上门拍照' } })
  fireEvent.click(screen.getByRole('button', { name: '确认退回' }))

  expect(await screen.findByRole('heading', { name: '网络连接失败' })).toBeTruthy()
  expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: '退回理由' }).value).toBe('照片看不清本人面部，请重新上门拍照')

  fireEvent.click(screen.getByRole('button', { name: '确认退回' }))
  expect(await screen.findByRole('heading', { name: '已退回，这次上门认证不算数，任务已退回网格员。' })).toBeTruthy()
  expect(sent(request, 3).data).toEqual({ decision: 'reject', note: '照片看不清本人面部，请重新上门拍照' })
  expect(sent(request, 3).header['Idempotency-Key']).toBe(sent(request, 2).header['Idempotency-Key'])
  expect(screen.getByText('已退回，需再次上门')).toBeTruthy()
  expect(screen.queryByRole('textbox', { name: '退回理由' })).toBeNull()
})

test("the server's objection to a reason is shown at the field, and the reason stays", async () => {
  request
    .mockResolvedValueOnce(answer(200, { items: [visitToReview('task-1')] }))
    .mockResolvedValueOnce(photo('task-1'))
    .mockResolvedValueOnce(
      answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.note', key: 'field.tooLong', message: '内容太长' }] })),
    )
  openReviews()

  fireEvent.click(await screen.findByRole('button', { name: '退回' }))
  fireEvent.change(screen.getByRole('textbox', { name: '退回理由' }), { target: { value: '没有拍到门牌' } })
  fireEvent.click(screen.getByRole('button', { name: '确认退回' }))

  expect(await within(await screen.findByRole('alert')).findByText('退回理由：内容太长')).toBeTruthy()
  expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: '退回理由' }).value).toBe('没有拍到门牌')
})

test('cancelling a rejection closes the reason and leaves the visit to review', async () => {
  request.mockResolvedValueOnce(answer(200, { items: [visitToReview('task-1')] })).mockResolvedValueOnce(photo('task-1'))
  openReviews()

  fireEvent.click(await screen.findByRole('button', { name: '退回' }))
  fireEvent.click(screen.getByRole('button', { name: '取消' }))

  expect(screen.queryByRole('textbox', { name: '退回理由' })).toBeNull()
  expect(screen.getByRole('button', { name: '确认' })).toBeTruthy()
})

test('a photo that does not load can be asked for again', async () => {
  request
    .mockResolvedValueOnce(answer(200, { items: [visitToReview('task-1')] }))
    .mockResolvedValueOnce(answer(404, problem('not_found', 404)))
    .mockResolvedValueOnce(photo('task-1'))
  openReviews()

  fireEvent.click(await screen.findByRole('button', { name: '重新载入照片' }))
  expect(await screen.findByRole('img', { name: '钱*芳的上门认证照片' })).toBeTruthy()
  await waitFor(() => expect(request).toHaveBeenCalledTimes(3))
})

test('with nothing to review, and in English', async () => {
  localeStore.set('en')
  request.mockResolvedValueOnce(answer(200, { items: [] }))
  openReviews()

  expect(await screen.findByText('There are no home visits to review.')).toBeTruthy()
  expect(screen.getByRole('heading', { level: 1, name: 'Home visits to review' })).toBeTruthy()
})
