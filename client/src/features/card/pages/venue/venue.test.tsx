import * as ed from '@noble/ed25519'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { toBase64url } from '@renshe/shared/card/base64url'
import { countyBenefitOf } from '@renshe/shared/card/benefits'
import { ecardSigningInput, ecardToken, type EcardClaims } from '@renshe/shared/card/ecard-token'
import '@renshe/shared/card/ecard-verify'
import type { EcardKeys, EcardUseVerdict, MyVenue } from '@renshe/shared/card/schemas'
import type { Me } from '@renshe/shared/identity/schemas'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { keysSnapshotStore, venueSnapshotStore, venueUsesStore } from '../../venue-store'
import VenueCheckPage from './index'

const request = vi.mocked(Taro.request)
const encoder = new TextEncoder()

/** The gate of Lucheng's buses: the county rule the issue cites (card 95 %, 60–69 half, 70+ and disabilities free). */
const luchengBus = countyBenefitOf('330302', 'bus')
if (!luchengBus) throw new Error('Lucheng has a bus benefit')
const venue: MyVenue = { name: '鹿城公交 12 路', regionCode: '330302', kind: 'bus', benefit: { ...luchengBus, openToCity: false } }
const gate: Me = { ...citizen, id: 'u-gate-12', displayName: '鹿城公交 12 路', roles: ['venue'], realName: { bound: false } }

// The portal's key, made here: the page checks a token signed by it exactly as a real one.
const secretKey = new Uint8Array(32).map((_, index) => index + 1)
const keys: EcardKeys = { keys: [{ kid: 'k2026', publicKey: toBase64url(ed.getPublicKey(secretKey)) }], development: false }
const otherSecret = new Uint8Array(32).fill(9)

const now = Date.parse('2026-12-05T02:00:00.000Z') / 1000

function signed(claims: Partial<EcardClaims> = {}, secret = secretKey, kid = 'k2026'): string {
  const full: EcardClaims = { c: 'card-ref-0001', m: '张*红', b: ['senior70'], r: '330302', i: now - 10, e: now + 50, n: 'nonce-0000001', ...claims }
  const input = ecardSigningInput(kid, full)
  return ecardToken(input, ed.sign(encoder.encode(input), secret))
}

type Served = ReturnType<typeof answer> | Error | Promise<ReturnType<typeof answer>>

/** Answers by path: the page asks for its venue and the keys together, then records uses. */
function serve(uses: (body: unknown, key: string | undefined) => Served, open: { venue?: Served; keys?: Served } = {}) {
  request.mockImplementation(((options: { url: string; data?: unknown; header: Record<string, string> }) => {
    const reply = options.url.endsWith('/card/venue')
      ? (open.venue ?? answer(200, venue))
      : options.url.endsWith('/card/ecard/keys')
        ? (open.keys ?? answer(200, keys))
        : uses(options.data, options.header['Idempotency-Key'])
    return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply)
  }) as never)
}

const posts = () => request.mock.calls.map((_, index) => sent(request, index)).filter((call) => call.method === 'POST')

const admitted = (extra: Partial<Extract<EcardUseVerdict, { admitted: true }>> = {}): EcardUseVerdict => ({
  admitted: true,
  useId: 'use-1',
  holderMaskedName: '张*红',
  homeRegionCode: '330302',
  payPercent: 0,
  because: 'senior70',
  usedAt: '2026-12-05T02:00:01.000Z',
  ...extra,
})

const field = () => screen.getByRole('textbox', { name: '电子社保卡码' })
const result = () => screen.getByRole('status', { name: '核验结果' })

function scan(token: string) {
  fireEvent.change(field(), { target: { value: token } })
  fireEvent.keyDown(field(), { key: 'Enter' })
}

async function openPage() {
  sessionStore.set({ token: 'token-gate', me: gate })
  render(<VenueCheckPage />)
  await screen.findByText('鹿城公交 12 路（鹿城区）')
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(now * 1000)
})

afterEach(() => {
  vi.useRealTimers()
  venueSnapshotStore.set(null)
  keysSnapshotStore.set(null)
  venueUsesStore.set(null)
})

test('a senior’s code is admitted free at once offline, with her reason, masked name and county only; then recorded online', async () => {
  let answerUse: (reply: ReturnType<typeof answer>) => void = () => undefined
  serve(() => new Promise((resolve) => (answerUse = resolve)))
  await openPage()
  expect(sent(request, 0).header.Authorization).toBe('Bearer token-gate')
  // What the gate's benefit gives whom, and how fresh the data is.
  expect(screen.getByText('持卡优惠：付全价的 95%')).toBeTruthy()
  expect(screen.getByText('年满 70 周岁：免费')).toBeTruthy()
  expect(screen.getByText('年满 60 周岁、未满 70 周岁：半价')).toBeTruthy()
  expect(screen.getByText('只对鹿城区的持卡人，其他区县的持卡人按全价。')).toBeTruthy()
  expect(screen.getByText('核验数据2026年12月5日 10:00更新')).toBeTruthy()
  expect(screen.queryByText('开发环境密钥')).toBeNull()
  expect(document.activeElement).toBe(field())
  expect(field().getAttribute('aria-describedby')).toBe('venue-code-hint')
  expect(document.getElementById('venue-code-hint')?.textContent).toContain('扫码枪扫描或粘贴电子社保卡码')

  const token = signed()
  scan(token)
  // The offline verdict is there before the portal answers.
  expect(result().textContent).toContain('可入场 · 免费')
  expect(result().textContent).toContain('年满 70 周岁')
  expect(result().textContent).toContain('持卡人：张*红（鹿城区）')
  expect(result().textContent).toContain('正在联网登记…')
  expect(result().className).toContain('venue-result--admit')
  expect(field()).toHaveProperty('value', '')
  await waitFor(() => expect(document.activeElement).toBe(field()))
  // Nothing of the card but the masked name reaches the screen.
  expect(document.body.textContent).not.toContain('card-ref-0001')
  expect(document.body.textContent).not.toContain(token)

  const [post] = posts()
  expect(post).toMatchObject({ url: '/api/card/venue/uses', method: 'POST', data: { token } })
  expect(post?.header['Idempotency-Key']).toBeTruthy()
  answerUse(answer(200, admitted()))
  expect(await screen.findByText('已联网登记这次使用。')).toBeTruthy()
  expect(result().textContent).toContain('可入场 · 免费')
  expect(venueUsesStore.get()).toEqual([expect.objectContaining({ state: 'recorded', nonce: 'nonce-0000001', token: null, idempotencyKey: null })])

  // The same code shown again is refused by the phone itself: it has let her in on it.
  scan(token)
  expect(result().textContent).toContain('不能使用此码')
  expect(result().textContent).toContain('此码已在本场所使用过')
  expect(posts()).toHaveLength(1)
})

test('a forged or altered code is refused without asking the portal; an expired one asks to refresh', async () => {
  serve(() => answer(200, { admitted: false, reason: 'expired', holderMaskedName: '张*红' }))
  await openPage()

  // Signed by someone else's key under the portal's key id.
  scan(signed({}, otherSecret))
  expect(result().textContent).toContain('不能使用此码')
  expect(result().textContent).toContain('码被改动过，或不是本系统签发的，不能使用。')
  expect(result().className).toContain('venue-result--refused')

  // A genuine code with its categories changed after signing.
  const [prefix, kid, , signature] = signed({ b: [] }).split('.')
  const altered = [prefix, kid, signed().split('.')[2], signature].join('.')
  scan(altered)
  expect(result().textContent).toContain('码被改动过')
  scan('https://example.com/not-a-card')
  expect(result().textContent).toContain('这不是电子社保卡码。')
  expect(posts()).toHaveLength(0)

  // Two minutes old: refused offline; the portal, on its own clock, says the same.
  scan(signed({ i: now - 130, e: now - 70, n: 'nonce-0000002' }))
  expect(result().textContent).toContain('码已过期。请持卡人刷新电子社保卡，再出示新码。')
  await waitFor(() => expect(result().textContent).not.toContain('正在联网登记'))
  expect(posts()).toHaveLength(1)
  expect(venueUsesStore.get()).toBeNull()
})

test('a code the portal says was already used here is refused, and the online verdict counts over the offline one', async () => {
  serve(() => answer(200, { admitted: false, reason: 'already_used', holderMaskedName: '张*红' }))
  await openPage()
  scan(signed())
  expect(await screen.findByText('联网核验的结果和离线核验不同，以联网核验为准。')).toBeTruthy()
  expect(result().textContent).toContain('不能使用此码')
  expect(result().textContent).toContain('此码已在本场所使用过。请持卡人刷新后出示新码。')
  expect(result().textContent).toContain('持卡人：张*红（鹿城区）')
  // Refused, it was no use: nothing waits, nothing is remembered.
  expect(venueUsesStore.get()).toBeNull()
  expect(screen.queryByText(/待上传/)).toBeNull()
})

test('a stopped card is refused online; a holder from another county pays full price, said plainly', async () => {
  serve((body) =>
    JSON.stringify(body).includes(signed().split('.')[2] ?? '-')
      ? answer(200, { admitted: false, reason: 'card_stopped', holderMaskedName: '张*红' })
      : answer(200, { admitted: false, reason: 'not_open', holderMaskedName: '李*' }),
  )
  await openPage()
  scan(signed())
  expect(await screen.findByText(/卡已停用（挂失或注销）/)).toBeTruthy()

  scan(signed({ m: '李*', r: '330304', b: ['senior60'], n: 'nonce-0000003' }))
  expect(result().textContent).toContain('无优惠 · 按全价')
  expect(result().textContent).toContain('本场所的优惠只对鹿城区的持卡人，外区持卡人按全价。')
  expect(result().textContent).toContain('持卡人：李*（瓯海区）')
  expect(result().className).toContain('venue-result--full')
})

test('with no network the use admitted offline waits on the phone, and is sent again with the same key — by "upload again", and when the network is back', async () => {
  serve(() => noAnswer())
  await openPage()
  const token = signed()
  scan(token)
  expect(await screen.findByText('离线核验通过，使用记录待上传。')).toBeTruthy()
  expect(result().textContent).toContain('可入场 · 免费')
  expect(screen.getByText('本机有 1 条使用记录待上传。联网后会自动上传，也可以点“重新上传”。')).toBeTruthy()
  const firstKey = posts()[0]?.header['Idempotency-Key']
  expect(venueUsesStore.get()).toEqual([expect.objectContaining({ state: 'pending', token, idempotencyKey: firstKey })])

  // Still offline: it stays.
  fireEvent.click(screen.getByRole('button', { name: '重新上传' }))
  expect(await screen.findByText('还是连不上网，记录留在本机，联网后会自动上传。')).toBeTruthy()

  // The network comes back: it goes up by itself, under the key it was admitted with.
  serve(() => answer(200, admitted()))
  window.dispatchEvent(new Event('offline'))
  window.dispatchEvent(new Event('online'))
  expect(await screen.findByText('已上传 1 条使用记录。')).toBeTruthy()
  expect(posts().map((post) => post.header['Idempotency-Key'])).toEqual([firstKey, firstKey, firstKey])
  expect(screen.queryByRole('button', { name: '重新上传' })).toBeNull()
  expect(venueUsesStore.get()).toEqual([expect.objectContaining({ state: 'recorded', token: null })])
})

test('uses that waited are uploaded by themselves when the page opens again; one the portal refuses is reported', async () => {
  const waiting = (nonce: string, key: string, name: string) => ({
    userId: gate.id,
    nonce,
    expiresAt: now - 3000,
    checkedAt: '2026-12-05T01:00:00.000Z',
    maskedName: name,
    state: 'pending' as const,
    token: signed({ n: nonce, m: name }),
    idempotencyKey: key,
  })
  // Another account's use on the same phone is not this account's to send.
  venueUsesStore.set([waiting('nonce-0000011', 'key-11', '张*红'), waiting('nonce-0000012', 'key-12', '王*'), { ...waiting('nonce-0000013', 'key-13', '赵*'), userId: 'u-other-gate' }])
  serve((_body, key) => (key === 'key-11' ? answer(200, admitted()) : answer(200, { admitted: false, reason: 'card_stopped', holderMaskedName: '王*' })))
  await openPage()
  expect(await screen.findByText('已上传 1 条使用记录。')).toBeTruthy()
  expect(screen.getByText('有 1 条记录门户没有登记：')).toBeTruthy()
  expect(screen.getByText('王*：卡已停用（挂失或注销），不能享受持卡优惠。')).toBeTruthy()
  expect(posts().map((post) => post.header['Idempotency-Key'])).toEqual(['key-11', 'key-12'])
  expect(venueUsesStore.get()?.map((use) => [use.nonce, use.state])).toEqual([
    ['nonce-0000011', 'recorded'],
    ['nonce-0000013', 'pending'],
  ])
})

test('offline at the gate, the data kept from before is used and said to be; a development key is labelled', async () => {
  venueSnapshotStore.set({ userId: gate.id, venue, fetchedAt: '2026-12-04T23:30:00.000Z' })
  keysSnapshotStore.set({ keys: { ...keys, keys: [{ ...keys.keys[0]!, kid: 'development' }], development: true }, fetchedAt: '2026-12-04T23:00:00.000Z' })
  serve(() => noAnswer(), { venue: noAnswer(), keys: noAnswer() })
  await openPage()
  expect(await screen.findByText('现在连不上网，用本机保存的数据核验（2026年12月5日 07:00更新）。')).toBeTruthy()
  expect(screen.getByText('开发环境密钥')).toBeTruthy()
  scan(signed({ b: ['senior60'] }, secretKey, 'development'))
  expect(result().textContent).toContain('可入场 · 半价')
  expect(result().textContent).toContain('年满 60 周岁、未满 70 周岁')
})

test('with no data on the phone and no network, the page says to connect once; an account that is no venue is told so and keeps nothing', async () => {
  serve(() => noAnswer(), { venue: noAnswer(), keys: noAnswer() })
  sessionStore.set({ token: 'token-gate', me: gate })
  const { unmount } = render(<VenueCheckPage />)
  expect(await screen.findByText(/本机还没有核验数据/)).toBeTruthy()
  expect(screen.queryByRole('textbox')).toBeNull()
  unmount()

  venueSnapshotStore.set({ userId: gate.id, venue, fetchedAt: '2026-12-04T23:30:00.000Z' })
  serve(() => noAnswer(), { venue: answer(403, problem('forbidden', 403)) })
  render(<VenueCheckPage />)
  expect(await screen.findByRole('alert')).toBeTruthy()
  expect(venueSnapshotStore.get()).toBeNull()
  expect(screen.queryByRole('textbox')).toBeNull()
})

test('another account’s kept venue is not used, and logged out the page asks for the venue’s login', async () => {
  venueSnapshotStore.set({ userId: 'u-other-gate', venue: { ...venue, name: '瓯海公园' }, fetchedAt: '2026-12-04T23:30:00.000Z' })
  keysSnapshotStore.set({ keys, fetchedAt: '2026-12-04T23:00:00.000Z' })
  serve(() => noAnswer(), { venue: noAnswer() })
  sessionStore.set({ token: 'token-gate', me: gate })
  const { unmount } = render(<VenueCheckPage />)
  expect(await screen.findByText(/本机还没有核验数据/)).toBeTruthy()
  expect(screen.queryByText(/瓯海公园/)).toBeNull()
  unmount()

  sessionStore.set(null)
  render(<VenueCheckPage />)
  expect(screen.getByText('请先用场所的验码账号登录，再核验电子社保卡码。')).toBeTruthy()
})

test('in English and care mode the result reads large and plain; an empty check asks for a code', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  serve(() => answer(200, admitted({ payPercent: 50, because: 'senior60' })))
  sessionStore.set({ token: 'token-gate', me: gate })
  const { container } = render(<VenueCheckPage />)
  await screen.findByText('鹿城公交 12 路 (Lucheng District)')
  expect(container.querySelector('.page--care')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: 'Check' }))
  expect(screen.getByText('Scan or paste an e-card code first.')).toBeTruthy()

  const input = screen.getByRole('textbox', { name: 'E-card code' })
  fireEvent.change(input, { target: { value: `  ${signed({ b: ['senior60'] })}\n` } })
  fireEvent.click(screen.getByRole('button', { name: 'Check' }))
  const panel = screen.getByRole('status', { name: 'Result of the check' })
  expect(panel.textContent).toContain('Admit · Half price')
  expect(panel.textContent).toContain('Aged 60 to 69')
  expect(panel.textContent).toContain('Holder: 张*红 (Lucheng District)')
  expect(await screen.findByText('This use is recorded online.')).toBeTruthy()
})
