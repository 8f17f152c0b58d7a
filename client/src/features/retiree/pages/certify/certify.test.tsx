import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { Certification } from '@renshe/shared/retiree/schemas'
import { answer, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { account, dueCertification, pensioner } from '../../test-fixtures'
import CertifyPage from './index'

const request = vi.mocked(Taro.request)
const faceStart = (provider: 'development' | 'wechat') => ({ attemptId: 'attempt-1', provider, verifyId: provider === 'development' ? 'dev-face:attempt-1' : 'wx-session-1' })

async function openCertify(certification: Certification = dueCertification, heldFen = 0) {
  sessionStore.set({ token: 'token-sun', me: pensioner })
  request.mockResolvedValueOnce(answer(200, { ...account, certification, heldFen }))
  render(<CertifyPage />)
  await screen.findByRole('button', { name: '开始刷脸认证' })
}

test('with the development provider a labelled panel stands in for the face check, and passing certifies', async () => {
  await openCertify()
  request.mockResolvedValueOnce(answer(201, faceStart('development')))
  fireEvent.click(screen.getByRole('button', { name: '开始刷脸认证' }))

  expect(await screen.findByRole('heading', { name: '开发用人脸核验（非真实核验）' })).toBeTruthy()
  const certified = { ...dueCertification, state: 'certified', dueDate: '2027-11-29', daysLeft: 365, lastCertifiedOn: '2026-11-29', lastMethod: 'face', lastSource: null }
  request.mockResolvedValueOnce(answer(200, { outcome: 'certified', certification: certified }))
  fireEvent.click(screen.getByRole('button', { name: '模拟本人通过' }))

  expect(await screen.findByRole('heading', { name: '认证成功' })).toBeTruthy()
  expect(screen.getByText('下次认证请在 2027年11月29日 前完成。')).toBeTruthy()
  expect(sent(request, 2).url).toBe('/api/retiree/face/attempt-1/result')
  expect(sent(request, 2).data).toEqual({ verifyId: 'dev-face:attempt-1', simulated: 'pass' })
  expect(screen.getByRole('button', { name: '返回首页' })).toBeTruthy()
})

test('a suspended pensioner who passes is told how much of the held pension is paid at once', async () => {
  await openCertify({ ...dueCertification, state: 'suspended', daysLeft: -90 }, 502_000)
  request.mockResolvedValueOnce(answer(201, faceStart('development')))
  fireEvent.click(screen.getByRole('button', { name: '开始刷脸认证' }))
  await screen.findByRole('heading', { name: '开发用人脸核验（非真实核验）' })
  const certified = { ...dueCertification, state: 'certified', dueDate: '2027-11-29', daysLeft: 365, lastCertifiedOn: '2026-11-29', lastMethod: 'face', lastSource: null }
  request.mockResolvedValueOnce(answer(200, { outcome: 'certified', certification: certified }))
  fireEvent.click(screen.getByRole('button', { name: '模拟本人通过' }))
  expect(await screen.findByText('暂停发放的养老金 ¥5,020.00 会一次补发给您。')).toBeTruthy()
})

test('the session of the face check is never shown', async () => {
  await openCertify()
  request.mockResolvedValueOnce(answer(201, faceStart('development')))
  fireEvent.click(screen.getByRole('button', { name: '开始刷脸认证' }))
  await screen.findByRole('heading', { name: '开发用人脸核验（非真实核验）' })
  expect(document.body.textContent).not.toContain('dev-face:attempt-1')
})

test('a face not recognised says how many tries are left, and after three offers a home visit', async () => {
  await openCertify({ ...dueCertification, faceFailures: 1 })
  request.mockResolvedValueOnce(answer(201, faceStart('development')))
  fireEvent.click(screen.getByRole('button', { name: '开始刷脸认证' }))
  await screen.findByRole('heading', { name: '开发用人脸核验（非真实核验）' })
  request.mockResolvedValueOnce(answer(200, { outcome: 'failed', certification: { ...dueCertification, faceFailures: 2 } }))
  fireEvent.click(screen.getByRole('button', { name: '模拟未通过' }))
  expect(await screen.findByRole('heading', { name: '未通过，还可以再试 1 次' })).toBeTruthy()
  expect(sent(request, 2).data).toEqual({ verifyId: 'dev-face:attempt-1', simulated: 'fail' })

  request.mockResolvedValueOnce(answer(201, { ...faceStart('development'), attemptId: 'attempt-2' }))
  fireEvent.click(screen.getByRole('button', { name: '开始刷脸认证' }))
  await screen.findByRole('button', { name: '模拟未通过' })
  request.mockResolvedValueOnce(answer(200, { outcome: 'failed', certification: { ...dueCertification, faceFailures: 3, homeVisitOffered: true } }))
  fireEvent.click(screen.getByRole('button', { name: '模拟未通过' }))

  expect(await screen.findByRole('heading', { name: '未通过' })).toBeTruthy()
  expect(screen.queryByRole('button', { name: '开始刷脸认证' })).toBeNull()
  request.mockResolvedValueOnce(answer(200, { ...account, certification: { ...dueCertification, faceFailures: 3, homeVisitOffered: true, homeVisitPending: true } }))
  fireEvent.click(screen.getByRole('button', { name: '请网格员上门认证' }))

  expect(await screen.findByRole('heading', { name: '已通知网格员，他们会联系您' })).toBeTruthy()
  const asked = sent(request, 5)
  expect(asked.url).toBe('/api/retiree/home-visit')
  expect(asked.header['Idempotency-Key']).toBeTruthy()
})

test('in a browser the WeChat face check cannot run: the person is told to open WeChat', async () => {
  await openCertify()
  request.mockResolvedValueOnce(answer(201, faceStart('wechat')))
  fireEvent.click(screen.getByRole('button', { name: '开始刷脸认证' }))
  expect(await screen.findByRole('heading', { name: '请在微信中打开' })).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(2)
})

test('someone already certified is told when the next one is due, in English too', async () => {
  sessionStore.set({ token: 'token-sun', me: pensioner })
  const { localeStore } = await import('../../../../lib/i18n/locale-store')
  localeStore.set('en')
  request.mockResolvedValueOnce(answer(200, { ...account, certification: { ...dueCertification, state: 'certified', dueDate: '2027-11-29', daysLeft: 365 } }))
  render(<CertifyPage />)
  expect(await screen.findByText('You are already certified. Your next certification is due by 29 Nov 2027.')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Start the face check' })).toBeNull()
})

test('while a death record is checked, the page says why the pension is held, and the face check is open even to someone certified', async () => {
  const certified: Certification = { ...dueCertification, state: 'certified', dueDate: '2027-09-01', daysLeft: 280, lastCertifiedOn: '2026-09-01' }
  sessionStore.set({ token: 'token-sun', me: pensioner })
  request.mockResolvedValueOnce(answer(200, { ...account, certification: certified, deathRecordUnderReview: true }))
  render(<CertifyPage />)

  expect(await screen.findByRole('heading', { name: '养老金暂停发放，正在核实' })).toBeTruthy()
  expect(screen.queryByText(/您已经认证过了/)).toBeNull()
  request.mockResolvedValueOnce(answer(201, faceStart('development')))
  fireEvent.click(screen.getByRole('button', { name: '开始刷脸认证' }))
  await screen.findByRole('heading', { name: '开发用人脸核验（非真实核验）' })
  request.mockResolvedValueOnce(answer(200, { outcome: 'certified', certification: { ...certified, lastCertifiedOn: '2026-11-29', dueDate: '2027-11-29' } }))
  fireEvent.click(screen.getByRole('button', { name: '模拟本人通过' }))

  expect(await screen.findByRole('heading', { name: '认证成功' })).toBeTruthy()
  expect(screen.getByText('核实死亡信息的经办人员会看到这次认证。核实后，暂停的养老金会补发给您。')).toBeTruthy()
})
