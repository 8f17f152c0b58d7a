import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { countyBenefitOf } from '@renshe/shared/card/benefits'
import type { CountyBenefits, OpenedBenefit } from '@renshe/shared/card/schemas'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import CountyBenefitsPage from './index'

const request = vi.mocked(Taro.request)
const officer = { ...citizen, id: 'u-liu', displayName: '刘*', roles: ['officer' as const], regionCode: '330302' }

function opened(kind: 'bus' | 'museum', openToCity: boolean): OpenedBenefit {
  const benefit = countyBenefitOf('330302', kind)
  if (!benefit) throw new Error(`Lucheng has a ${kind} benefit`)
  return { ...benefit, openToCity }
}

/** Lucheng's last 30 days: its buses kept for its own holders, its museums open to the city. */
const lucheng: CountyBenefits = {
  regionCode: '330302',
  from: '2026-11-06',
  to: '2026-12-05',
  benefits: [opened('bus', false), opened('museum', true)],
  usage: [
    { kind: 'bus', because: 'everyone', fromHomeCounty: 900, fromOtherCounties: 0 },
    { kind: 'bus', because: 'senior70', fromHomeCounty: 120, fromOtherCounties: 0 },
    { kind: 'museum', because: 'student', fromHomeCounty: 40, fromOtherCounties: 12 },
    { kind: 'park', because: 'senior60', fromHomeCounty: 3, fromOtherCounties: 1 },
  ],
}

const region = (name: string) => within(screen.getByRole('region', { name }))

async function openPage(value: CountyBenefits = lucheng) {
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, value))
  const rendered = render(<CountyBenefitsPage />)
  await screen.findByText(/的社保卡持卡优惠|The citizen card benefits of/)
  return rendered
}

test('each benefit shows who pays what, whether the city gets it, and its uses by tier from home and other counties', async () => {
  await openPage()
  expect(sent(request, 0)).toMatchObject({ url: '/api/card/county-benefits', method: 'GET' })
  expect(screen.getByText('鹿城区的社保卡持卡优惠。向全市开放（同城同待遇）后，温州市其他区县的持卡人在本区享受和本区持卡人一样的待遇。')).toBeTruthy()
  expect(screen.getByText('2026年11月6日至2026年12月5日，按人次计')).toBeTruthy()
  expect(screen.getByRole('button', { name: '近 30 天' }).getAttribute('aria-pressed')).toBe('true')

  const bus = region('公交乘车')
  expect(bus.getByText('只对本区持卡人')).toBeTruthy()
  expect(bus.getByText('年满 70 周岁：免费')).toBeTruthy()
  expect(bus.getByText('6 至 14 周岁学生：付全价的 80%')).toBeTruthy()
  const busRows = bus.getAllByRole('listitem').filter((item) => item.className.includes('county-usage__row'))
  expect(busRows.map((row) => row.textContent)).toEqual([
    '持卡优惠本区持卡人 900 次外区持卡人 0 次',
    '6 至 14 周岁学生本区持卡人 0 次外区持卡人 0 次',
    '年满 60 周岁、未满 70 周岁本区持卡人 0 次外区持卡人 0 次',
    '年满 70 周岁本区持卡人 120 次外区持卡人 0 次',
    '持残疾人证本区持卡人 0 次外区持卡人 0 次',
    '合计本区持卡人 1020 次外区持卡人 0 次',
  ])
  expect(bus.getByRole('button', { name: '向全市开放（同城同待遇）' })).toBeTruthy()

  const museum = region('博物馆参观')
  expect(museum.getByText('已向全市开放（同城同待遇）')).toBeTruthy()
  expect(museum.getByText('合计')).toBeTruthy()
  expect(museum.getAllByText('外区持卡人 12 次')).toHaveLength(2)
  expect(museum.getByRole('button', { name: '收回，只对本区持卡人' })).toBeTruthy()

  // Uses of a kind the county has no benefit of any more are not lost.
  expect(screen.getByText('公园游览 · 年满 60 周岁、未满 70 周岁')).toBeTruthy()
})

test('opening the buses to the city says first what it means; "not now" sends nothing; "yes" opens it at once', async () => {
  await openPage()
  const bus = () => region('公交乘车')
  fireEvent.click(bus().getByRole('button', { name: '向全市开放（同城同待遇）' }))
  expect(bus().getByText('开放后，温州市其他区县的持卡人在本区的公交乘车也按上面的档次享受优惠，和本区持卡人一样，马上生效。以后可以随时收回。')).toBeTruthy()
  fireEvent.click(bus().getByRole('button', { name: '先不开放' }))
  expect(request).toHaveBeenCalledTimes(1)

  fireEvent.click(bus().getByRole('button', { name: '向全市开放（同城同待遇）' }))
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(bus().getByRole('button', { name: '确认向全市开放' }))
  const retry = await bus().findByRole('button', { name: '重试' })
  request.mockResolvedValueOnce(answer(200, opened('bus', true)))
  fireEvent.click(retry)
  expect(await bus().findByText('公交乘车已向全市开放。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/card/county-benefits/opening', method: 'POST', data: { kind: 'bus', openToCity: true } })
  // The lost answer's retry is the same act: one key.
  expect(sent(request, 2).header['Idempotency-Key']).toBe(sent(request, 1).header['Idempotency-Key'])
  expect(bus().getByText('已向全市开放（同城同待遇）')).toBeTruthy()
  expect(bus().queryByText('只对本区持卡人')).toBeNull()
  expect(document.activeElement?.id).toBe('county-bus-done')

  // Taking it back is a new act, said first too.
  fireEvent.click(bus().getByRole('button', { name: '收回，只对本区持卡人' }))
  expect(bus().getByText(/收回后，其他区县的持卡人在本区的公交乘车不再享受优惠，按全价/)).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, opened('bus', false)))
  fireEvent.click(bus().getByRole('button', { name: '确认收回' }))
  expect(await bus().findByText('公交乘车已收回，只对本区持卡人。')).toBeTruthy()
  expect(sent(request, 3).data).toEqual({ kind: 'bus', openToCity: false })
  expect(sent(request, 3).header['Idempotency-Key']).not.toBe(sent(request, 1).header['Idempotency-Key'])
})

test('the period is the last 7 or 90 days counted to the portal’s today, or dates typed, checked before asking', async () => {
  await openPage()
  request.mockResolvedValueOnce(answer(200, { ...lucheng, from: '2026-11-29', usage: [] }))
  fireEvent.click(screen.getByRole('button', { name: '近 7 天' }))
  expect(await screen.findByText('2026年11月29日至2026年12月5日，按人次计')).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/card/county-benefits?from=2026-11-29&to=2026-12-05')
  expect(screen.getAllByText('这段时间没有使用记录。')).toHaveLength(2)

  request.mockResolvedValueOnce(answer(200, { ...lucheng, from: '2026-09-07' }))
  fireEvent.click(screen.getByRole('button', { name: '近 90 天' }))
  expect(await screen.findByText('2026年9月7日至2026年12月5日，按人次计')).toBeTruthy()
  expect(sent(request, 2).url).toBe('/api/card/county-benefits?from=2026-09-07&to=2026-12-05')

  fireEvent.click(screen.getByRole('button', { name: '自选日期' }))
  const from = screen.getByRole('textbox', { name: '开始日期' })
  const to = screen.getByRole('textbox', { name: '结束日期' })
  expect(from).toHaveProperty('value', '2026-09-07')
  fireEvent.change(from, { target: { value: '2026-13-01' } })
  fireEvent.click(screen.getByRole('button', { name: '查看' }))
  expect(screen.getByText('请按 2026-12-01 的样子填写日期')).toBeTruthy()
  fireEvent.change(from, { target: { value: '２０２６/12/10' } })
  fireEvent.change(to, { target: { value: '2026-12-01' } })
  fireEvent.click(screen.getByRole('button', { name: '查看' }))
  expect(screen.getByText('开始日期不能晚于结束日期')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(3)

  request.mockResolvedValueOnce(answer(200, { ...lucheng, from: '2026-10-01', to: '2026-10-31' }))
  fireEvent.change(from, { target: { value: '2026年10月1日' } })
  fireEvent.change(to, { target: { value: '2026-10-31' } })
  fireEvent.click(screen.getByRole('button', { name: '查看' }))
  expect(await screen.findByText('2026年10月1日至2026年10月31日，按人次计')).toBeTruthy()
  expect(sent(request, 3).url).toBe('/api/card/county-benefits?from=2026-10-01&to=2026-10-31')

  // Back to the default: the portal's own last 30 days.
  request.mockResolvedValueOnce(answer(200, lucheng))
  fireEvent.click(screen.getByRole('button', { name: '近 30 天' }))
  expect(await screen.findByText('2026年11月6日至2026年12月5日，按人次计')).toBeTruthy()
  expect(sent(request, 4).url).toBe('/api/card/county-benefits')
})

test('a county with no benefit says so, and offers nothing to open', async () => {
  sessionStore.set({ token: 'token-wu', me: { ...officer, regionCode: '330324' } })
  request.mockResolvedValueOnce(answer(200, { regionCode: '330324', from: '2026-11-06', to: '2026-12-05', benefits: [], usage: [] }))
  render(<CountyBenefitsPage />)
  expect(await screen.findByText('永嘉县还没有持卡优惠。各区县的优惠档次由市里统一公布，有了以后会在这里显示。')).toBeTruthy()
  expect(screen.queryByRole('button', { name: /向全市开放/ })).toBeNull()
  expect(screen.queryByRole('group', { name: '统计时段' })).toBeNull()
})

test('a citizen is refused by the portal, said plainly; logged out the page asks for an officer’s login', async () => {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(403, problem('forbidden', 403)))
  const { unmount } = render(<CountyBenefitsPage />)
  expect(await screen.findByRole('alert')).toBeTruthy()
  unmount()

  sessionStore.set(null)
  render(<CountyBenefitsPage />)
  expect(screen.getByText('请先用经办人员账号登录，再查看本区的持卡待遇。')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
})

test('in English and care mode the benefits and their use read in English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  const { container } = await openPage()
  expect(container.querySelector('.page--care')).toBeTruthy()
  expect(screen.getByText('6 Nov 2026 to 5 Dec 2026, in uses')).toBeTruthy()
  const bus = region('Bus rides')
  expect(bus.getByText('For the county’s own holders only')).toBeTruthy()
  expect(bus.getByText('Aged 70 or over: Free')).toBeTruthy()
  expect(bus.getAllByText('This county’s holders: 120')).toHaveLength(1)
  fireEvent.click(bus.getByRole('button', { name: 'Open to the whole city (same city, same treatment)' }))
  expect(bus.getByText(/holders from the other counties of Wenzhou get the tiers above for Bus rides here/)).toBeTruthy()
})
