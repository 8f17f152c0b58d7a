import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { ArbitrationPrefill } from '@renshe/shared/disputes/arbitration-cases'
import { pageLink } from '@renshe/shared/platform/pages'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { appliedCase } from '../../test-fixtures'
import ApplyArbitrationPage from './index'

const request = vi.mocked(Taro.request)

/** Her complaint about unpaid wages for July to September, which the office sent to arbitration. */
const prefill: ArbitrationPrefill = {
  wageCase: { id: 'case-7', caseNumber: 'WZ3303022026000007' },
  form: {
    respondent: { name: '温州市鹿城建工有限公司', creditCode: '91350100M000100Y43' },
    regionCode: '330302',
    knewOn: '2026-10-15',
    claims: [{ kind: 'wages', amountFen: 1_170_050, statement: '2026年7月至9月的工资未发，共 11700.50 元。' }],
    facts: '我在瓯江花园二期工地做木工，2026年7月至9月的工资一直没有发。',
  },
  evidence: [
    { id: 'ev-1', mime: 'image/png', size: 2048, name: '工资条.png', uploadedAt: '2026-10-20T02:00:00.000Z' },
    { id: 'ev-2', mime: 'application/pdf', size: 4096, name: '考勤表.pdf', uploadedAt: '2026-10-20T02:01:00.000Z' },
  ],
}

const box = (name: string | RegExp) => screen.getByRole('textbox', { name })
const valueOf = (name: string | RegExp) => (box(name) as HTMLInputElement).value
const input = (name: string | RegExp, value: string) => fireEvent.input(box(name), { detail: { value }, target: { value } })
const button = (name: string | RegExp) => screen.getByRole('button', { name })

function openFromComplaint(first: ReturnType<typeof answer> | Error) {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  vi.mocked(useRouter).mockReturnValue({ params: { wageCaseId: 'case-7' } } as unknown as ReturnType<typeof useRouter>)
  if (first instanceof Error) request.mockRejectedValueOnce(first)
  else request.mockResolvedValueOnce(first)
  render(<ApplyArbitrationPage />)
}

test('from her wage complaint the form comes filled in, still hers to change, with the complaint’s files named; the application carries the complaint', async () => {
  openFromComplaint(answer(200, prefill))
  const note = (await screen.findByRole('heading', { name: '已按您的欠薪投诉预先填好' })).closest('[role="status"]') as HTMLElement
  expect(sent(request, 0)).toMatchObject({ url: '/api/disputes/arbitration-prefill?wageCaseId=case-7', method: 'GET' })
  expect(within(note).getByText(/案号 WZ3303022026000007/)).toBeTruthy()
  expect(within(note).getByText(/会随仲裁案件一起交给仲裁委/)).toBeTruthy()
  expect(within(note).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['工资条.png', '考勤表.pdf'])
  expect(valueOf('用人单位名称')).toBe('温州市鹿城建工有限公司')
  expect(valueOf('统一社会信用代码')).toBe('91350100M000100Y43')
  expect(within(screen.getByRole('group', { name: /向哪个区（县）的仲裁委申请/ })).getByRole('button', { name: '鹿城区' }).getAttribute('aria-pressed')).toBe('true')
  expect(valueOf('您知道权利受到侵害的日期')).toBe('2026-10-15')
  expect(within(screen.getByRole('group', { name: '第 1 项：请求的类别' })).getByRole('button', { name: '工资报酬' }).getAttribute('aria-pressed')).toBe('true')
  expect(valueOf('第 1 项：请求金额（元）')).toBe('11700.50')
  expect(valueOf('第 1 项：具体请求和理由')).toBe('2026年7月至9月的工资未发，共 11700.50 元。')
  expect(valueOf('事实和理由')).toBe('我在瓯江花园二期工地做木工，2026年7月至9月的工资一直没有发。')
  expect(screen.getByText(/欠薪投诉里的证据已经随案件带上/)).toBeTruthy()

  // She corrects the day the wages fell due.
  input('您知道权利受到侵害的日期', '2026-10-10')
  request.mockResolvedValueOnce(answer(201, { ...appliedCase, wageCase: { ...prefill.wageCase, evidence: prefill.evidence } }))
  fireEvent.click(button('提交仲裁申请'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: pageLink('arbitration', { id: 'arb-1', submitted: '1' }) }))
  expect(sent(request, 1)).toMatchObject({
    url: '/api/disputes/arbitrations',
    method: 'POST',
    data: {
      respondent: { name: '温州市鹿城建工有限公司', creditCode: '91350100M000100Y43' },
      regionCode: '330302',
      knewOn: '2026-10-10',
      claims: [{ kind: 'wages', amountFen: 1_170_050, statement: '2026年7月至9月的工资未发，共 11700.50 元。' }],
      evidenceIds: [],
      wageCaseId: 'case-7',
    },
  })
})

test('a complaint already applied from is refused in words, with where to find the case, and what she changed stays', async () => {
  openFromComplaint(answer(200, prefill))
  await screen.findByRole('heading', { name: '已按您的欠薪投诉预先填好' })
  fireEvent.change(box('事实和理由'), { target: { value: '我在瓯江花园二期工地做木工，工资一直没有发，包工头也联系不上。' } })
  request.mockResolvedValueOnce(
    answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.wageCaseId', key: 'disputes.wageCaseNotTransferable', message: 'not transferable' }] })),
  )
  fireEvent.click(button('提交仲裁申请'))
  const refusal = await screen.findByRole('heading', { name: '这份欠薪投诉不能再转为仲裁申请' })
  const banner = refusal.closest('[role="alert"]') as HTMLElement
  expect(within(banner).getByText(/同一份投诉只能申请一次/)).toBeTruthy()
  expect(within(banner).getByText('您填写的内容都保留着。')).toBeTruthy()
  // Said as what it is, not as an unknown problem with a reference.
  expect(screen.queryByText(/^问题编号/)).toBeNull()
  expect(valueOf('事实和理由')).toBe('我在瓯江花园二期工地做木工，工资一直没有发，包工头也联系不上。')
  expect(Taro.redirectTo).not.toHaveBeenCalled()
  fireEvent.click(within(banner).getByRole('link', { name: '查看我的劳动仲裁' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pageLink('myArbitrations') })
})

test('a complaint refused in the same answer as the year run out: both are said, and nothing is lost', async () => {
  openFromComplaint(answer(200, prefill))
  await screen.findByRole('heading', { name: '已按您的欠薪投诉预先填好' })
  request.mockResolvedValueOnce(
    answer(
      400,
      problem('validation_failed', 400, {
        detail: '申请仲裁的时效已于 2026-10-15 届满',
        errors: [
          { path: 'body.knewOn', key: 'disputes.limitationPassed', message: 'run out' },
          { path: 'body.wageCaseId', key: 'disputes.wageCaseNotTransferable', message: 'not transferable' },
        ],
      }),
    ),
  )
  fireEvent.click(button('提交仲裁申请'))
  expect(await screen.findByRole('heading', { name: '申请仲裁的时效已过' })).toBeTruthy()
  expect(screen.getByRole('heading', { name: '这份欠薪投诉不能再转为仲裁申请' })).toBeTruthy()
  expect(box('您知道权利受到侵害的日期').getAttribute('aria-invalid')).toBe('true')
  expect(screen.queryByText(/^问题编号/)).toBeNull()
  expect(valueOf('第 1 项：请求金额（元）')).toBe('11700.50')
})

test('a complaint that cannot fill the form (not hers, not sent to arbitration) leaves an empty form, sent without it', async () => {
  openFromComplaint(answer(404, problem('not_found', 404)))
  expect(await screen.findByText(/^没能按欠薪投诉预先填写/)).toBeTruthy()
  expect(valueOf('用人单位名称')).toBe('')
  expect(screen.queryByRole('heading', { name: '已按您的欠薪投诉预先填好' })).toBeNull()
  input('用人单位名称', '温州市鹿城建工有限公司')
  input('统一社会信用代码', '91350100M000100Y43')
  fireEvent.click(within(screen.getByRole('group', { name: /向哪个区（县）的仲裁委申请/ })).getByRole('button', { name: '鹿城区' }))
  input('您知道权利受到侵害的日期', '2026-09-30')
  fireEvent.click(within(screen.getByRole('group', { name: '第 1 项：请求的类别' })).getByRole('button', { name: '社会保险' }))
  fireEvent.change(box('第 1 项：具体请求和理由'), { target: { value: '补缴在职期间的社会保险' } })
  fireEvent.change(box('事实和理由'), { target: { value: '2026 年 3 月入职，在工地做木工，单位一直没有缴社保。' } })
  request.mockResolvedValueOnce(answer(201, appliedCase))
  fireEvent.click(button('提交仲裁申请'))
  await waitFor(() => expect(request).toHaveBeenCalledTimes(2))
  expect(sent(request, 1).data).not.toHaveProperty('wageCaseId')
})

test('no answer while loading the complaint offers to try again, and then fills the form', async () => {
  openFromComplaint(noAnswer())
  expect(await screen.findByRole('heading', { name: '网络连接失败' })).toBeTruthy()
  expect(screen.queryByRole('textbox', { name: '用人单位名称' })).toBeNull()
  request.mockResolvedValueOnce(answer(200, prefill))
  fireEvent.click(button('重试'))
  await waitFor(() => expect(valueOf('用人单位名称')).toBe('温州市鹿城建工有限公司'))
})

test('in English the note says where the answers came from and names the complaint’s files; a county the form does not offer is left to choose', async () => {
  localeStore.set('en')
  openFromComplaint(answer(200, { ...prefill, form: { ...prefill.form, regionCode: '330100', respondent: { ...prefill.form.respondent, creditCode: null } }, evidence: [] }))
  expect(await screen.findByRole('heading', { name: 'Filled in from your wage complaint' })).toBeTruthy()
  expect(screen.getByText(/^What follows comes from your wage complaint \(case number WZ3303022026000007\)/)).toBeTruthy()
  expect(screen.getByText('The complaint has no evidence files.')).toBeTruthy()
  expect(valueOf('Unified social credit code')).toBe('')
  const counties = within(screen.getByRole('group', { name: /The commission of which district/ })).getAllByRole('button')
  expect(counties.filter((county) => county.getAttribute('aria-pressed') === 'true')).toHaveLength(0)
  fireEvent.click(button('Send the application'))
  expect(await screen.findByRole('alert', { name: 'There is a problem' })).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
})
