import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { pageLink } from '@renshe/shared/platform/pages'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { appliedCase } from '../../test-fixtures'
import ApplyArbitrationPage from './index'

const request = vi.mocked(Taro.request)
const creditCode = '91350100M000100Y43'

const box = (name: string | RegExp) => screen.getByRole('textbox', { name })
const type = (name: string | RegExp, value: string) => fireEvent.change(box(name), { target: { value } })
const input = (name: string | RegExp, value: string) => fireEvent.input(box(name), { detail: { value }, target: { value } })
const button = (name: string | RegExp) => screen.getByRole('button', { name })

function openPage() {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  render(<ApplyArbitrationPage />)
}

/** Everything filled in: a wage claim of 12,000 yuan and a social-insurance claim, which has no amount. */
function fillIn() {
  input('用人单位名称', '温州市鹿城建工有限公司')
  input('统一社会信用代码', creditCode)
  fireEvent.click(within(screen.getByRole('group', { name: /向哪个区（县）的仲裁委申请/ })).getByRole('button', { name: '鹿城区' }))
  input('您知道权利受到侵害的日期', '2026-09-30')
  fireEvent.click(within(screen.getByRole('group', { name: '第 1 项：请求的类别' })).getByRole('button', { name: '工资报酬' }))
  input('第 1 项：请求金额（元）', '12,000')
  type('第 1 项：具体请求和理由', '支付 2026 年 7 月至 9 月的工资')
  fireEvent.click(button('再加一项请求'))
  fireEvent.click(within(screen.getByRole('group', { name: '第 2 项：请求的类别' })).getByRole('button', { name: '社会保险' }))
  type('第 2 项：具体请求和理由', '补缴在职期间的社会保险')
  type('事实和理由', '2026 年 3 月入职，在工地做木工，7 月起单位没有发工资。')
}

test('she says what happens next before sending, and a sent application opens its case, the amount in fen and only on the money claim', async () => {
  openPage()
  expect(screen.getByRole('heading', { name: '申请劳动仲裁', level: 1 })).toBeTruthy()
  expect(screen.getByRole('heading', { name: '提交以后会怎样' })).toBeTruthy()
  expect(screen.getByText('仲裁委在收到申请后 5 个工作日内决定是否受理，并通知您。')).toBeTruthy()
  expect(screen.getByText('仲裁委决定不予受理，或者到期没有作出决定的，您可以直接向人民法院起诉。')).toBeTruthy()
  // Twelve counties of Wenzhou, as the wage complaint offers them.
  expect(within(screen.getByRole('group', { name: /向哪个区（县）的仲裁委申请/ })).getAllByRole('button')).toHaveLength(12)
  fillIn()
  // A claim not about money asks no amount.
  expect(screen.queryByRole('textbox', { name: '第 2 项：请求金额（元）' })).toBeNull()

  request.mockResolvedValueOnce(answer(201, appliedCase))
  fireEvent.click(button('提交仲裁申请'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: pageLink('arbitration', { id: 'arb-1', submitted: '1' }) }))
  expect(sent(request, 0)).toMatchObject({
    url: '/api/disputes/arbitrations',
    method: 'POST',
    data: {
      respondent: { name: '温州市鹿城建工有限公司', creditCode },
      regionCode: '330302',
      knewOn: '2026-09-30',
      claims: [
        { kind: 'wages', amountFen: 1_200_000, statement: '支付 2026 年 7 月至 9 月的工资' },
        { kind: 'social_insurance', statement: '补缴在职期间的社会保险' },
      ],
    },
  })
  expect(sent(request, 0).data).not.toHaveProperty('claims.1.amountFen')
  expect(sent(request, 0).header['Idempotency-Key']).toBeTruthy()
})

test('an empty form is not sent: each field says what is missing, in a summary that links to it', async () => {
  openPage()
  fireEvent.click(button('提交仲裁申请'))
  const summary = await screen.findByRole('alert', { name: '请修改以下问题' })
  expect(within(summary).getAllByRole('link').length).toBeGreaterThanOrEqual(5)
  expect(screen.getByRole('textbox', { name: '用人单位名称' }).getAttribute('aria-invalid')).toBe('true')
  expect(screen.getByRole('textbox', { name: '您知道权利受到侵害的日期' }).getAttribute('aria-invalid')).toBe('true')
  expect(within(screen.getByRole('group', { name: '第 1 项：请求的类别' })).getByText('请选择一项')).toBeTruthy()
  expect(request).not.toHaveBeenCalled()
})

test('a money claim needs its amount in yuan; a wrong one is said at the field and nothing is sent', async () => {
  openPage()
  fillIn()
  input('第 1 项：请求金额（元）', '十二万')
  fireEvent.click(button('提交仲裁申请'))
  expect(await screen.findAllByText('请填写金额，大于 0、不超过 1000 万元，最多两位小数')).toHaveLength(2)
  expect(box('第 1 项：请求金额（元）').getAttribute('aria-invalid')).toBe('true')
  expect(request).not.toHaveBeenCalled()
  // Changed to a claim that is not about money, the amount goes away and so does its error.
  fireEvent.click(within(screen.getByRole('group', { name: '第 1 项：请求的类别' })).getByRole('button', { name: '休息休假' }))
  expect(screen.queryByRole('textbox', { name: '第 1 项：请求金额（元）' })).toBeNull()
  request.mockResolvedValueOnce(answer(201, appliedCase))
  fireEvent.click(button('提交仲裁申请'))
  await waitFor(() => expect(request).toHaveBeenCalledTimes(1))
  expect((sent(request, 0).data as { claims: unknown[] }).claims[0]).toEqual({ kind: 'rest_leave', statement: '支付 2026 年 7 月至 9 月的工资' })
})

test('the year of art. 27 run out is said plainly, with what she can still do, and what she typed stays', async () => {
  openPage()
  fillIn()
  input('您知道权利受到侵害的日期', '2025-06-30')
  request.mockResolvedValueOnce(
    answer(
      400,
      problem('validation_failed', 400, {
        detail: '申请仲裁的时效已于 2026-06-30 届满',
        errors: [{ path: 'body.knewOn', key: 'disputes.limitationPassed', message: 'The year to apply for arbitration has run out' }],
      }),
    ),
  )
  fireEvent.click(button('提交仲裁申请'))
  const refusal = await screen.findByRole('heading', { name: '申请仲裁的时效已过' })
  const banner = refusal.closest('[role="alert"]') as HTMLElement
  expect(within(banner).getByText('申请仲裁的时效已于 2026-06-30 届满')).toBeTruthy()
  expect(within(banner).getByText(/时效可能中断或中止/)).toBeTruthy()
  expect(box('您知道权利受到侵害的日期').getAttribute('aria-invalid')).toBe('true')
  // At the field, the shared words in her language, whatever language the server answered in.
  expect(screen.getAllByText(/^申请仲裁的时效（自知道权利被侵害之日起一年）已经届满/).length).toBeGreaterThan(0)
  expect((box('用人单位名称') as HTMLInputElement).value).toBe('温州市鹿城建工有限公司')
  expect((box('第 1 项：请求金额（元）') as HTMLInputElement).value).toBe('12,000')
  expect((box('事实和理由') as HTMLTextAreaElement).value).toBe('2026 年 3 月入职，在工地做木工，7 月起单位没有发工资。')
  expect(Taro.redirectTo).not.toHaveBeenCalled()
})

test('a day in the future is said at the field and is not taken for the year run out', async () => {
  openPage()
  fillIn()
  request.mockResolvedValueOnce(answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.knewOn', key: 'disputes.knewOnFuture', message: 'future' }] })))
  fireEvent.click(button('提交仲裁申请'))
  expect(await screen.findAllByText('知道权利被侵害的日期不能晚于今天')).not.toHaveLength(0)
  expect(screen.queryByRole('heading', { name: '申请仲裁的时效已过' })).toBeNull()
})

test('field errors from the server are shown at their fields, a claim’s by its number', async () => {
  openPage()
  fillIn()
  request.mockResolvedValueOnce(
    answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.claims.1.statement', key: 'field.tooShort', message: 'too short' }] })),
  )
  fireEvent.click(button('提交仲裁申请'))
  const summary = await screen.findByRole('alert', { name: '请修改以下问题' })
  expect(within(summary).getByText(/内容太短/)).toBeTruthy()
  expect(box('第 2 项：具体请求和理由').getAttribute('aria-invalid')).toBe('true')
})

test('no answer keeps the form; trying again sends the same submission with the same key', async () => {
  openPage()
  fillIn()
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(button('提交仲裁申请'))
  expect(await screen.findByRole('heading', { name: '网络连接失败' })).toBeTruthy()
  expect((box('用人单位名称') as HTMLInputElement).value).toBe('温州市鹿城建工有限公司')
  request.mockResolvedValueOnce(answer(201, appliedCase))
  fireEvent.click(button('重试'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  expect(sent(request, 1).header['Idempotency-Key']).toBe(sent(request, 0).header['Idempotency-Key'])
  expect(sent(request, 1).data).toEqual(sent(request, 0).data)
})

test('grid staff acting under disputes.file apply for her, the request carrying the grant, in English too', async () => {
  localeStore.set('en')
  sessionStore.set({ token: 'token-wang', me: { ...citizen, roles: ['grid_staff'], staffCode: 'WG330302001' } })
  actingForStore.set({ grantId: 'grant-9', maskedName: '张*红', idNumberHint: '3303…1234', scopes: ['disputes.file'], expiresAt: '2030-01-01T00:00:00.000Z' })
  render(<ApplyArbitrationPage />)
  expect(screen.getByRole('heading', { name: 'Apply for labour arbitration', level: 1 })).toBeTruthy()
  expect(screen.getByText(/^You are applying for labour arbitration for 张\*红/)).toBeTruthy()
  expect(screen.getByText('If it refuses, or does not decide in time, you may go straight to the people’s court.')).toBeTruthy()
  input('Employer’s name', '温州市鹿城建工有限公司')
  input('Unified social credit code', creditCode)
  fireEvent.click(within(screen.getByRole('group', { name: /The commission of which district/ })).getAllByRole('button')[0]!)
  input('The day you knew your rights were harmed', '2026-09-30')
  fireEvent.click(within(screen.getByRole('group', { name: 'Claim 1: kind' })).getByRole('button', { name: 'Other' }))
  type('Claim 1: what you ask for and why', 'Give me my contract back')
  type('What happened', 'I worked there from March and they kept my contract.')
  request.mockResolvedValueOnce(answer(201, appliedCase))
  fireEvent.click(button('Send the application'))
  await waitFor(() => expect(request).toHaveBeenCalledTimes(1))
  expect(sent(request, 0).header['X-Acting-For']).toBe('grant-9')
})

test('acting under a grant without disputes.file, the page says so instead of a form', () => {
  sessionStore.set({ token: 'token-wang', me: { ...citizen, roles: ['grid_staff'], staffCode: 'WG330302001' } })
  actingForStore.set({ grantId: 'grant-7', maskedName: '王**', idNumberHint: '3303…', scopes: ['wages.file'], expiresAt: '2030-01-01T00:00:00.000Z' })
  render(<ApplyArbitrationPage />)
  expect(screen.queryByRole('textbox', { name: '用人单位名称' })).toBeNull()
  expect(request).not.toHaveBeenCalled()
})
