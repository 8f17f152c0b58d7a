import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { Voucher } from '@renshe/shared/training/schemas'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { claimedVoucher, electricians, pushedVoucher } from '../../test-fixtures'
import MyTrainingPage from './index'

const request = vi.mocked(Taro.request)

function openPage(vouchers: Voucher[], claimable = [electricians]) {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(200, { vouchers, claimable }))
  render(<MyTrainingPage />)
}

const card = (name: string) => screen.getByRole('heading', { name }).parentElement as HTMLElement

test('a voucher pushed to her says what it is, how it pays and what it covers, and is accepted with one tap, no form', async () => {
  openPage([pushedVoucher], [])
  expect(await screen.findByRole('heading', { name: '2027年养老护理员培训券' })).toBeTruthy()
  const voucher = within(card('2027年养老护理员培训券'))
  expect(voucher.getByText('待您确认领取')).toBeTruthy()
  expect(voucher.getByText('基础培训：从入门学起，适合第一次学这门手艺的人。')).toBeTruthy()
  expect(voucher.getByText('面值券：报名时不用自己付培训费，考核合格后由政府直接付给培训机构。')).toBeTruthy()
  expect(voucher.getByText('养老护理员（4-10-01-05） · 五级（初级工） · 补贴 ¥1,500.00')).toBeTruthy()
  expect(voucher.getByText('有效期：2027年1月1日 至 2027年12月31日')).toBeTruthy()
  expect(screen.queryByRole('textbox')).toBeNull()
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/me', method: 'GET' })

  request.mockResolvedValueOnce(answer(200, { ...pushedVoucher, status: 'claimed', claimedAt: '2026-11-29T03:00:00.000Z' }))
  fireEvent.click(screen.getByRole('button', { name: '确认领取' }))
  expect(await screen.findByText('已领取，培训券可以使用了。')).toBeTruthy()
  expect(screen.getByText('已领取，可以报名培训')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '确认领取' })).toBeNull()
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/vouchers/v-1/accept', method: 'POST' })
})

test('she claims a voucher of a general programme while some are left, with an Idempotency-Key, and finds it among hers', async () => {
  openPage([])
  const programme = within(await screen.findByRole('heading', { name: '电工技能提升培训券' }).then((heading) => heading.parentElement as HTMLElement))
  expect(programme.getByText('还剩 12 张')).toBeTruthy()
  expect(programme.getByText('抵扣券：先自己交培训费，考核合格后申请补贴，补贴打到您的账户。')).toBeTruthy()
  expect(programme.getByText('电工（6-31-01-03） · 三级（高级工） · 补贴 ¥2,500.50')).toBeTruthy()

  const claimed: Voucher = { ...pushedVoucher, id: 'v-2', programmeId: 'p-2', programmeName: electricians.name, kind: 'upgrade', payment: 'offset', reach: 'general', covered: electricians.covered, status: 'claimed', claimedAt: '2026-11-29T03:00:00.000Z' }
  request.mockResolvedValueOnce(answer(201, claimed)).mockResolvedValueOnce(answer(200, { vouchers: [claimed], claimable: [] }))
  fireEvent.click(programme.getByRole('button', { name: '领取培训券' }))

  expect(await screen.findByText('已领取“电工技能提升培训券”，在上面的“我的培训券”里。')).toBeTruthy()
  expect(await screen.findByText('已领取，可以报名培训')).toBeTruthy()
  expect(screen.getByText('现在没有可以领取的培训券。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/programmes/p-2/claim', method: 'POST' })
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
})

test('a claim that got no answer is sent again as the same claim: one key for both tries', async () => {
  openPage([])
  const claim = await screen.findByRole('button', { name: '领取培训券' })
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(claim)
  expect(await screen.findByRole('button', { name: '重试' })).toBeTruthy()
  request.mockResolvedValueOnce(answer(201, { ...pushedVoucher, status: 'claimed' })).mockResolvedValueOnce(answer(200, { vouchers: [], claimable: [] }))
  fireEvent.click(screen.getByRole('button', { name: '重试' }))
  expect(await screen.findByText(/已领取“2027年养老护理员培训券”/)).toBeTruthy()
  expect(sent(request, 2).header['Idempotency-Key']).toBe(sent(request, 1).header['Idempotency-Key'])
})

test('a claim refused because none are left says so in her language, and the rest of the page stays as it was', async () => {
  openPage([pushedVoucher])
  await screen.findByRole('heading', { name: '电工技能提升培训券' })
  // The answer's own text is in whatever language; the key decides what she reads.
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key: 'training.noneLeft', message: 'x' }] })))
  fireEvent.click(screen.getByRole('button', { name: '领取培训券' }))
  expect(await screen.findByText('本批培训券已领完')).toBeTruthy()
  // No button to tap again for nothing, and her own voucher is still there to accept.
  expect(screen.queryByRole('button', { name: '领取培训券' })).toBeNull()
  expect(screen.getByRole('heading', { name: '电工技能提升培训券' })).toBeTruthy()
  expect(screen.getByRole('button', { name: '确认领取' })).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(2)
})

test('an acceptance refused because the voucher expired says so, and offers no button', async () => {
  openPage([pushedVoucher], [])
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key: 'training.expired', message: 'x' }] })))
  fireEvent.click(await screen.findByRole('button', { name: '确认领取' }))
  expect(await screen.findByText('培训券已过期')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '确认领取' })).toBeNull()
  expect(screen.getByRole('heading', { name: '2027年养老护理员培训券' })).toBeTruthy()
})

test('with nothing yet, the page says what vouchers are and that they are sent to those who qualify', async () => {
  openPage([], [])
  expect(await screen.findByText(/您现在还没有培训券。培训券是政府发放的职业培训补贴凭证/)).toBeTruthy()
  expect(screen.getByText(/符合条件的人会自动收到培训券/)).toBeTruthy()
})

test('in English and care mode, the voucher, its refusal and the empty state speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage([pushedVoucher])
  expect(await screen.findByText('Waiting for you to accept')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByText('Face value: you pay nothing when you enrol; once you pass, the government pays the training institution.')).toBeTruthy()
  expect(screen.getByText('养老护理员 (4-10-01-05) · Level 5 (junior) · subsidy ¥1,500.00')).toBeTruthy()
  expect(screen.getByText('Valid from 1 Jan 2027 to 31 Dec 2027')).toBeTruthy()
  expect(screen.getByText('12 left')).toBeTruthy()
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key: 'training.notEligible', message: '您不符合本批培训券的申领条件' }] })))
  fireEvent.click(screen.getByRole('button', { name: 'Claim a voucher' }))
  expect(await screen.findByText('You do not meet the conditions of this programme')).toBeTruthy()
})

test('in English with nothing yet, the empty state explains vouchers', async () => {
  localeStore.set('en')
  openPage([], [])
  expect(await screen.findByText(/You have no training vouchers yet\. A voucher is a government subsidy for vocational training/)).toBeTruthy()
})

test('logged out, the page asks for a login and leads back here', () => {
  render(<MyTrainingPage />)
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?next=${encodeURIComponent('/features/training/pages/mine/index')}` })
  expect(request).not.toHaveBeenCalled()
})

test('each voucher says where it can be spent, and one that is hers leads to the courses it can be spent on', async () => {
  openPage([claimedVoucher], [])
  const voucher = within(await screen.findByRole('heading', { name: '2027年养老护理员培训券' }).then((heading) => heading.parentElement as HTMLElement))
  expect(voucher.getByText('可以使用的培训机构')).toBeTruthy()
  expect(voucher.getByText('温州鹿城职业技能培训学校')).toBeTruthy()
  fireEvent.click(voucher.getByRole('button', { name: '为这张券找课程' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/courses/index?voucherId=v-1' })
})

test('a voucher waiting for her tap, or one with no institution yet, offers no course to find', async () => {
  openPage([pushedVoucher, { ...claimedVoucher, id: 'v-3', programmeName: '家政服务员培训券', institutions: [] }], [])
  const waiting = within(await screen.findByRole('heading', { name: '2027年养老护理员培训券' }).then((heading) => heading.parentElement as HTMLElement))
  expect(waiting.queryByRole('button', { name: '为这张券找课程' })).toBeNull()
  const nowhere = within(screen.getByRole('heading', { name: '家政服务员培训券' }).parentElement as HTMLElement)
  expect(nowhere.getByText('尚未指定')).toBeTruthy()
  expect(nowhere.queryByRole('button', { name: '为这张券找课程' })).toBeNull()
})

test('a programme not valid yet says from when its voucher can be used, before she claims it', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-29T02:00:00.000Z'))
  try {
    openPage([])
    const programme = within(await screen.findByRole('heading', { name: '电工技能提升培训券' }).then((heading) => heading.parentElement as HTMLElement))
    expect(programme.getByText('2026年12月1日起才能使用')).toBeTruthy()
    vi.setSystemTime(new Date('2026-12-01T02:00:00.000Z'))
    cleanup()
    openPage([])
    await screen.findByRole('heading', { name: '电工技能提升培训券' })
    expect(screen.queryByText(/起才能使用/)).toBeNull()
  } finally {
    vi.useRealTimers()
  }
})

test('an acceptance refused because the voucher was withdrawn says so in her language, and offers no button', async () => {
  localeStore.set('en')
  openPage([pushedVoucher], [])
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key: 'training.withdrawn', message: '这张培训券已被收回' }] })))
  fireEvent.click(await screen.findByRole('button', { name: 'Accept' }))
  expect(await screen.findByText('This voucher was withdrawn and can no longer be used')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull()
})
