import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import type { MyEnrolment } from '@renshe/shared/training/attendance'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { myCarersEnrolment } from '../../test-fixtures'
import MyEnrolmentPage from './index'

const request = vi.mocked(Taro.request)
const codeInput = () => document.getElementById('check-in-code-s-2') as HTMLInputElement

// Her phone's clock, pinned: 10 January 2027, 09:00 in China; the second session's check-in opened at 08:45.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2027-01-10T01:00:00.000Z'))
  vi.mocked(useRouter).mockReturnValue({ params: { id: 'e-1' } } as unknown as ReturnType<typeof useRouter>)
  sessionStore.set({ token: 'token-zhang', me: citizen })
})

afterEach(() => {
  vi.useRealTimers()
})

async function openPage(mine: MyEnrolment = myCarersEnrolment) {
  request.mockResolvedValueOnce(answer(200, mine))
  render(<MyEnrolmentPage />)
  expect(await screen.findByRole('heading', { name: '养老护理员（五级）周末班' })).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/enrolments/e-1', method: 'GET' })
}

const refusedWith = (key: string) => answer(409, problem('conflict', 409, { errors: [{ path: 'body.code', key, message: 'x' }] }))
const sessionsList = () => within(screen.getByRole('heading', { name: '每次课的签到' }).parentElement as HTMLElement)

test('she sees every session with its check-in window and whether she checked in, and her attendance against the threshold', async () => {
  await openPage()
  expect(screen.getByText('已签到 1 次，共 3 次课')).toBeTruthy()
  expect(screen.getByText('出勤率要求 80%：至少要签到 3 次，否则不能领取培训补贴。')).toBeTruthy()
  const items = sessionsList().getAllByRole('listitem')
  expect(items.map((item) => item.textContent)).toEqual([
    expect.stringContaining('签到时间 08:45–12:00已签到（08:58）'),
    expect.stringContaining('正在签到'),
    expect.stringContaining('签到时间 13:45–17:30还没到签到时间'),
  ])
  // In a browser there is no scanner: the six digits are typed.
  expect(screen.queryByRole('button', { name: '扫码签到' })).toBeNull()
  expect(screen.getByText('输入培训机构屏幕上二维码下面的 6 位数字。请用本人手机签到。')).toBeTruthy()
})

test('she types the code of the session open now: it is sent with this phone’s own id, and she is checked in', async () => {
  await openPage()
  fireEvent.input(codeInput(), { target: { value: '482917' } })
  request.mockResolvedValueOnce(answer(201, { sessionId: 's-2', enrolmentId: 'e-1', checkedInAt: '2027-01-10T01:00:05.000Z' }))
  fireEvent.click(screen.getByRole('button', { name: '签到' }))
  expect(await screen.findByText('签到成功：2027年1月10日 09:00')).toBeTruthy()
  const checkIn = sent(request, 1)
  expect(checkIn).toMatchObject({ url: '/api/training/sessions/s-2/check-ins', method: 'POST', data: { code: '482917' } })
  const deviceId = (checkIn.data as { deviceId: string }).deviceId
  expect(deviceId).toMatch(/^[A-Za-z0-9_-]{22}$/)
  expect(Taro.getStorageSync('renshe.training.device')).toBe(deviceId)
  expect(screen.getByText('已签到 2 次，共 3 次课')).toBeTruthy()
  expect(sessionsList().getAllByRole('listitem')[1]?.textContent).toContain('已签到（09:00）')
  expect(screen.queryByRole('button', { name: '签到' })).toBeNull()
})

test('a refusal is said in her language and what she typed stays; a code that is not six digits is not sent', async () => {
  await openPage()
  fireEvent.input(codeInput(), { target: { value: '4829' } })
  fireEvent.click(screen.getByRole('button', { name: '签到' }))
  expect(await screen.findByText('请输入机构屏幕上的 6 位签到码')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)

  fireEvent.input(codeInput(), { target: { value: '482917' } })
  request.mockResolvedValueOnce(refusedWith('training.sharedDevice'))
  fireEvent.click(screen.getByRole('button', { name: '签到' }))
  expect(await screen.findByText('这台手机已为本次课的另一名学员签到，请用本人手机签到')).toBeTruthy()
  expect(codeInput().value).toBe('482917')

  request.mockResolvedValueOnce(refusedWith('training.codeWrong'))
  fireEvent.click(screen.getByRole('button', { name: '签到' }))
  expect(await screen.findByText('签到码不对或已过期，请扫描屏幕上最新的签到码')).toBeTruthy()
  // The same phone, the same id, every time.
  expect((sent(request, 2).data as { deviceId: string }).deviceId).toBe((sent(request, 1).data as { deviceId: string }).deviceId)
})

test('a check-in that got no answer can be tried again with the same code', async () => {
  await openPage()
  fireEvent.input(codeInput(), { target: { value: '482917' } })
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(screen.getByRole('button', { name: '签到' }))
  request.mockResolvedValueOnce(answer(201, { sessionId: 's-2', enrolmentId: 'e-1', checkedInAt: '2027-01-10T01:00:05.000Z' }))
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  expect(await screen.findByText('签到成功：2027年1月10日 09:00')).toBeTruthy()
  expect(sent(request, 2).data).toMatchObject({ code: '482917' })
})

test('with no session open now there is nothing to check in to, and a session gone by without her says so', async () => {
  vi.setSystemTime(new Date('2027-01-12T01:00:00.000Z'))
  await openPage()
  expect(screen.getByText('现在没有正在签到的课。签到在上课前 15 分钟开始，下课时结束。')).toBeTruthy()
  expect(document.getElementById('check-in-code-s-2')).toBeNull()
  expect(sessionsList().getAllByRole('listitem')[1]?.textContent).toContain('没有签到')
})

test('an enrolment the institution has not confirmed yet cannot check in', async () => {
  await openPage({ ...myCarersEnrolment, enrolment: { ...myCarersEnrolment.enrolment, status: 'requested' } })
  expect(screen.getByText('培训机构确认报名后才能签到。')).toBeTruthy()
  expect(codeInput()).toBeNull()
})

test('in English and care mode the page and a refusal speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  await openPage()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByText('Checked in at 1 of 3 sessions')).toBeTruthy()
  fireEvent.input(codeInput(), { target: { value: '482917' } })
  request.mockResolvedValueOnce(refusedWith('training.outOfWindow'))
  fireEvent.click(screen.getByRole('button', { name: 'Check in' }))
  expect(await screen.findByText('Check-in for this session is not open now')).toBeTruthy()
})
