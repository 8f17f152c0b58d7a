import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { CardApplication, Outlet, OutletList } from '@renshe/shared/card/applications'
import type { MyCard } from '@renshe/shared/card/schemas'
import { pageLink, pages } from '@renshe/shared/platform/pages'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import CardApplyPage from './index'
import { luchengOutlet, workingCard } from '../../test-fixtures'

const request = vi.mocked(Taro.request)
const getLocation = vi.fn()
Object.assign(Taro, { getLocation })

const working = workingCard

const lucheng = luchengOutlet

const ouhai: Outlet = {
  ...lucheng,
  id: 'outlet-oh',
  name: '瓯海区娄桥社区服务点',
  kind: 'community',
  regionCode: '330304',
  address: '瓯海区娄桥街道古岸头路 8 号',
  services: ['collect'],
  hours: '周一至周六 8:30–16:30',
}

/** Her county's first: what the list says without her location. */
const countyFirst: OutletList = { items: [lucheng, ouhai], byDistance: false }
/** From where she stands, the community counter is the nearer. */
const nearestFirst: OutletList = { items: [{ ...ouhai, distanceKm: 0.35 }, { ...lucheng, distanceKm: 2.46 }], byDistance: true }

function application(kind: CardApplication['kind'], outlet: Outlet): CardApplication {
  return {
    id: 'app-1',
    kind,
    reason: kind === 'replacement' ? 'lost' : null,
    status: 'applied',
    outlet: { id: outlet.id, name: outlet.name, address: outlet.address, hours: outlet.hours, bankName: outlet.bankName },
    steps: [{ status: 'applied', at: '2026-12-05T02:00:00.000Z' }],
    newCardNumberMasked: null,
    collectBy: null,
  }
}

const button = (name: string | RegExp) => screen.getByRole('button', { name })
const outletChoice = (name: RegExp) => screen.getByRole('radio', { name })

/** Her card (or none), no application yet, and the outlets her county's first. */
async function openPage(card: MyCard | null, outlets: OutletList = countyFirst) {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request
    .mockResolvedValueOnce(answer(200, { card }))
    .mockResolvedValueOnce(answer(200, { application: null }))
    .mockResolvedValueOnce(answer(200, outlets))
  const rendered = render(<CardApplyPage />)
  await screen.findByText(/^第 1 步，共 [23] 步$/)
  await waitFor(() => expect(request).toHaveBeenCalledTimes(3))
  expect(sent(request, 0)).toMatchObject({ url: '/api/card/me', method: 'GET' })
  expect(sent(request, 1)).toMatchObject({ url: '/api/card/me/application', method: 'GET' })
  expect(sent(request, 2)).toMatchObject({ url: '/api/card/outlets?service=collect', method: 'GET' })
  // A first card starts at the outlets: they are there to choose from.
  if (!card) await screen.findAllByRole('radio')
  return rendered
}

/** A replacement for a lost card, to collect at Lucheng: at the check, not yet sent. */
async function replacementAtCheck() {
  await openPage(working)
  fireEvent.click(button('丢失补卡'))
  fireEvent.click(button('下一步'))
  fireEvent.click(await screen.findByRole('radio', { name: /温州银行鹿城支行/ }))
  fireEvent.click(button('下一步'))
  await screen.findByText('第 3 步，共 3 步')
}

test('a replacement: why, then where — nearest first once she gives her location — then a check, and sent it opens the progress', async () => {
  await openPage(working)
  expect(screen.getByText('为社保卡 A****5678 申请一张新卡。选好原因和领卡网点，提交申请。银行制好新卡后送到这个网点，再带本人身份证去领。')).toBeTruthy()
  // What applying does to the old card is said before anything is chosen.
  expect(screen.getByRole('heading', { name: '提交申请后，旧卡马上停用' })).toBeTruthy()
  expect(screen.getByText('正在临时挂失的卡，申请补换后挂失不能再撤销，卡一直停用，不会自动恢复。')).toBeTruthy()

  fireEvent.click(button('下一步'))
  const summary = await screen.findByRole('alert', { name: '请修改以下问题' })
  expect(within(summary).getByText('请选择补换卡的原因')).toBeTruthy()
  expect(screen.getByText('第 1 步，共 3 步')).toBeTruthy()

  const reasons = within(screen.getByRole('group', { name: '为什么补换卡' }))
  expect(reasons.getAllByRole('button').map((chip) => chip.textContent)).toEqual(['到期换卡', '损坏换卡', '信息变更', '丢失补卡'])
  fireEvent.click(reasons.getByRole('button', { name: '丢失补卡' }))
  expect(reasons.getByRole('button', { name: /丢失补卡/ }).getAttribute('aria-pressed')).toBe('true')
  fireEvent.click(button('下一步'))

  expect(await screen.findByText('第 2 步，共 3 步')).toBeTruthy()
  await waitFor(() => expect(document.activeElement?.id).toBe('apply-step'))
  expect(screen.getByRole('radiogroup', { name: '选择领卡网点' })).toBeTruthy()
  expect(screen.getByText('您所在区县的网点排在前面。')).toBeTruthy()
  const first = outletChoice(/温州银行鹿城支行/)
  expect(first.getAttribute('aria-checked')).toBe('false')
  expect(within(first).getByText('服务银行：温州银行')).toBeTruthy()
  expect(within(first).getByText('地址：鹿城区人民路 100 号')).toBeTruthy()
  expect(within(first).getByText('办公时间：周一至周五 9:00–17:00')).toBeTruthy()
  expect(within(first).getByText('可办：申领、领卡、正式挂失')).toBeTruthy()
  expect(within(first).queryByText(/距您/)).toBeNull()

  getLocation.mockResolvedValueOnce({ latitude: 27.98, longitude: 120.61 })
  request.mockResolvedValueOnce(answer(200, nearestFirst))
  fireEvent.click(button('按距离排序（使用我的位置）'))
  expect(await screen.findByText('已按离您的直线距离排序，最近的在前。')).toBeTruthy()
  expect(getLocation).toHaveBeenCalledWith({ type: 'wgs84' })
  expect(sent(request, 3)).toMatchObject({ url: '/api/card/outlets?service=collect&lat=27.98&lng=120.61', method: 'GET' })
  const radios = screen.getAllByRole('radio')
  expect(radios.map((radio) => within(radio).getByText(/距您约/).textContent)).toEqual(['距您约 350 米', '距您约 2.5 公里'])
  expect(radios[0]?.textContent).toContain('瓯海区娄桥社区服务点')
  expect(within(radios[0] as HTMLElement).getByText('社区服务点')).toBeTruthy()

  fireEvent.click(button('下一步'))
  expect(await screen.findByText('请选择一个领卡网点', { selector: '.error-summary__link' })).toBeTruthy()
  fireEvent.click(outletChoice(/温州银行鹿城支行/))
  expect(outletChoice(/温州银行鹿城支行/).getAttribute('aria-checked')).toBe('true')
  expect(outletChoice(/瓯海区/).getAttribute('aria-checked')).toBe('false')
  fireEvent.click(button('下一步'))

  expect(await screen.findByText('第 3 步，共 3 步')).toBeTruthy()
  expect(screen.getByRole('heading', { name: '核对后提交' })).toBeTruthy()
  expect(screen.getByText('补换卡')).toBeTruthy()
  expect(screen.getByText('丢失补卡')).toBeTruthy()
  expect(screen.getByText('温州银行鹿城支行')).toBeTruthy()
  expect(screen.getByRole('heading', { name: '提交申请后，旧卡马上停用' })).toBeTruthy()

  request.mockResolvedValueOnce(answer(201, application('replacement', lucheng)))
  fireEvent.click(button('提交申请，停用旧卡'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: pageLink('cardApplication', { submitted: '1' }) }))
  expect(sent(request, 4)).toMatchObject({ url: '/api/card/me/applications', method: 'POST', data: { kind: 'replacement', reason: 'lost', outletId: 'outlet-lc' } })
  expect(sent(request, 4).header['Idempotency-Key']).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(5)
})

test('a location refused keeps her county first and says so; she chooses all the same', async () => {
  await openPage(working)
  fireEvent.click(button('到期换卡'))
  fireEvent.click(button('下一步'))
  getLocation.mockRejectedValueOnce({ errMsg: 'getLocation:fail auth deny' })
  fireEvent.click(await screen.findByRole('button', { name: '按距离排序（使用我的位置）' }))
  expect(await screen.findByText('没有取得您的位置（可能没有打开定位权限），网点仍按您所在区县优先排列。直接选一个网点就行。')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(3)
  const radios = screen.getAllByRole('radio')
  expect(radios).toHaveLength(2)
  expect(radios[0]?.textContent).toMatch(/^温州银行鹿城支行/)
  expect(radios[1]?.textContent).toMatch(/^瓯海区娄桥社区服务点/)
  fireEvent.click(outletChoice(/瓯海区娄桥社区服务点/))
  fireEvent.click(button('下一步'))
  expect(await screen.findByText('第 3 步，共 3 步')).toBeTruthy()
})

test('a first card: where, then the check, and the old-card warning nowhere', async () => {
  await openPage(null)
  expect(screen.getByText('第 1 步，共 2 步')).toBeTruthy()
  expect(screen.queryByRole('group', { name: '为什么补换卡' })).toBeNull()
  expect(screen.queryByText('提交申请后，旧卡马上停用')).toBeNull()
  expect(screen.queryByRole('button', { name: '上一步' })).toBeNull()
  fireEvent.click(outletChoice(/瓯海区娄桥社区服务点/))
  fireEvent.click(button('下一步'))
  expect(await screen.findByText('第 2 步，共 2 步')).toBeTruthy()
  expect(screen.getByText('首次申领')).toBeTruthy()
  expect(screen.queryByText('补换原因')).toBeNull()
  expect(screen.queryByText('提交申请后，旧卡马上停用')).toBeNull()

  request.mockResolvedValueOnce(answer(201, application('first', ouhai)))
  fireEvent.click(button('提交申请'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  expect(sent(request, 3)).toMatchObject({ method: 'POST', data: { kind: 'first', outletId: 'outlet-oh' } })
})

test('an application already under way is said, with the way to it, and what she chose stays on the page', async () => {
  await replacementAtCheck()
  request
    .mockResolvedValueOnce(answer(409, problem('conflict', 409)))
    .mockResolvedValueOnce(answer(200, { application: application('replacement', ouhai) }))
    .mockResolvedValueOnce(answer(200, { card: { ...working, status: 'being_replaced' } }))
    .mockResolvedValueOnce(answer(200, countyFirst))
  fireEvent.click(button('提交申请，停用旧卡'))
  expect(await screen.findByRole('heading', { name: '已有一份申请在办理中' })).toBeTruthy()
  expect(sent(request, 4)).toMatchObject({ url: '/api/card/me/application' })
  expect(screen.getByText('同一时间只能有一份社保卡申请。可以看看它办到哪一步了。')).toBeTruthy()
  expect(screen.getByText('丢失补卡')).toBeTruthy()
  expect(screen.getByText('温州银行鹿城支行')).toBeTruthy()
  fireEvent.click(screen.getByRole('link', { name: '查看申请进度' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.cardApplication })
  expect(Taro.redirectTo).not.toHaveBeenCalled()
})

test('an outlet closed since she chose it sends her back to choose another, her reason kept', async () => {
  await replacementAtCheck()
  request
    .mockResolvedValueOnce(answer(409, problem('conflict', 409)))
    .mockResolvedValueOnce(answer(200, { application: null }))
    .mockResolvedValueOnce(answer(200, { card: working }))
    .mockResolvedValueOnce(answer(200, { items: [ouhai], byDistance: false }))
  fireEvent.click(button('提交申请，停用旧卡'))
  expect(await screen.findByRole('heading', { name: '这个网点现在不能领卡' })).toBeTruthy()
  expect(screen.getByText('“温州银行鹿城支行”已停用或不再办理领卡，请另选一个网点。您选的其他内容都保留着。')).toBeTruthy()
  expect(screen.getByText('第 2 步，共 3 步')).toBeTruthy()
  expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('aria-checked'))).toEqual(['false'])
  expect(screen.queryByRole('radio', { name: /温州银行鹿城支行/ })).toBeNull()

  fireEvent.click(button('上一步'))
  expect(screen.getByRole('button', { name: /丢失补卡/ }).getAttribute('aria-pressed')).toBe('true')
  fireEvent.click(button('下一步'))
  fireEvent.click(outletChoice(/瓯海区娄桥社区服务点/))
  fireEvent.click(button('下一步'))
  request.mockResolvedValueOnce(answer(201, application('replacement', ouhai)))
  fireEvent.click(await screen.findByRole('button', { name: '提交申请，停用旧卡' }))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  // Another outlet, another submission: a key of its own.
  expect(sent(request, 7).data).toEqual({ kind: 'replacement', reason: 'lost', outletId: 'outlet-oh' })
  expect(sent(request, 7).header['Idempotency-Key']).not.toBe(sent(request, 3).header['Idempotency-Key'])
})

test('a first application refused because a card came meanwhile turns into a replacement, the outlet kept', async () => {
  await openPage(null)
  fireEvent.click(outletChoice(/温州银行鹿城支行/))
  fireEvent.click(button('下一步'))
  request
    .mockResolvedValueOnce(answer(409, problem('conflict', 409)))
    .mockResolvedValueOnce(answer(200, { application: null }))
    .mockResolvedValueOnce(answer(200, { card: working }))
    .mockResolvedValueOnce(answer(200, countyFirst))
  fireEvent.click(await screen.findByRole('button', { name: '提交申请' }))
  expect(await screen.findByRole('heading', { name: '已经有一张在用的社保卡' })).toBeTruthy()
  fireEvent.click(button('改为补换卡'))
  expect(await screen.findByText('第 1 步，共 3 步')).toBeTruthy()
  expect(screen.getByText('为社保卡 A****5678 申请一张新卡。选好原因和领卡网点，提交申请。银行制好新卡后送到这个网点，再带本人身份证去领。')).toBeTruthy()
  fireEvent.click(button('损坏换卡'))
  fireEvent.click(button('下一步'))
  expect(outletChoice(/温州银行鹿城支行/).getAttribute('aria-checked')).toBe('true')
  fireEvent.click(button('下一步'))
  request.mockResolvedValueOnce(answer(201, application('replacement', lucheng)))
  fireEvent.click(await screen.findByRole('button', { name: '提交申请，停用旧卡' }))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  expect(sent(request, 7).data).toEqual({ kind: 'replacement', reason: 'damaged', outletId: 'outlet-lc' })
})

test('an application that got no answer is sent again as the same one, with the same key', async () => {
  await replacementAtCheck()
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(button('提交申请，停用旧卡'))
  const retry = await screen.findByRole('button', { name: '重试' })
  expect(screen.getByText('丢失补卡')).toBeTruthy()
  request.mockResolvedValueOnce(answer(201, application('replacement', lucheng)))
  fireEvent.click(retry)
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  expect(sent(request, 4).header['Idempotency-Key']).toBe(sent(request, 3).header['Idempotency-Key'])
})

test('with an application already under way the page says so instead of a form', async () => {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(200, { card: working })).mockResolvedValueOnce(answer(200, { application: application('replacement', lucheng) }))
  render(<CardApplyPage />)
  expect(await screen.findByRole('heading', { name: '已有一份申请在办理中' })).toBeTruthy()
  expect(screen.queryByRole('button', { name: '下一步' })).toBeNull()
  expect(request).toHaveBeenCalledTimes(2)
})

test('grid staff acting under a card grant apply for her under the grant', async () => {
  sessionStore.set({ token: 'token-chen', me: { ...citizen, id: 'u-chen', roles: ['grid_staff'] } })
  actingForStore.set({ grantId: 'grant-5', maskedName: '张*红', idNumberHint: '3303…1234', scopes: ['card.assist'], expiresAt: '2030-01-01T00:00:00.000Z' })
  request
    .mockResolvedValueOnce(answer(200, { card: null }))
    .mockResolvedValueOnce(answer(200, { application: null }))
    .mockResolvedValueOnce(answer(200, countyFirst))
  render(<CardApplyPage />)
  expect(await screen.findByText(/^您正在为张\*红申请。/)).toBeTruthy()
  fireEvent.click(await screen.findByRole('radio', { name: /温州银行鹿城支行/ }))
  fireEvent.click(button('下一步'))
  request.mockResolvedValueOnce(answer(201, application('first', lucheng)))
  fireEvent.click(await screen.findByRole('button', { name: '提交申请' }))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  for (const index of [0, 1, 2, 3]) expect(sent(request, index).header['X-Acting-For']).toBe('grant-5')
})

test('grid staff whose grant lacks the card scope are told so and cannot apply', () => {
  sessionStore.set({ token: 'token-chen', me: { ...citizen, id: 'u-chen', roles: ['grid_staff'] } })
  actingForStore.set({ grantId: 'grant-7', maskedName: '王**', idNumberHint: '3303…', scopes: ['jobs.assist'], expiresAt: '2030-01-01T00:00:00.000Z' })
  render(<CardApplyPage />)
  expect(screen.getByText('王**给您的授权不包含此事项，不能代为查看或办理。')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '下一步' })).toBeNull()
})

test('logged out, the page asks for a login that leads back here', () => {
  render(<CardApplyPage />)
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${pages.login}?next=${encodeURIComponent(pages.cardApply)}` })
  expect(request).not.toHaveBeenCalled()
})

test('in English and care mode the steps, the outlets and the check speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request
    .mockResolvedValueOnce(answer(200, { card: { ...working, status: 'temporarily_lost', temporaryLossUntil: '2026-12-12T14:30:00.000Z' } }))
    .mockResolvedValueOnce(answer(200, { application: null }))
    .mockResolvedValueOnce(answer(200, nearestFirst))
  render(<CardApplyPage />)
  expect(await screen.findByText('Step 1 of 3')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByRole('heading', { name: 'Apply for a citizen card', level: 1 })).toBeTruthy()
  // Her card is reported lost for now: what applying does to that report is said to her.
  expect(screen.getByText('Your card is reported lost for now. Once you apply, the report can no longer be taken back: the card stays stopped and does not work again by itself.')).toBeTruthy()
  fireEvent.click(button('Next'))
  expect(await screen.findByText('Choose why a new card is needed', { selector: '.error-summary__link' })).toBeTruthy()
  fireEvent.click(button('Damaged'))
  fireEvent.click(button('Next'))
  const nearest = await screen.findByRole('radio', { name: /瓯海区娄桥社区服务点/ })
  expect(within(nearest).getByText('About 350 m from you')).toBeTruthy()
  expect(within(nearest).getByText('Handles: collection')).toBeTruthy()
  expect(within(nearest).getByText('Community counter')).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Sort by distance (use my location)' })).toBeTruthy()
  fireEvent.click(nearest)
  fireEvent.click(button('Next'))
  expect(await screen.findByRole('heading', { name: 'Check and apply' })).toBeTruthy()
  expect(screen.getByText('Replacement')).toBeTruthy()
  expect(button('Change the reason')).toBeTruthy()
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409)))
    .mockResolvedValueOnce(answer(200, { application: application('replacement', lucheng) }))
    .mockResolvedValueOnce(answer(200, { card: working }))
    .mockResolvedValueOnce(answer(200, nearestFirst))
  fireEvent.click(button('Apply and stop the old card'))
  expect(await screen.findByRole('heading', { name: 'An application is already under way' })).toBeTruthy()
})
