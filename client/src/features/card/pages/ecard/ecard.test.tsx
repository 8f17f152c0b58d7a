import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { ecardSigningInput, ecardToken } from '@renshe/shared/card/ecard-token'
import type { EcardCode } from '@renshe/shared/card/schemas'
import { pages } from '@renshe/shared/platform/pages'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { qrRows } from '../../../../lib/qr-runs'
import { codeTimes } from './use-ecard-code'
import EcardPage from './index'
import { workingCard } from '../../test-fixtures'

const request = vi.mocked(Taro.request)

const working = workingCard

// Her phone's clock, pinned: 9 January 2027, 09:10:00 in China.
const t0 = Date.parse('2027-01-09T01:10:00.000Z')
const at = (seconds: number) => new Date(t0 + seconds * 1_000).toISOString()

/** A token as the portal makes them for a 72-year-old of Lucheng (the signature's bytes stand in). */
function tokenOf(nonce: string, issuedAtSeconds: number): string {
  const i = Math.floor((t0 + issuedAtSeconds * 1_000) / 1_000)
  return ecardToken(ecardSigningInput('k2027a', { c: 'k3J9xQ2mVb7LpA1zR8tY0w', m: '张*红', b: ['senior70'], r: '330302', i, e: i + 60, n: nonce }), new Uint8Array(64).fill(7))
}

const codeAt = (nonce: string, seconds: number, development = false): EcardCode => ({
  token: tokenOf(nonce, seconds),
  kid: 'k2027a',
  issuedAt: at(seconds),
  expiresAt: at(seconds + 60),
  development,
})

const first = codeAt('nonce-first-01', 0)
const second = codeAt('nonce-second-2', 50)

type Reply = ReturnType<typeof answer> | Error
const replies = new Map<string, Reply[]>()

/** What the portal answers on a path, in turn; the last answer again once the rest are used. */
function serve(path: string, ...queue: Reply[]) {
  replies.set(path, queue)
}

const codeRequests = () => request.mock.calls.filter(([options]) => (options as { url: string }).url.endsWith('/card/me/ecard')).length

const wakeRelease = vi.fn(() => Promise.resolve())
const wakeRequest = vi.fn(() => Promise.resolve({ release: wakeRelease }))

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
  vi.setSystemTime(new Date(t0))
  replies.clear()
  request.mockImplementation(((options: { url: string }) => {
    const queue = replies.get(options.url.replace(/^.*\/api/, '')) ?? []
    const next = queue.length > 1 ? queue.shift() : queue[0]
    return Promise.resolve().then(() => {
      if (!next || next instanceof Error) throw next ?? noAnswer()
      return next
    })
  }) as unknown as typeof Taro.request)
  Object.defineProperty(navigator, 'wakeLock', { value: { request: wakeRequest }, configurable: true })
  sessionStore.set({ token: 'token-zhang', me: citizen })
})

afterEach(() => {
  vi.useRealTimers()
  Reflect.deleteProperty(navigator, 'wakeLock')
})

/**
 * Time passing on her phone, half a second at a time: React renders what a timer set off only
 * between the steps, so one long step would answer a single turn of the code.
 */
async function pass(ms: number) {
  for (let left = ms; left > 0; left -= 500) await act(() => vi.advanceTimersByTimeAsync(Math.min(500, left)))
}

const qr = () => screen.getByRole('img', { name: /^电子社保卡二维码/ })

test('the holder sees her code as a big QR code with her masked name and number, a countdown, and the screen kept awake', async () => {
  serve('/card/me', answer(200, { card: working }))
  serve('/card/me/ecard', answer(200, first))
  const { unmount } = render(<EcardPage />)
  expect((await screen.findByRole('img', { name: '电子社保卡二维码，50 秒后更新' })).getAttribute('data-token')).toBe(first.token)
  expect(screen.getByRole('heading', { name: '电子社保卡', level: 1 })).toBeTruthy()
  expect(screen.getByText('张*红')).toBeTruthy()
  expect(screen.getByText('A****5678')).toBeTruthy()
  expect(screen.getByText('50 秒后更新')).toBeTruthy()
  expect(screen.getByText('乘公交、进公园和博物馆时，请把二维码对准扫码设备。二维码每分钟更新，截图无效。')).toBeTruthy()
  expect(screen.queryByText('开发环境密钥·仅供测试')).toBeNull()
  const ask = request.mock.calls.map(([options]) => options as { url: string; method: string; header: Record<string, string> }).find((options) => options.url.endsWith('/card/me/ecard'))
  expect(ask).toMatchObject({ method: 'GET' })
  expect(ask?.header['X-Acting-For']).toBeUndefined()
  await waitFor(() => expect(wakeRequest).toHaveBeenCalledWith('screen'))

  await act(() => vi.advanceTimersByTimeAsync(10_000))
  expect(screen.getByText('40 秒后更新')).toBeTruthy()
  expect(qr().getAttribute('aria-label')).toBe('电子社保卡二维码，40 秒后更新')
  expect(codeRequests()).toBe(1)

  // Leaving the page lets the screen sleep again.
  unmount()
  expect(wakeRelease).toHaveBeenCalled()
})

test('the picture is the QR code of the token: a version-12 code of 65 modules a side, its finder patterns in the corners', async () => {
  serve('/card/me', answer(200, { card: working }))
  serve('/card/me/ecard', answer(200, first))
  render(<EcardPage />)
  const shown = await screen.findByRole('img', { name: /^电子社保卡二维码/ })
  const { size, rows } = qrRows(first.token)
  expect(size).toBe(65)
  const drawn = shown.querySelectorAll('.ecard-qr__row')
  expect(drawn).toHaveLength(65)
  // Top left and top right: seven dark, then light; the same runs on screen as in the code.
  expect(rows[0]?.[0]).toEqual({ dark: true, length: 7 })
  expect(rows[0]?.[rows[0].length - 1]).toEqual({ dark: true, length: 7 })
  expect(drawn[0]?.children).toHaveLength(rows[0]?.length ?? 0)
  expect(drawn[0]?.children[0]?.className).toBe('ecard-qr__dark')
  expect((drawn[0]?.children[0] as HTMLElement).style.width).toBe(`${((7 * 100) / 65).toFixed(4)}%`)
  expect(qrRows(second.token)).not.toEqual(qrRows(first.token))
})

test('the next code is asked for ten seconds before the one on screen expires and replaces it; the old one stays up meanwhile', async () => {
  serve('/card/me', answer(200, { card: working }))
  serve('/card/me/ecard', answer(200, first), answer(200, second))
  render(<EcardPage />)
  await screen.findByRole('img', { name: /^电子社保卡二维码/ })
  await act(() => vi.advanceTimersByTimeAsync(49_000))
  expect(codeRequests()).toBe(1)
  expect(qr().getAttribute('data-token')).toBe(first.token)
  expect(screen.getByText('1 秒后更新')).toBeTruthy()
  await act(() => vi.advanceTimersByTimeAsync(1_500))
  expect(codeRequests()).toBe(2)
  expect(qr().getAttribute('data-token')).toBe(second.token)
  expect(screen.getByText('50 秒后更新')).toBeTruthy()
})

test('"refresh" asks for a new code at once', async () => {
  serve('/card/me', answer(200, { card: working }))
  serve('/card/me/ecard', answer(200, first), answer(200, second))
  render(<EcardPage />)
  await screen.findByRole('img', { name: /^电子社保卡二维码/ })
  await act(() => vi.advanceTimersByTimeAsync(5_000))
  fireEvent.click(screen.getByRole('button', { name: '刷新' }))
  await act(() => vi.advanceTimersByTimeAsync(100))
  expect(codeRequests()).toBe(2)
  expect(qr().getAttribute('data-token')).toBe(second.token)
})

test('a code signed by the development key says so, in words beside the code', async () => {
  serve('/card/me', answer(200, { card: working }))
  serve('/card/me/ecard', answer(200, codeAt('nonce-develop1', 0, true)))
  render(<EcardPage />)
  expect(await screen.findByText('开发环境密钥·仅供测试')).toBeTruthy()
  expect(qr()).toBeTruthy()
})

test('a card reported lost shows no code: she is told it is stopped and why, with the way to the card, and nothing more is asked', async () => {
  serve('/card/me', answer(200, { card: { ...working, status: 'temporarily_lost', temporaryLossUntil: at(7 * 86_400) } }))
  serve('/card/me/ecard', answer(409, problem('conflict', 409)))
  render(<EcardPage />)
  expect(await screen.findByRole('heading', { name: '这张卡已停用，不能出示电子社保卡' })).toBeTruthy()
  expect(screen.getByText('卡的状态：临时挂失中。')).toBeTruthy()
  expect(screen.getByText(/卡停用期间，电子社保卡的二维码不能出示/)).toBeTruthy()
  expect(screen.queryByRole('img', { name: /二维码/ })).toBeNull()
  expect(document.body.innerHTML).not.toContain('data-token')
  await pass(120_000)
  expect(codeRequests()).toBeLessThanOrEqual(1)
  fireEvent.click(screen.getByRole('link', { name: '查看我的社保卡' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pages.myCard })
})

test('a card stopped while its code is up (reported lost from another phone) loses the code at the next turn, and says why', async () => {
  serve('/card/me', answer(200, { card: working }))
  serve('/card/me/ecard', answer(200, first), answer(409, problem('conflict', 409)))
  render(<EcardPage />)
  await screen.findByRole('img', { name: /^电子社保卡二维码/ })
  await act(() => vi.advanceTimersByTimeAsync(50_500))
  expect(await screen.findByRole('heading', { name: '这张卡已停用，不能出示电子社保卡' })).toBeTruthy()
  expect(screen.queryByRole('img', { name: /二维码/ })).toBeNull()
  await pass(120_000)
  expect(codeRequests()).toBe(2)
})

test('with no answer the code on screen stays up until it expires, the next one asked for every few seconds; then it leaves, and comes back with the network', async () => {
  serve('/card/me', answer(200, { card: working }))
  serve('/card/me/ecard', answer(200, first), noAnswer(), noAnswer(), noAnswer(), answer(200, codeAt('nonce-again-03', 62)))
  render(<EcardPage />)
  await screen.findByRole('img', { name: /^电子社保卡二维码/ })
  await pass(50_500)
  expect(await screen.findByText('网络不通，二维码还没更新，正在重试。现在的二维码过期前仍可使用。')).toBeTruthy()
  expect(qr().getAttribute('data-token')).toBe(first.token)
  await pass(10_000)
  // Spent: a code a gate would refuse is not left on screen.
  expect(screen.getByRole('heading', { name: '二维码已过期' })).toBeTruthy()
  expect(screen.queryByRole('img', { name: /二维码/ })).toBeNull()
  await pass(10_000)
  expect((await screen.findByRole('img', { name: /^电子社保卡二维码/ })).getAttribute('data-token')).toBe(tokenOf('nonce-again-03', 62))
  // Asked again every 5 s, no faster.
  expect(codeRequests()).toBe(5)
  expect(screen.queryByRole('heading', { name: '二维码已过期' })).toBeNull()
  expect(screen.queryByText(/网络不通/)).toBeNull()
})

test('a first code that gets no answer says so and is tried again by itself', async () => {
  serve('/card/me', answer(200, { card: working }))
  serve('/card/me/ecard', noAnswer(), answer(200, first))
  render(<EcardPage />)
  expect(await screen.findByRole('heading', { name: '网络连接失败' })).toBeTruthy()
  await act(() => vi.advanceTimersByTimeAsync(5_000))
  expect((await screen.findByRole('img', { name: /^电子社保卡二维码/ })).getAttribute('data-token')).toBe(first.token)
})

test('with no card issued she reads how to get one, and no code is shown', async () => {
  serve('/card/me', answer(200, { card: null }))
  serve('/card/me/ecard', answer(404, problem('not_found', 404)))
  render(<EcardPage />)
  expect(await screen.findByRole('heading', { name: '您还没有社保卡' })).toBeTruthy()
  expect(screen.queryByRole('img', { name: /二维码/ })).toBeNull()
})

test('grid staff acting for a holder, even under a card grant, are told the e-card shows on her own phone, with the way back, and nothing is asked', async () => {
  sessionStore.set({ token: 'token-chen', me: { ...citizen, id: 'u-chen', roles: ['grid_staff'] } })
  actingForStore.set({ grantId: 'grant-5', maskedName: '张*红', idNumberHint: '3303…1234', scopes: ['card.assist'], expiresAt: '2030-01-01T00:00:00.000Z' })
  serve('/card/me', answer(200, { card: working }))
  serve('/card/me/ecard', answer(200, first))
  render(<EcardPage />)
  expect(screen.getByRole('heading', { name: '电子社保卡只能由本人出示' })).toBeTruthy()
  expect(screen.getByText('电子社保卡的二维码只在持卡人本人的手机上显示，代办时不能出示。请张*红用自己的手机登录后，打开“出示电子社保卡”。')).toBeTruthy()
  await act(() => vi.advanceTimersByTimeAsync(1_000))
  expect(request).not.toHaveBeenCalled()
  expect(screen.queryByRole('img', { name: /二维码/ })).toBeNull()
  fireEvent.click(screen.getByRole('link', { name: '返回社保卡' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pages.myCard })
})

test('the way to her benefits is on the page', async () => {
  serve('/card/me', answer(200, { card: working }))
  serve('/card/me/ecard', answer(200, first))
  render(<EcardPage />)
  await screen.findByRole('img', { name: /^电子社保卡二维码/ })
  fireEvent.click(screen.getByRole('link', { name: '我的待遇' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pages.myCardBenefits })
})

test('in English and care mode the e-card speaks English, its development label too', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  serve('/card/me', answer(200, { card: working }))
  serve('/card/me/ecard', answer(200, codeAt('nonce-english1', 0, true)))
  render(<EcardPage />)
  expect((await screen.findByRole('img', { name: 'E-card QR code, changes in 50 seconds' })).getAttribute('data-token')).toBe(tokenOf('nonce-english1', 0))
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByRole('heading', { name: 'E-card', level: 1 })).toBeTruthy()
  expect(screen.getByText('Development key – for testing only')).toBeTruthy()
  expect(screen.getByText('Changes in 50 s')).toBeTruthy()
  expect(screen.getByText('Card number')).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Refresh' })).toBeTruthy()
  expect(screen.getByRole('link', { name: 'My benefits' })).toBeTruthy()
  expect(sent(request, 0).header['Accept-Language']).toBe('en')
})

test('in English a stopped card says so in English', async () => {
  localeStore.set('en')
  serve('/card/me', answer(200, { card: { ...working, status: 'cancelled' } }))
  serve('/card/me/ecard', answer(409, problem('conflict', 409)))
  render(<EcardPage />)
  expect(await screen.findByRole('heading', { name: 'The card is stopped: the e-card cannot be shown' })).toBeTruthy()
  expect(screen.getByText('Card status: Cancelled.')).toBeTruthy()
  expect(screen.getByRole('link', { name: 'See my citizen card' })).toBeTruthy()
})

test('logged out, the page asks for a login that leads back to the e-card', () => {
  sessionStore.set(null)
  render(<EcardPage />)
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${pages.login}?next=${encodeURIComponent(pages.myEcard)}` })
  expect(request).not.toHaveBeenCalled()
})

test('the next code is due 50 s after one arrives, by the code’s own minute rather than the phone’s clock', () => {
  const now = Date.parse('2031-05-05T00:00:00.000Z')
  // A phone four years off the portal's clock still turns its code over on time.
  expect(codeTimes(first, now)).toEqual({ refreshAt: now + 50_000, expiresAt: now + 60_000 })
  // A code that claims more than a minute, or nonsense, is treated as a minute's.
  expect(codeTimes({ ...first, expiresAt: at(3_600) }, now)).toEqual({ refreshAt: now + 50_000, expiresAt: now + 60_000 })
  expect(codeTimes({ ...first, expiresAt: 'not a time' }, now)).toEqual({ refreshAt: now + 50_000, expiresAt: now + 60_000 })
  // A short one is still not asked for again within 5 s.
  expect(codeTimes({ ...first, expiresAt: at(12) }, now)).toEqual({ refreshAt: now + 5_000, expiresAt: now + 12_000 })
})
