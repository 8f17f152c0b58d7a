import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { answer, citizen, sent } from '../../../../test/fixtures'
import { sessionStore } from '../../../lib/auth/session-store'
import { localeStore } from '../../../lib/i18n/locale-store'
import MyApplicationsPage from '../pages/applications/index'
import { scanCode } from '../scan-code'
import { hiredDayJob } from '../test-fixtures'

// As on weapp: a scanner is there, and each test says what it reads.
vi.mock('../scan-code', () => ({ scanAvailable: true, scanCode: vi.fn() }))

const request = vi.mocked(Taro.request)
const scanned = vi.mocked(scanCode)

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-12-03T08:00:00.000Z'))
  sessionStore.set({ token: 'token-zhao', me: citizen })
})

afterEach(() => {
  vi.useRealTimers()
})

const hired = hiredDayJob

async function open() {
  request.mockResolvedValueOnce(answer(200, { items: [hired], nextCursor: null }))
  render(<MyApplicationsPage />)
  await screen.findByText('南浦小区保洁（日结）')
}

test('a worker scans the employer’s code: its six digits fill the field and are sent as if typed', async () => {
  await open()
  scanned.mockResolvedValueOnce({ kind: 'scanned', text: '４８２９１７' })
  request.mockResolvedValueOnce(answer(200, hired))
  fireEvent.click(screen.getByText('扫码签到'))
  await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(2))
  expect(sent(request, 1)).toMatchObject({ url: '/api/jobs/applications/a1/check-in', method: 'POST', data: { code: '482917' } })
  expect(screen.getByLabelText<HTMLInputElement>(/签到码/).value).toBe('482917')
})

test('a scanned link or other text is refused with a clear message and nothing is sent; a closed scanner says nothing', async () => {
  await open()
  for (const text of ['https://example.com/checkin?code=482917', '48291', '482917x', '']) {
    scanned.mockResolvedValueOnce({ kind: 'scanned', text })
    fireEvent.click(screen.getByText('扫码签到'))
    expect(await screen.findByText('扫到的不是签到码。请扫用工单位签到页上的二维码，或直接输入 6 位数字。')).toBeTruthy()
  }
  scanned.mockResolvedValueOnce({ kind: 'cancelled' })
  fireEvent.click(screen.getByText('扫码签到'))
  await vi.waitFor(() => expect(scanned).toHaveBeenCalledTimes(5))
  expect(request).toHaveBeenCalledTimes(1)
})

test('in English, the scan button is named and a wrong scan is explained in English', async () => {
  localeStore.set('en')
  await open()
  scanned.mockResolvedValueOnce({ kind: 'scanned', text: 'WIFI:S:site;;' })
  fireEvent.click(screen.getByText('Scan'))
  expect(await screen.findByText(/That is not a check-in code/)).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
})
