import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { ArbitrationCase } from '@renshe/shared/disputes/arbitration-cases'
import type { Me } from '@renshe/shared/identity/schemas'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { appliedCase, awardedCase } from '../../test-fixtures'
import ArbitrationPage from './index'

const request = vi.mocked(Taro.request)
const officer: Me = { ...citizen, id: 'u-liu', roles: ['officer'], realName: { bound: false }, regionCode: '330302', staffCode: null }
const employer: Me = { ...citizen, id: 'u-firm', roles: ['employer'], realName: { bound: false } }

const button = (name: string | RegExp) => screen.getByRole('button', { name })

async function openCase(detail: ArbitrationCase, me: Me = citizen, stepsHeading = '每一步的期限') {
  sessionStore.set({ token: 'token', me })
  vi.mocked(useRouter).mockReturnValue({ params: { id: detail.id } } as unknown as ReturnType<typeof useRouter>)
  request.mockResolvedValueOnce(answer(200, detail))
  render(<ArbitrationPage />)
  await screen.findByRole('heading', { name: stepsHeading })
  expect(sent(request, 0)).toMatchObject({ url: `/api/disputes/arbitrations/${detail.id}`, method: 'GET' })
}

test('the applicant reads her case: status, claims, each step with its day, the timeline, and only withdrawing to do', async () => {
  await openCase(appliedCase)
  expect(screen.getAllByText('待受理').length).toBeGreaterThan(0)
  const steps = within(screen.getByRole('heading', { name: '每一步的期限' }).parentElement as HTMLElement)
  expect(steps.getByText('决定是否受理')).toBeTruthy()
  expect(steps.getByText('期限：2026年12月8日')).toBeTruthy()
  expect(steps.getByText('进行中')).toBeTruthy()
  expect(screen.getByText('1. 工资报酬')).toBeTruthy()
  expect(screen.getByText('请求金额：¥12,000.00')).toBeTruthy()
  expect(screen.getByText('2. 社会保险')).toBeTruthy()
  expect(screen.getByText('非金额请求')).toBeTruthy()
  expect(screen.getByText('提交仲裁申请')).toBeTruthy()
  expect(screen.queryByRole('heading', { name: '可以向法院起诉' })).toBeNull()
  const actions = within(screen.getByRole('heading', { name: '现在可以办理' }).parentElement as HTMLElement)
  expect(actions.getAllByRole('button').map((item) => item.textContent)).toEqual(['撤回仲裁申请'])

  fireEvent.click(button('撤回仲裁申请'))
  fireEvent.change(screen.getByRole('textbox', { name: '撤回的原因（可不填）' }), { target: { value: '已经和单位和解' } })
  request.mockResolvedValueOnce(answer(200, { ...appliedCase, status: 'withdrawn', next: null, allowedActions: [] }))
  fireEvent.click(button('提交'))
  expect(await screen.findByText('已办理：撤回仲裁申请。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/disputes/arbitrations/arb-1/actions', method: 'POST', data: { kind: 'withdraw', reason: '已经和单位和解' } })
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
  expect(screen.getByText('现在没有需要您办理的事。')).toBeTruthy()
})

test('acceptance overdue tells her in plain words that she may go to court; the step is marked overdue', async () => {
  await openCase({
    ...appliedCase,
    overdue: true,
    deadlines: [{ step: 'accept', by: '2026-12-08', done: false, overdue: true }],
    mayGoToCourt: 'acceptance_overdue',
  })
  expect(screen.getByRole('heading', { name: '可以向法院起诉' })).toBeTruthy()
  expect(screen.getByText('仲裁委逾期未作出受理决定，您可以直接向人民法院起诉。')).toBeTruthy()
  expect(screen.getAllByText('已逾期').length).toBeGreaterThanOrEqual(2)
})

test('an award says it is final for the employer within 12 months of the minimum wage, what each claim got, and until when she may sue', async () => {
  await openCase(awardedCase)
  expect(screen.getByRole('heading', { name: '裁决结果' })).toBeTruthy()
  expect(screen.getByText('对用人单位为终局裁决（每项金额不超过当地月最低工资 12 个月，即 ¥29,880.00）。')).toBeTruthy()
  expect(screen.getByText(/^劳动者不服的，可以在 2027年2月4日 前向人民法院起诉/)).toBeTruthy()
  expect(screen.getByText('对裁决不服的，您可以在 2027年2月4日 前向人民法院起诉。')).toBeTruthy()
  expect(screen.getByText('裁决金额：¥10,000.00')).toBeTruthy()
  expect(screen.getByText('裁决金额：¥0.00')).toBeTruthy()
  expect(screen.getByText('开庭日期：2027年1月8日')).toBeTruthy()
  expect(screen.getByText('方式：网上开庭（视频）')).toBeTruthy()
  expect(screen.getByText('已延期 1 次')).toBeTruthy()
  expect(screen.getByText('说明：被申请人代理人住院')).toBeTruthy()
})

test('an award not final says both sides may sue by the day, and the employer reads "the applicant" where she reads "you", in English too', async () => {
  localeStore.set('en')
  await openCase({ ...awardedCase, myRole: 'respondent', award: { ...awardedCase.award!, finalForEmployer: false, reason: 'not_final', employerMaySue: true } }, employer, 'Time limits of each step')
  expect(screen.getByText('Not final: either side may go to the people’s court by 4 Feb 2027; if neither does, the award takes effect.')).toBeTruthy()
  expect(screen.getByText('If the applicant disagrees with the award, they may go to the people’s court by 4 Feb 2027.')).toBeTruthy()
  expect(screen.queryByText(/The worker may go to the people’s court/)).toBeNull()
})

test('the arbitrator accepts with one tap and a confirmation; a case moved on meanwhile is loaded again and said', async () => {
  await openCase({ ...appliedCase, myRole: 'arbitrator', allowedActions: ['accept', 'refuse'] }, officer)
  fireEvent.click(button('受理'))
  expect(screen.getByText(/^受理这份仲裁申请？/)).toBeTruthy()
  request.mockResolvedValueOnce(answer(409, problem('illegal_transition', 409))).mockResolvedValueOnce(answer(200, { ...appliedCase, status: 'accepted', myRole: 'arbitrator', allowedActions: [] }))
  fireEvent.click(button('确认'))
  expect(await screen.findByText('案件刚刚有了变化，下面是现在的情况。')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ kind: 'accept' })
  await waitFor(() => expect(sent(request, 2)).toMatchObject({ url: '/api/disputes/arbitrations/arb-1', method: 'GET' }))
})

test('a refusal needs its reason; a hearing too soon is said in words at the date, and another day goes through', async () => {
  await openCase({ ...appliedCase, status: 'tribunal_formed', myRole: 'arbitrator', allowedActions: ['scheduleHearing', 'extend', 'refuse'] }, officer)
  fireEvent.click(button('不予受理'))
  fireEvent.click(button('提交'))
  expect(await screen.findByRole('alert', { name: '请修改以下问题' })).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
  fireEvent.click(button('取消'))

  fireEvent.click(button('安排开庭'))
  fireEvent.input(screen.getByRole('textbox', { name: '开庭日期' }), { detail: { value: '2026-12-09' }, target: { value: '2026-12-09' } })
  fireEvent.click(screen.getByRole('radio', { name: '到仲裁院现场开庭' }))
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { detail: 'hearing_too_soon' })))
  fireEvent.click(button('提交'))
  expect(await screen.findAllByText(/^开庭日期太近了/)).not.toHaveLength(0)
  expect(sent(request, 1).data).toEqual({ kind: 'scheduleHearing', on: '2026-12-09', mode: 'office' })
  expect(screen.getByRole('textbox', { name: '开庭日期' }).getAttribute('aria-invalid')).toBe('true')
})

test('the award asks one amount per money claim and sends 0 for the others', async () => {
  await openCase({ ...appliedCase, status: 'heard', myRole: 'arbitrator', allowedActions: ['award'] }, officer)
  fireEvent.click(button('作出裁决'))
  expect(screen.queryByRole('textbox', { name: /第 2 项/ })).toBeNull()
  fireEvent.input(screen.getByRole('textbox', { name: '第 1 项 工资报酬：裁决金额（元）' }), { detail: { value: '10000' }, target: { value: '10000' } })
  request.mockResolvedValueOnce(answer(200, { ...awardedCase, myRole: 'arbitrator' }))
  fireEvent.click(button('提交'))
  expect(await screen.findByText('已办理：作出裁决。')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ kind: 'award', awardedFen: [1_000_000, 0] })
})

test('the employer submits its defence with one tap; an act that is not its own is refused in words', async () => {
  await openCase({ ...appliedCase, status: 'hearing_scheduled', myRole: 'respondent', allowedActions: ['submitDefence'] }, employer)
  fireEvent.click(button('提交答辩书'))
  expect(screen.getByText('确认本单位已向仲裁委提交答辩书？')).toBeTruthy()
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { detail: 'not_your_action' })))
  fireEvent.click(button('确认'))
  expect(await screen.findByText('这一步不是由您办理的。')).toBeTruthy()
})

test('recording a hearing before its day is refused in words, the case left as it was', async () => {
  await openCase({ ...appliedCase, status: 'hearing_scheduled', hearing: { on: '2027-01-08', mode: 'online', postponements: 0 }, myRole: 'arbitrator', allowedActions: ['recordHearing', 'postponeHearing'] }, officer)
  fireEvent.click(button('记录已开庭'))
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { detail: 'before_hearing_day' })))
  fireEvent.click(button('确认'))
  expect(await screen.findByText('还没到开庭日，不能记录已开庭。')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(2)
})

test('an extension asked for once the award’s time has run out is refused in words', async () => {
  await openCase({ ...appliedCase, status: 'heard', myRole: 'chair', allowedActions: ['extend'] }, { ...officer, roles: ['supervisor'] })
  fireEvent.click(button('延长审理期限'))
  fireEvent.change(screen.getByRole('textbox', { name: '理由' }), { target: { value: '案情复杂，需要调取证据' } })
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { detail: 'deadline_passed' })))
  fireEvent.click(button('提交'))
  expect(await screen.findByText('审理期限已经过了，不能再延长；申请人可以直接向法院起诉。')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ kind: 'extend', reason: '案情复杂，需要调取证据' })
})
