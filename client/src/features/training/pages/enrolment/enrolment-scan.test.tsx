import { fireEvent, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { checkInPayload } from '@renshe/shared/training/attendance'
import { answer, citizen, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { scanCheckInCode } from '../../check-in-scan'
import { myCarersEnrolment } from '../../test-fixtures'
import MyEnrolmentPage from './index'

// As on weapp: a scanner is there, and each test says what it reads.
vi.mock('../../check-in-scan', () => ({ scanAvailable: true, scanCheckInCode: vi.fn() }))

const request = vi.mocked(Taro.request)
const scanned = vi.mocked(scanCheckInCode)

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2027-01-10T01:00:00.000Z'))
  vi.mocked(useRouter).mockReturnValue({ params: { id: 'e-1' } } as unknown as ReturnType<typeof useRouter>)
  sessionStore.set({ token: 'token-zhang', me: citizen })
})

afterEach(() => {
  vi.useRealTimers()
})

async function openPage() {
  request.mockResolvedValueOnce(answer(200, myCarersEnrolment))
  render(<MyEnrolmentPage />)
  await screen.findByRole('heading', { name: '养老护理员（五级）周末班' })
}

test('she scans the code on the screen: the session’s code is sent, and shows in the field as if typed', async () => {
  await openPage()
  expect(screen.getByText('用本人手机扫描培训机构屏幕上的二维码。扫不了时，输入二维码下面的 6 位数字。')).toBeTruthy()
  scanned.mockResolvedValueOnce({ kind: 'scanned', text: checkInPayload('s-2', '482917') })
  request.mockResolvedValueOnce(answer(201, { sessionId: 's-2', enrolmentId: 'e-1', checkedInAt: '2027-01-10T01:00:05.000Z' }))
  fireEvent.click(screen.getByRole('button', { name: '扫码签到' }))
  expect(await screen.findByText('签到成功：2027年1月10日 09:00')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/sessions/s-2/check-ins', method: 'POST', data: { code: '482917' } })
})

test('the code of another session, or any other QR code, is refused with a clear message and nothing is sent; a closed scanner says nothing', async () => {
  await openPage()
  scanned.mockResolvedValueOnce({ kind: 'scanned', text: checkInPayload('s-3', '482917') })
  fireEvent.click(screen.getByRole('button', { name: '扫码签到' }))
  expect(await screen.findByText('这是另一次课的签到码。请扫这次课（2027年1月10日 09:00–12:00）的签到码。')).toBeTruthy()
  for (const text of ['https://example.com/checkin?code=482917', '482917', 'renshe-checkin:s-2:4829', '']) {
    scanned.mockResolvedValueOnce({ kind: 'scanned', text })
    fireEvent.click(screen.getByRole('button', { name: '扫码签到' }))
    expect(await screen.findByText('扫到的不是签到码。请扫培训机构屏幕上的签到二维码，或输入屏幕上的 6 位数字。')).toBeTruthy()
  }
  scanned.mockResolvedValueOnce({ kind: 'cancelled' })
  fireEvent.click(screen.getByRole('button', { name: '扫码签到' }))
  await vi.waitFor(() => expect(scanned).toHaveBeenCalledTimes(6))
  expect(request).toHaveBeenCalledTimes(1)
  // Typing stays possible beside the scanner.
  expect(document.getElementById('check-in-code-s-2')).toBeTruthy()
})

test('in English, a wrong scan is explained in English', async () => {
  localeStore.set('en')
  await openPage()
  scanned.mockResolvedValueOnce({ kind: 'scanned', text: 'WIFI:S:school;;' })
  fireEvent.click(screen.getByRole('button', { name: 'Scan the code' }))
  expect(await screen.findByText(/That is not a check-in code/)).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
})
