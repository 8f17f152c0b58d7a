import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { CaseDetail } from '@renshe/shared/wages/schemas'
import { answer, noAnswer, problem, sent } from '../../../../test/fixtures'
import { sessionStore } from '../../../lib/auth/session-store'
import { localeStore } from '../../../lib/i18n/locale-store'
import { OfficeCaseActions } from './office-case-actions'
import { officer, sampleCase } from './office-sample-case'

const request = vi.mocked(Taro.request)

function renderActions(detail: CaseDetail = sampleCase) {
  sessionStore.set({ token: 'token-officer', me: officer })
  const handlers = { onChanged: vi.fn(), onConflict: vi.fn() }
  render(<OfficeCaseActions detail={detail} {...handlers} />)
  return handlers
}

const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }))
const type = (name: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } })

test('only the acts the server allows are offered', () => {
  renderActions({ ...sampleCase, status: 'submitted', allowedActions: ['accept', 'reject'] })

  expect(screen.getByRole('button', { name: '受理' })).toBeTruthy()
  expect(screen.getByRole('button', { name: '不予受理' })).toBeTruthy()
  expect(screen.queryByRole('button', { name: '延长期限' })).toBeNull()
  expect(screen.queryByRole('button', { name: '办结' })).toBeNull()
})

test('refusing a complaint without a reason is stopped before anything is sent', async () => {
  renderActions({ ...sampleCase, status: 'submitted', allowedActions: ['accept', 'reject'] })

  press('不予受理')
  press('确认不予受理')

  expect(await screen.findByRole('link', { name: '请填写此项' })).toBeTruthy()
  expect(screen.getByRole('textbox', { name: '理由' }).getAttribute('aria-invalid')).toBe('true')
  expect(request).not.toHaveBeenCalled()
})

test('a reason too short to mean anything is refused too', async () => {
  renderActions({ ...sampleCase, status: 'submitted', allowedActions: ['reject'] })

  press('不予受理')
  type('理由', '不')
  press('确认不予受理')

  expect(await screen.findByRole('link', { name: '内容太短' })).toBeTruthy()
  expect(request).not.toHaveBeenCalled()
})

test('a settled mediation cannot be recorded until the worker has confirmed it', async () => {
  renderActions()

  press('记录调解结果')
  type('单位已支付金额（元）', '18600')
  press('保存调解结果')

  expect(await screen.findByRole('link', { name: '调解达成时须经劳动者确认' })).toBeTruthy()
  expect(request).not.toHaveBeenCalled()

  request.mockResolvedValueOnce(answer(200, { ...sampleCase, status: 'resolved', allowedActions: ['close'] }))
  fireEvent.click(screen.getByRole('checkbox', { name: '投诉人已确认调解结果' }))
  press('保存调解结果')

  await waitFor(() => expect(request).toHaveBeenCalledTimes(1))
  expect(sent(request).url).toBe('/api/wages/complaints/case-1/actions')
  expect(sent(request).data).toEqual({ kind: 'recordMediation', settled: true, paidFen: 1_860_000, workerConfirmed: true, note: '' })
})

test('a mediation that failed needs no confirmation', async () => {
  const { onChanged } = renderActions()
  request.mockResolvedValueOnce(answer(200, { ...sampleCase, status: 'accepted' }))

  press('记录调解结果')
  fireEvent.click(screen.getByRole('radio', { name: /未达成一致/ }))
  press('保存调解结果')

  await waitFor(() => expect(onChanged).toHaveBeenCalled())
  expect(sent(request).data).toMatchObject({ settled: false, workerConfirmed: false, paidFen: 0 })
})

test("the server's refusal of an unconfirmed settlement is shown at the confirmation", async () => {
  renderActions()
  request.mockResolvedValueOnce(
    answer(400, problem('validation_failed', 400, { errors: [{ path: 'body', key: 'mediation.confirm', message: 'confirm' }] })),
  )

  press('记录调解结果')
  fireEvent.click(screen.getByRole('checkbox', { name: '投诉人已确认调解结果' }))
  press('保存调解结果')

  expect(await screen.findByRole('link', { name: '调解达成时须经劳动者确认' })).toBeTruthy()
})

test('the amount recovered is typed in yuan and sent in exact fen', async () => {
  renderActions({ ...sampleCase, status: 'resolved', allowedActions: ['close'] })
  request.mockResolvedValueOnce(answer(200, { ...sampleCase, status: 'closed', allowedActions: [] }))

  press('办结')
  type('为投诉人追回的金额（元）', '18,600.29')
  type('办结结论', '单位已全额支付拖欠工资')
  press('确认办结')

  await waitFor(() => expect(request).toHaveBeenCalledTimes(1))
  expect(sent(request).data).toEqual({ kind: 'close', conclusion: '单位已全额支付拖欠工资', recoveredFen: 1_860_029 })
})

test('an amount that is not one is caught at its field', async () => {
  renderActions({ ...sampleCase, status: 'resolved', allowedActions: ['close'] })

  press('办结')
  type('为投诉人追回的金额（元）', '12.345')
  type('办结结论', '单位已全额支付拖欠工资')
  press('确认办结')

  expect(await screen.findByRole('link', { name: '金额应在 1 元至 1000 万元之间，最多两位小数' })).toBeTruthy()
  expect(request).not.toHaveBeenCalled()
})

test('sending again after a lost answer is the same act, not a second one', async () => {
  renderActions({ ...sampleCase, status: 'submitted', allowedActions: ['accept', 'reject'] })
  request.mockRejectedValueOnce(noAnswer()).mockResolvedValueOnce(answer(200, { ...sampleCase, status: 'accepted', allowedActions: [] }))

  press('受理')
  press('确认受理')
  await screen.findByRole('heading', { name: '网络连接失败' })
  press('重试')

  await waitFor(() => expect(request).toHaveBeenCalledTimes(2))
  expect(sent(request, 1).header['Idempotency-Key']).toBe(sent(request, 0).header['Idempotency-Key'])
  expect(sent(request, 1).data).toEqual({ kind: 'accept' })
})

test('a case someone else has already moved on is handed back to the page to reload', async () => {
  const { onConflict, onChanged } = renderActions({ ...sampleCase, status: 'submitted', allowedActions: ['accept'] })
  request.mockResolvedValueOnce(answer(409, problem('illegal_transition', 409)))

  press('受理')
  press('确认受理')

  await waitFor(() => expect(onConflict).toHaveBeenCalledWith(expect.objectContaining({ code: 'illegal_transition' })))
  expect(onChanged).not.toHaveBeenCalled()
})

test('the forms read in English too', async () => {
  localeStore.set('en')
  renderActions({ ...sampleCase, status: 'inspection', allowedActions: ['extend', 'close'] })

  press('Extend the deadline')
  press('Confirm the extension')

  expect(await screen.findByRole('link', { name: 'Enter a value' })).toBeTruthy()
  expect(screen.getByRole('textbox', { name: 'Reason' })).toBeTruthy()
})
