import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { CardApplication } from '@renshe/shared/card/applications'
import type { MyCard, RevealedCard } from '@renshe/shared/card/schemas'
import { pages } from '@renshe/shared/platform/pages'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import MyCardPage from './index'
import { workingCard } from '../../test-fixtures'

const request = vi.mocked(Taro.request)

const working = workingCard

/** Reported lost on the night of 5 December 2026: it lifts at 22:30 on the 12th, China time. */
const stopped: MyCard = { ...working, status: 'temporarily_lost', temporaryLossUntil: '2026-12-12T14:30:00.000Z' }

const whole: RevealedCard = { cardNumber: 'A12345678', holderName: '张小红', socialSecurityNumber: '330302195203041234' }

const eye = (name: RegExp | string = '显示卡号') => screen.getByRole('button', { name })
const face = () => within(screen.getByRole('group', { name: /社保卡卡面|Face of the citizen card/ }))

/** The page asks for the card and for her application at once, in that order. */
function answerCard(card: MyCard | null, application: CardApplication | null = null) {
  request.mockResolvedValueOnce(answer(200, { card })).mockResolvedValueOnce(answer(200, { application }))
}

async function openPage(card: MyCard, application: CardApplication | null = null) {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  answerCard(card, application)
  const rendered = render(<MyCardPage />)
  await screen.findByRole('group', { name: '社保卡卡面' })
  expect(sent(request, 0)).toMatchObject({ url: '/api/card/me', method: 'GET' })
  expect(sent(request, 1)).toMatchObject({ url: '/api/card/me/application', method: 'GET' })
  // Her application is in too: the ways to a card are shown once it is.
  await screen.findByRole('group', { name: '办卡' })
  return rendered
}

test('the holder sees her card masked, shows it whole with the eye, and hides it again, the whole details gone from the page', async () => {
  await openPage(working)
  expect(face().getByRole('heading', { name: '社会保障卡' })).toBeTruthy()
  expect(face().getByText('温州银行')).toBeTruthy()
  expect(face().getByText('A****5678')).toBeTruthy()
  expect(face().getByText('张*红')).toBeTruthy()
  expect(face().getByText('330302********1234')).toBeTruthy()
  expect(face().getByText('2031年6月30日')).toBeTruthy()
  expect(face().getByText('正常')).toBeTruthy()
  expect(screen.getByRole('heading', { name: '正常' })).toBeTruthy()
  expect(eye().getAttribute('aria-pressed')).toBe('false')
  // What showing it means is said before it is done.
  expect(document.getElementById(eye().getAttribute('aria-describedby') ?? '')?.textContent).toBe('显示完整的卡号、姓名和社会保障号码。每次显示都会记入您的“访问记录”。')

  request.mockResolvedValueOnce(answer(200, whole))
  fireEvent.click(eye())
  expect(await face().findByText('A12345678')).toBeTruthy()
  expect(sent(request, 2)).toMatchObject({ url: '/api/card/me/revealed', method: 'GET' })
  expect(sent(request, 2).header['X-Acting-For']).toBeUndefined()
  expect(face().getByText('张小红')).toBeTruthy()
  expect(face().getByText('330302195203041234')).toBeTruthy()
  expect(face().queryByText('A****5678')).toBeNull()
  // The toggle keeps its name and says it is on.
  expect(eye().getAttribute('aria-pressed')).toBe('true')

  fireEvent.click(screen.getByRole('button', { name: '隐藏' }))
  expect(face().getByText('A****5678')).toBeTruthy()
  expect(eye().getAttribute('aria-pressed')).toBe('false')
  await waitFor(() => expect(document.activeElement).toBe(eye()))
  expect(document.body.textContent).not.toContain('A12345678')
  expect(document.body.textContent).not.toContain('张小红')
  expect(document.body.textContent).not.toContain('330302195203041234')

  // The eye itself hides it too; each showing asks the server again (each is recorded).
  request.mockResolvedValueOnce(answer(200, whole))
  fireEvent.keyDown(eye(), { key: 'Enter' })
  expect(await face().findByText('A12345678')).toBeTruthy()
  fireEvent.click(eye())
  expect(face().getByText('A****5678')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(4)
})

test('a showing that gets no answer says so and is tried again; the card stays masked meanwhile', async () => {
  await openPage(working)
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(eye())
  const retry = await screen.findByRole('button', { name: '重试' })
  expect(eye().getAttribute('aria-pressed')).toBe('false')
  expect(face().getByText('A****5678')).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, whole))
  fireEvent.click(retry)
  expect(await face().findByText('A12345678')).toBeTruthy()
})

test('reporting a working card lost says first what happens, "not now" sends nothing, and "yes" stops it until the day it lifts', async () => {
  await openPage(working)
  fireEvent.click(screen.getByRole('button', { name: '临时挂失' }))
  const question = screen.getByText(/临时挂失后，这张卡马上停用/)
  expect(question.textContent).toBe(
    '临时挂失后，这张卡马上停用，不能取钱、刷卡或看病结算。7 天后自动解除，卡恢复使用；卡找到了也可以随时撤销挂失。正式挂失和补办新卡，要带本人身份证到发卡银行网点办理。',
  )
  expect(document.activeElement).toBe(question.parentElement)
  fireEvent.click(screen.getByRole('button', { name: '先不挂失' }))
  expect(screen.queryByText(/临时挂失后/)).toBeNull()
  expect(request).toHaveBeenCalledTimes(2)

  fireEvent.click(screen.getByRole('button', { name: '临时挂失' }))
  request.mockResolvedValueOnce(answer(200, stopped))
  fireEvent.click(screen.getByRole('button', { name: '确认临时挂失' }))
  expect(await screen.findByText('已临时挂失，这张卡已停用，2026年12月12日 22:30自动解除。')).toBeTruthy()
  expect(sent(request, 2)).toMatchObject({ url: '/api/card/me/temporary-loss', method: 'POST' })
  expect(sent(request, 2).header['Idempotency-Key']).toBeTruthy()
  expect(screen.getByRole('heading', { name: '临时挂失中，至2026年12月12日 22:30自动解除' })).toBeTruthy()
  expect(face().getByText('临时挂失中')).toBeTruthy()
  expect(screen.getByText(/可以在这里申请补卡，选一个网点领取新卡/)).toBeTruthy()
  expect(screen.queryByRole('button', { name: '临时挂失' })).toBeNull()
  expect(screen.getByRole('button', { name: '撤销挂失（卡已找到）' })).toBeTruthy()
  await waitFor(() => expect(document.activeElement?.id).toBe('card-outcome'))
})

test('a report that got no answer is sent again as the same report, with the same key', async () => {
  await openPage(working)
  fireEvent.click(screen.getByRole('button', { name: '临时挂失' }))
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(screen.getByRole('button', { name: '确认临时挂失' }))
  const retry = await screen.findByRole('button', { name: '重试' })
  request.mockResolvedValueOnce(answer(200, stopped))
  fireEvent.click(retry)
  expect(await screen.findByRole('heading', { name: /^临时挂失中/ })).toBeTruthy()
  expect(sent(request, 3).header['Idempotency-Key']).toBe(sent(request, 2).header['Idempotency-Key'])
})

test('a card found again is taken back from its report after a confirm, and works at once', async () => {
  await openPage(stopped)
  expect(screen.getByRole('heading', { name: '临时挂失中，至2026年12月12日 22:30自动解除' })).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '撤销挂失（卡已找到）' }))
  expect(screen.getByText('撤销后，这张卡马上恢复使用。请确认卡已经找到、在您手里。')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '先不撤销' }))
  expect(request).toHaveBeenCalledTimes(2)
  await waitFor(() => expect(document.activeElement?.id).toBe('card-cancel-open'))

  fireEvent.click(screen.getByRole('button', { name: '撤销挂失（卡已找到）' }))
  request.mockResolvedValueOnce(answer(200, working))
  fireEvent.click(screen.getByRole('button', { name: '确认撤销挂失' }))
  expect(await screen.findByText('已撤销挂失，这张卡可以正常使用了。')).toBeTruthy()
  expect(sent(request, 2)).toMatchObject({ url: '/api/card/me/temporary-loss/cancel', method: 'POST' })
  expect(sent(request, 2).header['Idempotency-Key']).toBeTruthy()
  expect(screen.getByRole('heading', { name: '正常' })).toBeTruthy()
  expect(screen.getByRole('button', { name: '临时挂失' })).toBeTruthy()
})

test('a report taken back after it had already lifted says the card changed and shows it as it is now', async () => {
  await openPage(stopped)
  fireEvent.click(screen.getByRole('button', { name: '撤销挂失（卡已找到）' }))
  request.mockResolvedValueOnce(answer(409, problem('illegal_transition', 409))).mockResolvedValueOnce(answer(200, { card: working }))
  fireEvent.click(screen.getByRole('button', { name: '确认撤销挂失' }))
  expect(await screen.findByRole('heading', { name: '正常' })).toBeTruthy()
  expect(sent(request, 3)).toMatchObject({ url: '/api/card/me', method: 'GET' })
  expect(screen.getByText('卡的状态刚刚变了，下面是现在的状态。')).toBeTruthy()
  await waitFor(() => expect(document.activeElement?.id).toBe('card-outcome'))
})

test('a card lost at the counter, being replaced or cancelled says what to do instead, and cannot be reported or restored online', async () => {
  const cases = [
    ['lost', '已正式挂失', '这张卡已在银行网点正式挂失，不能再用。可以在这里申请补卡，到您选的网点领取新卡。'],
    ['being_replaced', '补换卡中', '新卡正在制作，旧卡已不能再用。每一步都会通知您；新卡到网点后，请带本人身份证到您选的网点领取。'],
    ['cancelled', '已注销', '这张卡已注销，不能再用。需要社保卡的，可以在这里申领新卡。'],
  ] as const
  for (const [status, words, explanation] of cases) {
    const { unmount } = await openPage({ ...working, status })
    expect(screen.getByRole('heading', { name: words })).toBeTruthy()
    expect(screen.getByText(explanation)).toBeTruthy()
    expect(screen.queryByRole('button', { name: '临时挂失' })).toBeNull()
    expect(screen.queryByRole('button', { name: /撤销挂失/ })).toBeNull()
    unmount()
  }
})

test('with no card yet she reads how to get one, and is led to apply online', async () => {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  answerCard(null)
  render(<MyCardPage />)
  expect(await screen.findByRole('heading', { name: '您还没有社保卡' })).toBeTruthy()
  expect(screen.getByText('社保卡由人社部门和合作银行发放。可以在这里在线申领，选一个方便的网点，做好后带本人身份证去领。')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '显示卡号' })).toBeNull()
  const getting = within(await screen.findByRole('group', { name: '办卡' }))
  expect(getting.queryByRole('link', { name: /补办\/换卡/ })).toBeNull()
  fireEvent.click(getting.getByRole('link', { name: /^申领社保卡/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.cardApply })
})

test('grid staff acting under a card grant see the card masked with no eye, and report it lost for the holder under the grant', async () => {
  sessionStore.set({ token: 'token-chen', me: { ...citizen, id: 'u-chen', roles: ['grid_staff'] } })
  actingForStore.set({ grantId: 'grant-5', maskedName: '张*红', idNumberHint: '3303…1234', scopes: ['card.assist'], expiresAt: '2030-01-01T00:00:00.000Z' })
  answerCard(working)
  render(<MyCardPage />)
  expect(await screen.findByText('您正在为张*红查看社保卡。完整的卡号只有持卡人本人能显示。')).toBeTruthy()
  expect(sent(request, 0).header['X-Acting-For']).toBe('grant-5')
  expect(face().getByText('A****5678')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '显示卡号' })).toBeNull()
  expect(screen.queryByRole('button', { name: '隐藏' })).toBeNull()

  fireEvent.click(screen.getByRole('button', { name: '临时挂失' }))
  request.mockResolvedValueOnce(answer(200, stopped))
  fireEvent.click(screen.getByRole('button', { name: '确认临时挂失' }))
  expect(await screen.findByRole('heading', { name: /^临时挂失中/ })).toBeTruthy()
  expect(sent(request, 2)).toMatchObject({ url: '/api/card/me/temporary-loss', method: 'POST' })
  expect(sent(request, 2).header['X-Acting-For']).toBe('grant-5')
  expect(request).toHaveBeenCalledTimes(3)
})

test('grid staff acting under a grant without the card scope are told so, and never see the card', async () => {
  sessionStore.set({ token: 'token-chen', me: { ...citizen, id: 'u-chen', roles: ['grid_staff'] } })
  actingForStore.set({ grantId: 'grant-7', maskedName: '王**', idNumberHint: '3303…', scopes: ['jobs.assist'], expiresAt: '2030-01-01T00:00:00.000Z' })
  request.mockResolvedValue(answer(200, { card: working }))
  render(<MyCardPage />)
  expect(screen.getByText('王**给您的授权不包含此事项，不能代为查看或办理。')).toBeTruthy()
  expect(screen.queryByRole('group', { name: '社保卡卡面' })).toBeNull()
  // Even an answer the server should have refused is not shown.
  await waitFor(() => expect(request).toHaveBeenCalledTimes(2))
  expect(screen.queryByText('A****5678')).toBeNull()
})

test('in English and care mode the card, the eye and the report speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  sessionStore.set({ token: 'token-zhang', me: citizen })
  answerCard(working)
  render(<MyCardPage />)
  expect(await screen.findByRole('group', { name: 'Face of the citizen card' })).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByRole('heading', { name: 'My citizen card', level: 1 })).toBeTruthy()
  expect(face().getByText('30 Jun 2031')).toBeTruthy()
  expect(face().getByText('Valid until')).toBeTruthy()
  expect(screen.getByRole('link', { name: /^Show my e-card/ })).toBeTruthy()
  expect(eye('Show number').getAttribute('aria-pressed')).toBe('false')
  request.mockResolvedValueOnce(answer(200, whole))
  fireEvent.click(eye('Show number'))
  expect(await face().findByText('A12345678')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: 'Hide' }))
  expect(face().getByText('A****5678')).toBeTruthy()

  fireEvent.click(screen.getByRole('button', { name: 'Report lost for now' }))
  expect(screen.getByText(/^Once reported, the card stops at once.*After 7 days the report lifts by itself/)).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, stopped))
  fireEvent.click(screen.getByRole('button', { name: 'Yes, report it lost' }))
  expect(await screen.findByRole('heading', { name: 'Reported lost for now; lifts by itself on 12 Dec 2026 22:30' })).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Take the report back (card found)' })).toBeTruthy()
  expect(screen.getByRole('link', { name: /^My benefits/ })).toBeTruthy()
  expect(screen.getByRole('link', { name: /^Money onto my card/ })).toBeTruthy()
})

test('from her working card she goes to her e-card and to her benefits', async () => {
  await openPage(working)
  const links = within(screen.getByRole('group', { name: '用卡' }))
  fireEvent.click(links.getByRole('link', { name: /^出示电子社保卡/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.myEcard })
  fireEvent.click(links.getByRole('link', { name: /^我的待遇/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.myCardBenefits })
})

test('from her card, stopped or not, or with none, she goes to the money paid onto it', async () => {
  const { unmount } = await openPage(stopped)
  const links = within(screen.getByRole('group', { name: '用卡' }))
  fireEvent.click(links.getByRole('link', { name: /^到卡资金 津贴、补贴发到卡上没有/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.myCardPayments })
  unmount()

  answerCard(null)
  render(<MyCardPage />)
  fireEvent.click(await screen.findByRole('link', { name: /^到卡资金/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.myCardPayments })
})

test('a stopped card, or none, offers her benefits but no e-card', async () => {
  const { unmount } = await openPage(stopped)
  expect(screen.queryByRole('link', { name: /出示电子社保卡/ })).toBeNull()
  expect(screen.getByRole('link', { name: /^我的待遇/ })).toBeTruthy()
  unmount()

  answerCard(null)
  render(<MyCardPage />)
  expect(await screen.findByRole('heading', { name: '您还没有社保卡' })).toBeTruthy()
  expect(screen.queryByRole('link', { name: /出示电子社保卡/ })).toBeNull()
  expect(screen.getByRole('link', { name: /^我的待遇/ })).toBeTruthy()
})

test('grid staff acting for her are led to her benefits, never to her e-card', async () => {
  sessionStore.set({ token: 'token-chen', me: { ...citizen, id: 'u-chen', roles: ['grid_staff'] } })
  actingForStore.set({ grantId: 'grant-5', maskedName: '张*红', idNumberHint: '3303…1234', scopes: ['card.assist'], expiresAt: '2030-01-01T00:00:00.000Z' })
  answerCard(working)
  render(<MyCardPage />)
  fireEvent.click(await screen.findByRole('link', { name: /^张\*红的持卡待遇/ }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pages.myCardBenefits })
  fireEvent.click(screen.getByRole('link', { name: /^张\*红的到卡资金/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.myCardPayments })
  expect(screen.queryByRole('link', { name: /出示电子社保卡/ })).toBeNull()
})

test('logged out, the page asks for a login that leads back to the card', () => {
  render(<MyCardPage />)
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${pages.login}?next=${encodeURIComponent(pages.myCard)}` })
  expect(request).not.toHaveBeenCalled()
})

test('a card that will not load offers a retry', async () => {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(500, problem('internal', 500)))
  render(<MyCardPage />)
  request.mockResolvedValueOnce(answer(200, { card: working }))
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  expect(await screen.findByText('A****5678')).toBeTruthy()
})

/** Her replacement of a lost card, made by the bank and waiting at the outlet. */
const atOutlet: CardApplication = {
  id: 'app-1',
  kind: 'replacement',
  reason: 'lost',
  status: 'at_outlet',
  outlet: { id: 'outlet-1', name: '温州银行鹿城支行', address: '鹿城区人民路 100 号', hours: '周一至周五 9:00–17:00', bankName: '温州银行' },
  steps: [
    { status: 'applied', at: '2026-12-01T02:00:00.000Z' },
    { status: 'produced', at: '2026-12-03T02:00:00.000Z' },
    { status: 'at_outlet', at: '2026-12-05T02:00:00.000Z' },
  ],
  newCardNumberMasked: 'B****4321',
  collectBy: '2027-03-05',
}

test('with a card in use she is offered a replacement, not a first card', async () => {
  await openPage(working)
  const getting = within(screen.getByRole('group', { name: '办卡' }))
  expect(getting.queryByRole('link', { name: /^申领社保卡/ })).toBeNull()
  expect(getting.queryByRole('link', { name: /^申请进度/ })).toBeNull()
  fireEvent.click(getting.getByRole('link', { name: /^补办\/换卡/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.cardApply })
})

test('with an application under way she sees how far it has got, and no way to apply again', async () => {
  await openPage({ ...working, status: 'being_replaced' }, atOutlet)
  const getting = within(screen.getByRole('group', { name: '办卡' }))
  const progress = getting.getByRole('link', { name: /^申请进度/ })
  expect(progress.textContent).toContain('补换卡：已到网点，待领取')
  expect(getting.queryByRole('link', { name: /补办\/换卡/ })).toBeNull()
  expect(getting.queryByRole('link', { name: /^申领社保卡/ })).toBeNull()
  fireEvent.click(progress)
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.cardApplication })
})

test('after collecting, her last application stays a line away and a new replacement can be asked for', async () => {
  await openPage(working, { ...atOutlet, status: 'collected', steps: [...atOutlet.steps, { status: 'collected', at: '2026-12-06T02:00:00.000Z' }] })
  const getting = within(screen.getByRole('group', { name: '办卡' }))
  expect(getting.getByRole('link', { name: /^申请进度/ }).textContent).toContain('补换卡：已领取')
  expect(getting.getByRole('link', { name: /^补办\/换卡/ })).toBeTruthy()
})

test('a cancelled card leads to a first card', async () => {
  await openPage({ ...working, status: 'cancelled' })
  const getting = within(screen.getByRole('group', { name: '办卡' }))
  expect(getting.getByRole('link', { name: /^申领社保卡/ })).toBeTruthy()
  expect(getting.queryByRole('link', { name: /补办\/换卡/ })).toBeNull()
})

test('grid staff acting under a card grant are led to apply for her, her application read under the grant', async () => {
  sessionStore.set({ token: 'token-chen', me: { ...citizen, id: 'u-chen', roles: ['grid_staff'] } })
  actingForStore.set({ grantId: 'grant-5', maskedName: '张*红', idNumberHint: '3303…1234', scopes: ['card.assist'], expiresAt: '2030-01-01T00:00:00.000Z' })
  answerCard(null)
  render(<MyCardPage />)
  expect(await screen.findByText('这位居民还没有社保卡。您可以为其在线申领，选一个方便的网点；领卡要本人带身份证去。')).toBeTruthy()
  expect(sent(request, 1).header['X-Acting-For']).toBe('grant-5')
  fireEvent.click(await screen.findByRole('link', { name: /^申领社保卡/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.cardApply })
})

test('in English the ways to a card speak English', async () => {
  localeStore.set('en')
  sessionStore.set({ token: 'token-zhang', me: citizen })
  answerCard(working, atOutlet)
  render(<MyCardPage />)
  const getting = within(await screen.findByRole('group', { name: 'Getting a card' }))
  expect(getting.getByRole('link', { name: /^Application progress/ }).textContent).toContain('Replacement: At the outlet, ready to collect')
})
