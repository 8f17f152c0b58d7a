import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, noAnswer, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { carersProgramme, holderApplication, officer, paidApplication, waitingApplication } from '../../test-fixtures'
import TrainingProgrammesPage from '../programmes/index'
import TrainingSubsidiesPage from './index'

const request = vi.mocked(Taro.request)

/** A third waiting application, of the same school, another trainee. */
const third = { ...waitingApplication, id: 'sa-3', voucherId: 'v-8', voucherNumber: 'PX2026000008', traineeMaskedName: '李*', certificateNumber: 'S330302202600008', appliedAt: '2026-11-29T04:00:00.000Z' }

function openPage(items = [waitingApplication, holderApplication, third]) {
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, { items, nextCursor: null }))
  render(<TrainingSubsidiesPage />)
}

const item = (name: string) => within(screen.getByRole('heading', { name }).parentElement as HTMLElement)
const checkbox = (name: string) => screen.getByRole('checkbox', { name })

test('the officer reads each waiting application in full, the oldest first', async () => {
  openPage()
  expect(await screen.findByRole('heading', { name: '陈* · 养老护理员（五级）周末班' })).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/subsidies?status=applied', method: 'GET' })
  expect(sent(request, 0).header['X-Acting-For']).toBeUndefined()
  expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['陈* · 养老护理员（五级）周末班', '张* · 电工（四级）晚班', '李* · 养老护理员（五级）周末班'])
  const own = item('张* · 电工（四级）晚班')
  expect(own.getByText('补贴 ¥2,000.50 · 付给学员本人')).toBeTruthy()
  expect(own.getByText('电工（6-31-01-03） · 四级（中级工）')).toBeTruthy()
  expect(own.getByText('证书 S330302202600011，2026年11月20日核发')).toBeTruthy()
  expect(own.getByText('培训机构：五马街道职业培训中心')).toBeTruthy()
  expect(own.getByText('培训券：电工技能提升培训券')).toBeTruthy()
  expect(own.getByText('券号 PX2026000105 · 2026年11月29日申请')).toBeTruthy()
  expect(item('陈* · 养老护理员（五级）周末班').getByText('补贴 ¥1,500.00 · 付给培训机构')).toBeTruthy()
})

test('she approves the chosen ones after a confirmation naming the count and the total, and reads which were skipped and why', async () => {
  openPage()
  await screen.findByRole('heading', { name: '陈* · 养老护理员（五级）周末班' })
  // Nothing chosen: the button says to choose first, and does nothing.
  const none = screen.getByRole('button', { name: '先选中要批准的申请' })
  expect(none.getAttribute('aria-disabled')).toBe('true')
  fireEvent.click(none)
  expect(screen.queryByRole('alert')).toBeNull()

  fireEvent.click(checkbox('选中 陈*（券号 PX2026000007）'))
  fireEvent.click(checkbox('选中 张*（券号 PX2026000105）'))
  expect(checkbox('选中 陈*（券号 PX2026000007）').getAttribute('aria-checked')).toBe('true')
  expect(checkbox('选中显示的全部 3 条').getAttribute('aria-checked')).toBe('false')
  expect(screen.getByText('已选 2 条，补贴共 ¥3,500.50')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '批准选中的 2 条' }))
  expect(screen.getByRole('alert').textContent).toBe('批准这 2 条申请，补贴共 ¥3,500.50？批准后将按申请发放补贴，不能撤回。')
  fireEvent.click(screen.getByRole('button', { name: '先不批准' }))
  expect(request).toHaveBeenCalledTimes(1)

  fireEvent.click(screen.getByRole('button', { name: '批准选中的 2 条' }))
  // A colleague decided 张*'s a moment ago: this batch approves only 陈*'s.
  request.mockResolvedValueOnce(answer(200, { approved: [{ ...waitingApplication, status: 'approved', decidedAt: '2026-11-29T05:00:00.000Z' }], skipped: [{ id: 'sa-2', reason: 'already_decided' }] }))
  fireEvent.click(screen.getByRole('button', { name: '是的，批准' }))
  expect(await screen.findByText('已批准 1 条，补贴共 ¥1,500.00。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/subsidies/approvals', method: 'POST', data: { applicationIds: ['sa-1', 'sa-2'] } })
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
  expect(sent(request, 1).header['X-Acting-For']).toBeUndefined()
  const skipped = within(screen.getByRole('heading', { name: '1 条没有批准' }).parentElement as HTMLElement)
  expect(skipped.getByText('张* · 电工（四级）晚班：已经审核过了（可能是同事刚处理过），这次没有再批准。')).toBeTruthy()
  // Both left the queue; the one not chosen waits.
  expect(screen.queryByRole('heading', { name: '陈* · 养老护理员（五级）周末班' })).toBeNull()
  expect(screen.queryByRole('heading', { name: '张* · 电工（四级）晚班' })).toBeNull()
  expect(screen.getByRole('heading', { name: '李* · 养老护理员（五级）周末班' })).toBeTruthy()
  expect(screen.getByText('已选 0 条，补贴共 ¥0.00')).toBeTruthy()
})

test('"pick all shown" picks every waiting one; a batch whose answer was lost is sent again with the same key', async () => {
  openPage()
  await screen.findByRole('heading', { name: '陈* · 养老护理员（五级）周末班' })
  fireEvent.click(checkbox('选中显示的全部 3 条'))
  expect(screen.getAllByRole('checkbox').every((box) => box.getAttribute('aria-checked') === 'true')).toBe(true)
  fireEvent.click(screen.getByRole('button', { name: '批准选中的 3 条' }))
  expect(screen.getByRole('alert').textContent).toContain('批准这 3 条申请，补贴共 ¥5,000.50？')
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(screen.getByRole('button', { name: '是的，批准' }))
  const retry = await screen.findByRole('button', { name: '重试' })
  request.mockResolvedValueOnce(answer(200, { approved: [waitingApplication, holderApplication, third].map((one) => ({ ...one, status: 'approved' })), skipped: [] }))
  fireEvent.click(retry)
  expect(await screen.findByText('已批准 3 条，补贴共 ¥5,000.50。')).toBeTruthy()
  expect(sent(request, 2).header['Idempotency-Key']).toBe(sent(request, 1).header['Idempotency-Key'])
  expect(screen.getByText('没有待审核的培训补贴申请。')).toBeTruthy()
})

test('declining asks for the reason in the page; "not now" is as big and sends nothing; the applicant is told why', async () => {
  openPage()
  await screen.findByRole('heading', { name: '陈* · 养老护理员（五级）周末班' })
  const chen = item('陈* · 养老护理员（五级）周末班')
  fireEvent.click(chen.getByRole('button', { name: '不予通过 陈*（PX2026000007）' }))
  expect(chen.getByRole('alert').textContent).toBe('不予通过这条申请？申请人会收到通知和原因，改正后可以重新申请。')
  expect(chen.getByRole('button', { name: '先不处理' }).className).toContain('ui-button--block')
  fireEvent.click(chen.getByRole('button', { name: '确认不予通过' }))
  expect(await chen.findByText('请填写此项')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)

  fireEvent.change(chen.getByRole('textbox', { name: '不予通过的原因' }), { target: { value: '证书编号与鉴定机构登记的不一致' } })
  request.mockResolvedValueOnce(answer(200, { ...waitingApplication, status: 'declined', decidedAt: '2026-11-29T05:00:00.000Z', declineReason: '证书编号与鉴定机构登记的不一致' }))
  fireEvent.click(chen.getByRole('button', { name: '确认不予通过' }))
  expect(await screen.findByText('已不予通过 陈* 的申请，已告诉申请人原因。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/subsidies/sa-1/decline', method: 'POST', data: { reason: '证书编号与鉴定机构登记的不一致' } })
  expect(screen.queryByRole('heading', { name: '陈* · 养老护理员（五级）周末班' })).toBeNull()
  expect(checkbox('选中显示的全部 2 条')).toBeTruthy()
})

test('the approved and the declined ones are other lists, each from its first page', async () => {
  openPage()
  await screen.findByRole('heading', { name: '陈* · 养老护理员（五级）周末班' })
  request.mockResolvedValueOnce(answer(200, { items: [{ ...waitingApplication, status: 'declined', decidedAt: '2026-11-30T02:00:00.000Z', declineReason: '证书已过期' }], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '未通过' }))
  expect(await screen.findByText('未通过的原因：证书已过期')).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/training/subsidies?status=declined')
  expect(screen.queryByRole('checkbox')).toBeNull()
  expect(screen.queryByRole('button', { name: /不予通过/ })).toBeNull()

  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '已批准' }))
  expect(await screen.findByText('没有已批准、待发放的申请。')).toBeTruthy()
  expect(sent(request, 2).url).toBe('/api/training/subsidies?status=approved')

  request.mockResolvedValueOnce(answer(200, { items: [paidApplication], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '已发放' }))
  await screen.findByRole('heading', { name: '陈* · 养老护理员（五级）周末班' })
  const paid = item('陈* · 养老护理员（五级）周末班')
  expect(sent(request, 3).url).toBe('/api/training/subsidies?status=paid')
  expect(paid.getByText('已到账（2026年12月1日）')).toBeTruthy()
  expect(paid.getByText('付款方式：银行转账')).toBeTruthy()
  expect(screen.queryByRole('checkbox')).toBeNull()
})

test('an application beyond the programme’s budget is not approved: she reads why, and it still waits for her', async () => {
  openPage()
  await screen.findByRole('heading', { name: '陈* · 养老护理员（五级）周末班' })
  fireEvent.click(checkbox('选中 陈*（券号 PX2026000007）'))
  fireEvent.click(checkbox('选中 李*（券号 PX2026000008）'))
  fireEvent.click(screen.getByRole('button', { name: '批准选中的 2 条' }))
  request.mockResolvedValueOnce(answer(200, { approved: [{ ...waitingApplication, status: 'approved' }], skipped: [{ id: 'sa-3', reason: 'over_budget' }] }))
  fireEvent.click(screen.getByRole('button', { name: '是的，批准' }))
  const skipped = within((await screen.findByRole('heading', { name: '1 条没有批准' })).parentElement as HTMLElement)
  expect(skipped.getByText('李* · 养老护理员（五级）周末班：批准后会超出这批培训券的补贴预算，没有批准。')).toBeTruthy()
  expect(screen.queryByRole('heading', { name: '陈* · 养老护理员（五级）周末班' })).toBeNull()
  expect(checkbox('选中 李*（券号 PX2026000008）').getAttribute('aria-checked')).toBe('false')
  expect(screen.getByRole('button', { name: '先选中要批准的申请' })).toBeTruthy()
})

test('in English and care mode the queue speaks English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage()
  expect(await screen.findByRole('checkbox', { name: 'Pick all 3 shown' })).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  fireEvent.click(checkbox('Pick 陈* (voucher PX2026000007)'))
  fireEvent.click(screen.getByRole('button', { name: 'Approve the 1 chosen' }))
  expect(screen.getByRole('alert').textContent).toBe('Approve the chosen applications (1), ¥1,500.00 of subsidy in all? Once approved they are paid as applied for; this cannot be undone.')
  expect(screen.getByText('Subsidy ¥2,000.50 · Paid to the trainee')).toBeTruthy()
})

test('the programmes page leads to the subsidies', async () => {
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, { items: [carersProgramme], nextCursor: null }))
  render(<TrainingProgrammesPage />)
  fireEvent.click(await screen.findByRole('link', { name: '培训补贴审核' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/subsidies/index' })
})
