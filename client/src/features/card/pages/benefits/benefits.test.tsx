import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { countyBenefits, entitlementOf, type BenefitCategory } from '@renshe/shared/card/benefits'
import type { CardStatus, MyBenefits } from '@renshe/shared/card/schemas'
import { pages } from '@renshe/shared/platform/pages'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import MyBenefitsPage from './index'

const request = vi.mocked(Taro.request)

/** Longwan's bus and Dongtou's scenic spot are open to the whole city; Lucheng's museum too. */
const openToCity = new Set(['330303:bus', '330305:scenic', '330302:museum'])

/** What the portal answers for a holder: every benefit of the city's table, with what the shared rule gives her there. */
function benefitsOf(homeRegionCode: string, categories: BenefitCategory[], age: number, cardStatus: CardStatus | null = 'normal'): MyBenefits {
  return {
    homeRegionCode,
    categories,
    age,
    cardStatus,
    benefits: countyBenefits.map((benefit) => {
      const open = openToCity.has(`${benefit.regionCode}:${benefit.kind}`)
      return { ...benefit, openToCity: open, entitlement: entitlementOf(benefit, { categories, homeRegionCode }, open) }
    }),
  }
}

/** A 72-year-old of Lucheng. */
const elder = benefitsOf('330302', ['senior70'], 72)
/** A 40-year-old of Ouhai, in no category. */
const worker = benefitsOf('330304', [], 40)

const county = (name: string) => within(screen.getByRole('heading', { name, level: 3 }).parentElement?.parentElement as HTMLElement)
const items = (name: string) => county(name).getAllByRole('listitem').map((item) => item.textContent)

async function openPage(mine: MyBenefits) {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(200, mine))
  const rendered = render(<MyBenefitsPage />)
  await screen.findByRole('heading', { name: '各区县的待遇' })
  return rendered
}

test('a 70-year-old of Lucheng sees why she counts, her county first, and county by county what she pays and why, or why not', async () => {
  await openPage(elder)
  expect(sent(request, 0)).toMatchObject({ url: '/api/card/me/benefits', method: 'GET' })
  expect(sent(request, 0).header['X-Acting-For']).toBeUndefined()
  expect(screen.getByRole('heading', { name: '我的持卡待遇', level: 1 })).toBeTruthy()
  expect(screen.getByText('您的社保卡在温州市各区县能享受的优待，以及为什么。')).toBeTruthy()
  expect(screen.getByText('年满 70 周岁')).toBeTruthy()
  expect(screen.getByText('所属区县：鹿城区')).toBeTruthy()

  // Her own county first, the others in the order of their codes.
  expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['鹿城区', '龙湾区', '瓯海区', '洞头区'])
  expect(county('鹿城区').getByText('所属区县')).toBeTruthy()
  expect(county('龙湾区').queryByText('所属区县')).toBeNull()
  expect(items('鹿城区')).toEqual(['公交乘车免费依据：年满 70 周岁', '博物馆参观同城同待遇免费依据：年满 70 周岁'])
  expect(items('龙湾区')).toEqual(['公交乘车同城同待遇免费依据：年满 70 周岁'])
  // Ouhai keeps its benefits for its own holders.
  expect(items('瓯海区')).toEqual(['公园游览仅限本区持卡人', '公交乘车仅限本区持卡人'])
  expect(items('洞头区')).toEqual(['景区游览同城同待遇免费依据：年满 70 周岁'])

  fireEvent.click(screen.getByRole('link', { name: '出示电子社保卡' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pages.myEcard })
})

test('a 40-year-old of Ouhai in no category pays the card fare at home, and is told where no discount applies to her', async () => {
  await openPage(worker)
  expect(screen.getByText('没有年龄、残疾等优待身份，按一般持卡人的待遇。')).toBeTruthy()
  expect(screen.getByText('所属区县：瓯海区')).toBeTruthy()
  expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['瓯海区', '鹿城区', '龙湾区', '洞头区'])
  expect(items('瓯海区')).toEqual(['公园游览无适用优惠，按全价', '公交乘车付全价的 95%依据：持卡优惠'])
  expect(items('鹿城区')).toEqual(['公交乘车仅限本区持卡人', '博物馆参观同城同待遇无适用优惠，按全价'])
  expect(items('龙湾区')).toEqual(['公交乘车同城同待遇付全价的 90%依据：持卡优惠'])
})

test('half price and the reason for it read as the county rule says them', async () => {
  await openPage(benefitsOf('330304', ['senior60'], 63))
  expect(screen.getByText('年满 60 周岁、未满 70 周岁')).toBeTruthy()
  expect(items('瓯海区')).toEqual(['公园游览半价依据：年满 60 周岁、未满 70 周岁', '公交乘车半价依据：年满 60 周岁、未满 70 周岁'])
})

test('grid staff acting under a card grant read whose benefits these are, asked under the grant, with no way to her e-card', async () => {
  sessionStore.set({ token: 'token-chen', me: { ...citizen, id: 'u-chen', roles: ['grid_staff'] } })
  actingForStore.set({ grantId: 'grant-5', maskedName: '张*红', idNumberHint: '3303…1234', scopes: ['card.assist'], expiresAt: '2030-01-01T00:00:00.000Z' })
  request.mockResolvedValueOnce(answer(200, elder))
  render(<MyBenefitsPage />)
  expect(await screen.findByText('这是张*红的社保卡在温州市各区县能享受的优待，以及为什么。')).toBeTruthy()
  expect(sent(request, 0).header['X-Acting-For']).toBe('grant-5')
  expect(items('鹿城区')).toEqual(['公交乘车免费依据：年满 70 周岁', '博物馆参观同城同待遇免费依据：年满 70 周岁'])
  expect(screen.queryByRole('link', { name: '出示电子社保卡' })).toBeNull()
})

test('grid staff under a grant without the card scope are told so, and never see her benefits', async () => {
  sessionStore.set({ token: 'token-chen', me: { ...citizen, id: 'u-chen', roles: ['grid_staff'] } })
  actingForStore.set({ grantId: 'grant-7', maskedName: '王**', idNumberHint: '3303…', scopes: ['jobs.assist'], expiresAt: '2030-01-01T00:00:00.000Z' })
  request.mockResolvedValue(answer(200, elder))
  render(<MyBenefitsPage />)
  expect(screen.getByText('王**给您的授权不包含此事项，不能代为查看或办理。')).toBeTruthy()
  await waitFor(() => expect(request).toHaveBeenCalledTimes(1))
  expect(screen.queryByText('年满 70 周岁')).toBeNull()
  expect(screen.queryByRole('heading', { name: '鹿城区' })).toBeNull()
})

test('a stopped card is said with its status and the way to the card; with no card she reads that these come with one', async () => {
  const { unmount } = await openPage(benefitsOf('330302', ['senior70'], 72, 'temporarily_lost'))
  expect(screen.getByText('这张卡已停用（临时挂失中），恢复使用前不能凭卡享受这些待遇。')).toBeTruthy()
  expect(screen.queryByRole('link', { name: '出示电子社保卡' })).toBeNull()
  fireEvent.click(screen.getByRole('link', { name: '查看社保卡' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pages.myCard })
  unmount()

  await openPage(benefitsOf('330302', ['senior70'], 72, null))
  expect(screen.getByText('还没有社保卡。下面是领到卡后可以享受的待遇。')).toBeTruthy()
  expect(screen.queryByRole('link', { name: '出示电子社保卡' })).toBeNull()
  expect(items('鹿城区')).toHaveLength(2)
})

test('in English and care mode the benefits, the counties and the reasons speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(200, elder))
  render(<MyBenefitsPage />)
  expect(await screen.findByRole('heading', { name: 'Benefits by county' })).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByRole('heading', { name: 'My card benefits', level: 1 })).toBeTruthy()
  expect(screen.getByText('What your card gives you in each county of Wenzhou, and why.')).toBeTruthy()
  expect(screen.getByText('Aged 70 or over')).toBeTruthy()
  expect(screen.getByText('Home county: Lucheng District')).toBeTruthy()
  expect(items('Lucheng District')).toEqual(['Bus ridesFreeBecause: Aged 70 or over', 'MuseumsOpen to the whole cityFreeBecause: Aged 70 or over'])
  expect(items('Ouhai District')).toEqual(['ParksOnly for this county’s holders', 'Bus ridesOnly for this county’s holders'])
  expect(screen.getByRole('link', { name: 'Show my e-card' })).toBeTruthy()
})

test('logged out, the page asks for a login that leads back to the benefits', () => {
  render(<MyBenefitsPage />)
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${pages.login}?next=${encodeURIComponent(pages.myCardBenefits)}` })
  expect(request).not.toHaveBeenCalled()
})

test('benefits that will not load offer a retry', async () => {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(500, problem('internal', 500)))
  render(<MyBenefitsPage />)
  request.mockResolvedValueOnce(answer(200, elder))
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  expect(await screen.findByText('年满 70 周岁')).toBeTruthy()
})
