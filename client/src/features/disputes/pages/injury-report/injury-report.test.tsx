import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { pages } from '@renshe/shared/platform/pages'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { waitingReport } from '../../injury-test-fixtures'
import ReportInjuryPage from './index'

const request = vi.mocked(Taro.request)
const creditCode = '91350100M000100Y43'

const box = (name: string | RegExp) => screen.getByRole('textbox', { name })
const type = (name: string | RegExp, value: string) => fireEvent.change(box(name), { target: { value } })
const input = (name: string | RegExp, value: string) => fireEvent.input(box(name), { detail: { value }, target: { value } })
const button = (name: string | RegExp) => screen.getByRole('button', { name })
const choose = (group: string | RegExp, option: string) => fireEvent.click(within(screen.getByRole('group', { name: group })).getByRole('button', { name: option }))

function openPage() {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  render(<ReportInjuryPage />)
}

function fillIn() {
  input('用人单位名称', '温州市鹿城建工有限公司')
  input('统一社会信用代码', creditCode)
  choose(/用人单位在哪个区（县）参加工伤保险/, '鹿城区')
  input('事故发生日期', '2026-11-10')
  choose('是哪一种', '事故伤害')
  type('发生了什么', '2026 年 11 月 10 日上午在工地三楼搭脚手架时摔下，右腿骨折。')
}

test('she says what happens next before sending; the answer says until when each side may apply, and leads to the list', async () => {
  openPage()
  expect(screen.getByRole('heading', { name: '报告工伤事故', level: 1 })).toBeTruthy()
  expect(screen.getByRole('heading', { name: '提交以后会怎样' })).toBeTruthy()
  expect(screen.getByText('我们通知用人单位：它应在事故发生之日起 30 日内申请工伤认定。')).toBeTruthy()
  expect(within(screen.getByRole('group', { name: /用人单位在哪个区（县）参加工伤保险/ })).getAllByRole('button')).toHaveLength(12)
  fillIn()
  request.mockResolvedValueOnce(answer(201, waitingReport))
  fireEvent.click(button('提交事故报告'))
  expect(await screen.findByRole('heading', { name: '事故已报告' })).toBeTruthy()
  expect(screen.getByText('单位应在 2026年12月10日 前申请工伤认定；逾期未申请的，您可以在 2027年11月10日 前自己申请。')).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({
    url: '/api/disputes/injury-reports',
    method: 'POST',
    data: {
      employer: { name: '温州市鹿城建工有限公司', creditCode },
      regionCode: '330302',
      accidentOn: '2026-11-10',
      kind: 'accident',
      account: '2026 年 11 月 10 日上午在工地三楼搭脚手架时摔下，右腿骨折。',
    },
  })
  expect(sent(request, 0).header['Idempotency-Key']).toBeTruthy()
  fireEvent.click(button('查看我的工伤认定'))
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: pages.myInjuries })
})

test('an empty form is not sent: each field says what is missing, in a summary that links to it', async () => {
  openPage()
  fireEvent.click(button('提交事故报告'))
  const summary = await screen.findByRole('alert', { name: '请修改以下问题' })
  expect(within(summary).getAllByRole('link')).toHaveLength(6)
  expect(box('用人单位名称').getAttribute('aria-invalid')).toBe('true')
  expect(box('事故发生日期').getAttribute('aria-invalid')).toBe('true')
  expect(within(screen.getByRole('group', { name: '是哪一种' })).getByText('请选择一项')).toBeTruthy()
  expect(within(screen.getByRole('group', { name: /用人单位在哪个区（县）/ })).getByText('请选择一项')).toBeTruthy()
  expect(request).not.toHaveBeenCalled()
})

test('field errors from the server are shown at their fields in her language, and what she typed stays', async () => {
  openPage()
  fillIn()
  request.mockResolvedValueOnce(
    answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.employer.creditCode', key: 'creditCode.checkCharacter', message: 'The last character does not match' }] })),
  )
  fireEvent.click(button('提交事故报告'))
  const summary = await screen.findByRole('alert', { name: '请修改以下问题' })
  expect(within(summary).getByRole('link', { name: /^统一社会信用代码：统一社会信用代码最后一位不正确/ })).toBeTruthy()
  expect(screen.queryByText('The last character does not match')).toBeNull()
  expect(box('统一社会信用代码').getAttribute('aria-invalid')).toBe('true')
  expect(screen.getByText('您填写的内容都保留着。')).toBeTruthy()
  expect((box('用人单位名称') as HTMLInputElement).value).toBe('温州市鹿城建工有限公司')
  expect((box('发生了什么') as HTMLTextAreaElement).value).toMatch(/^2026 年 11 月 10 日上午/)
})

test('no answer keeps the form; trying again sends the same report with the same key', async () => {
  openPage()
  fillIn()
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(button('提交事故报告'))
  expect(await screen.findByRole('heading', { name: '网络连接失败' })).toBeTruthy()
  expect((box('事故发生日期') as HTMLInputElement).value).toBe('2026-11-10')
  request.mockResolvedValueOnce(answer(201, waitingReport))
  fireEvent.click(button('重试'))
  expect(await screen.findByRole('heading', { name: '事故已报告' })).toBeTruthy()
  expect(sent(request, 1).header['Idempotency-Key']).toBe(sent(request, 0).header['Idempotency-Key'])
  expect(sent(request, 1).data).toEqual(sent(request, 0).data)
})

test('a changed form after a failure is a new submission with a new key', async () => {
  openPage()
  fillIn()
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(button('提交事故报告'))
  await screen.findByRole('heading', { name: '网络连接失败' })
  input('事故发生日期', '2026-11-11')
  request.mockResolvedValueOnce(answer(201, waitingReport))
  fireEvent.click(button('提交事故报告'))
  await waitFor(() => expect(request).toHaveBeenCalledTimes(2))
  expect(sent(request, 1).header['Idempotency-Key']).not.toBe(sent(request, 0).header['Idempotency-Key'])
})

test('grid staff acting under disputes.file report for her, in English, the request carrying the grant; care mode enlarges the page', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  sessionStore.set({ token: 'token-wang', me: { ...citizen, roles: ['grid_staff'], staffCode: 'WG330302001' } })
  actingForStore.set({ grantId: 'grant-9', maskedName: '张*红', idNumberHint: '3303…1234', scopes: ['disputes.file'], expiresAt: '2030-01-01T00:00:00.000Z' })
  render(<ReportInjuryPage />)
  expect(screen.getByRole('heading', { name: 'Report an accident at work', level: 1 })).toBeTruthy()
  expect(screen.getByText(/^You are reporting an accident at work for 张\*红/)).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  fireEvent.click(button('Send the report'))
  expect(await screen.findAllByText('Choose an option')).not.toHaveLength(0)
  input('Employer’s name', '温州市鹿城建工有限公司')
  input('Unified social credit code', creditCode)
  fireEvent.click(within(screen.getByRole('group', { name: /The district or county where the employer is insured/ })).getAllByRole('button')[0]!)
  input('Day of the accident', '2026-11-10')
  choose('Which it is', 'Occupational disease')
  type('What happened', 'Diagnosed with silicosis after six years of stone cutting.')
  request.mockResolvedValueOnce(answer(201, { ...waitingReport, kind: 'occupational_disease' }))
  fireEvent.click(button('Send the report'))
  expect(await screen.findByText('The employer must apply for recognition by 10 Dec 2026; if it does not, you may apply yourself by 10 Nov 2027.')).toBeTruthy()
  expect(sent(request, 0).header['X-Acting-For']).toBe('grant-9')
  expect((sent(request, 0).data as { kind: string }).kind).toBe('occupational_disease')
})

test('an accident more than a year ago is refused with the day the time ended and what she can still do; what she typed stays', async () => {
  openPage()
  fillIn()
  input('事故发生日期', '2025-09-01')
  request.mockResolvedValueOnce(
    answer(400, problem('validation_failed', 400, { detail: '申请工伤认定的期限已于 2026-09-01 届满', errors: [{ path: 'body.accidentOn', key: 'disputes.injuryWindowClosed', message: 'closed' }] })),
  )
  fireEvent.click(button('提交事故报告'))
  const title = await screen.findByRole('heading', { name: '申请期限已过' })
  const banner = within(title.closest('[role="alert"]') as HTMLElement)
  expect(banner.getByText('申请工伤认定的期限已于 2026-09-01 届满')).toBeTruthy()
  expect(banner.getByText(/^如果是因为不可抗力、人身自由受到限制/)).toBeTruthy()
  expect(banner.getByText('您填写的内容都保留着。')).toBeTruthy()
  expect(box('事故发生日期').getAttribute('aria-invalid')).toBe('true')
  expect(await screen.findAllByText(/^申请工伤认定的期限已经届满。/)).not.toHaveLength(0)
  expect((box('用人单位名称') as HTMLInputElement).value).toBe('温州市鹿城建工有限公司')
})
