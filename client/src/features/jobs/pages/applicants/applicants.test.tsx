import { fireEvent, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, citizen, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import ApplicantsPage from './index'

const request = vi.mocked(Taro.request)
const employer = { ...citizen, id: 'u-employer', displayName: '温州瓯江建设', roles: ['employer' as const] }

const applied = {
  id: 'app-1',
  postId: 'post-1',
  status: 'applied',
  contactVisible: false,
  name: '赵*',
  phone: null,
  occupations: ['4-09-08-01'],
  skills: ['保洁'],
  certificates: ['健康证'],
  distanceBand: 'within_3km',
  history: [{ status: 'applied', at: '2026-11-16T02:10:00.000Z', by: 'seeker', reason: null }],
  days: [],
  myRating: null,
  createdAt: '2026-11-16T02:10:00.000Z',
}

function openFor(postId: string) {
  vi.mocked(useRouter).mockReturnValue({ params: { id: postId } } as unknown as ReturnType<typeof useRouter>)
}

test('an applicant is shown by surname and distance band only; invited, the answer names her in full with her phone', async () => {
  sessionStore.set({ token: 'token-employer', me: employer })
  openFor('post-1')
  request.mockResolvedValueOnce(answer(200, { items: [applied], nextCursor: null }))
  render(<ApplicantsPage />)
  expect(await screen.findByText('赵*')).toBeTruthy()
  expect(screen.getByText('3 公里内')).toBeTruthy()
  expect(screen.queryByText('电话')).toBeNull()
  expect(sent(request).url).toMatch(/\/jobs\/posts\/post-1\/applicants\?limit=30$/)

  request.mockResolvedValueOnce(answer(200, { ...applied, status: 'invited', contactVisible: true, name: '赵强', phone: '13800000000' }))
  fireEvent.click(screen.getByRole('button', { name: '邀请联系' }))
  fireEvent.click(screen.getByRole('button', { name: '确定' }))
  expect(await screen.findByText('赵强')).toBeTruthy()
  expect(screen.getByText('13800000000')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ decision: 'invite' })
  // Invited, she can still be hired or declined, but not invited again.
  expect(screen.queryByRole('button', { name: '邀请联系' })).toBeNull()
  expect(screen.getByRole('button', { name: '录用' })).toBeTruthy()
})

test('declining asks for the reason the applicant will read, and sends nothing without it', async () => {
  sessionStore.set({ token: 'token-employer', me: employer })
  openFor('post-1')
  request.mockResolvedValueOnce(answer(200, { items: [applied], nextCursor: null }))
  render(<ApplicantsPage />)
  await screen.findByText('赵*')
  fireEvent.click(screen.getByRole('button', { name: '不合适' }))
  fireEvent.click(screen.getByRole('button', { name: '确定' }))
  expect(await screen.findByText('请写明不录用的原因')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
  // The field stops where the server would: 200 characters.
  expect(screen.getByLabelText('不录用的原因（必填）').getAttribute('maxlength')).toBe('200')
})
