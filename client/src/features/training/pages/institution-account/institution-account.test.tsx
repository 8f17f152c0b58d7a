import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { InstitutionAccount } from '@renshe/shared/training/subsidy'
import { answer, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { school } from '../../test-fixtures'
import InstitutionAccountPage from './index'

const request = vi.mocked(Taro.request)

/** The school's account kept since 20 November 2026. */
const kept: InstitutionAccount = { accountName: school.displayName, bankName: '温州银行鹿城支行', accountNoMasked: '****6789', updatedAt: '2026-11-20T02:00:00.000Z' }

async function openPage(account: InstitutionAccount | null) {
  sessionStore.set({ token: 'token-school', me: school })
  request.mockResolvedValueOnce(answer(200, { account }))
  render(<InstitutionAccountPage />)
  await screen.findByRole('button', { name: /下一步：核对|Next: check/ })
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/institution/account', method: 'GET' })
  expect(sent(request, 0).header['X-Acting-For']).toBeUndefined()
}

const input = (id: string) => document.getElementById(id) as HTMLInputElement
const type = (id: string, value: string) => fireEvent.input(input(id), { target: { value } })
const card = (title: string) => within(screen.getByRole('heading', { name: title }).parentElement as HTMLElement)

test('with no account yet the school reads why it needs one, types the bank and the number under its own name, checks them in full, and saves', async () => {
  await openPage(null)
  expect(screen.getByText('还没有登记结算账户。登记之前，本机构的培训补贴付不出去。')).toBeTruthy()
  const form = card('登记结算账户')
  // The account name is the institution's own, shown, never typed.
  expect(form.getByText('户名')).toBeTruthy()
  expect(form.getByText('温州鹿城职业技能培训学校')).toBeTruthy()
  expect(form.getAllByRole('textbox').map((box) => box.id)).toEqual(['account-bank', 'account-number'])

  fireEvent.click(screen.getByRole('button', { name: '下一步：核对' }))
  const summary = await screen.findByRole('alert')
  expect(document.activeElement).toBe(summary)
  expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['开户银行：请填写此项', '账号：请输入 8 至 32 位数字的银行账号'])
  expect(input('account-number').getAttribute('aria-invalid')).toBe('true')

  type('account-bank', '中国工商银行温州鹿城支行')
  type('account-number', '6222 0212 3456 7890 123')
  fireEvent.click(screen.getByRole('button', { name: '下一步：核对' }))
  expect(screen.getByRole('alert').textContent).toBe('请核对：补贴将付到中国工商银行温州鹿城支行，账号 6222 0212 3456 7890 123，户名 温州鹿城职业技能培训学校。')
  fireEvent.click(screen.getByRole('button', { name: '返回修改' }))
  expect(input('account-number').value).toBe('6222 0212 3456 7890 123')
  expect(request).toHaveBeenCalledTimes(1)

  fireEvent.click(screen.getByRole('button', { name: '下一步：核对' }))
  request.mockResolvedValueOnce(answer(200, { accountName: school.displayName, bankName: '中国工商银行温州鹿城支行', accountNoMasked: '****0123', updatedAt: '2026-11-29T02:00:00.000Z' }))
  fireEvent.click(screen.getByRole('button', { name: '确认保存' }))
  expect(await screen.findByText('已保存。以后的补贴付到这个账户。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/institution/account', method: 'PUT', data: { bankName: '中国工商银行温州鹿城支行', accountNo: '6222021234567890123' } })
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
  expect(sent(request, 1).header['X-Acting-For']).toBeUndefined()
  const current = card('现在的结算账户')
  expect(current.getByText('****0123')).toBeTruthy()
  expect(current.getByText('2026年11月29日登记')).toBeTruthy()
  // The form is for the next change, empty again.
  expect(card('更换结算账户').getByText('更换后，还没有发出的补贴都付到新账户。')).toBeTruthy()
  expect(input('account-number').value).toBe('')
})

test('the account kept is shown masked; a number the server refuses is said at its field, with what was typed kept; a save that got no answer is retried with the same key', async () => {
  await openPage(kept)
  const current = card('现在的结算账户')
  expect(current.getByText('温州银行鹿城支行')).toBeTruthy()
  expect(current.getByText('****6789')).toBeTruthy()
  expect(current.getByText('2026年11月20日登记')).toBeTruthy()
  expect(screen.queryByText(/还没有登记结算账户/)).toBeNull()

  type('account-bank', '中国农业银行温州分行')
  type('account-number', '62284800001234567')
  fireEvent.click(screen.getByRole('button', { name: '下一步：核对' }))
  request.mockResolvedValueOnce(answer(422, problem('validation_failed', 422, { errors: [{ path: 'body.accountNo', key: 'field.invalid', message: 'x' }] })))
  fireEvent.click(screen.getByRole('button', { name: '确认保存' }))
  // The error summary replaces the check, its one link at the number.
  expect(await screen.findByRole('link', { name: '账号：此项格式不正确' })).toBeTruthy()
  expect(input('account-number').getAttribute('aria-invalid')).toBe('true')
  expect(input('account-bank').value).toBe('中国农业银行温州分行')
  expect(input('account-number').value).toBe('62284800001234567')

  type('account-number', '6228480000123456')
  fireEvent.click(screen.getByRole('button', { name: '下一步：核对' }))
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(screen.getByRole('button', { name: '确认保存' }))
  const retry = await screen.findByRole('button', { name: '重试' })
  request.mockResolvedValueOnce(answer(200, { ...kept, bankName: '中国农业银行温州分行', accountNoMasked: '****3456' }))
  fireEvent.click(retry)
  expect(await screen.findByText('****3456')).toBeTruthy()
  expect(sent(request, 3).header['Idempotency-Key']).toBe(sent(request, 2).header['Idempotency-Key'])
  // Corrected after the refused save: another submission.
  expect(sent(request, 2).header['Idempotency-Key']).not.toBe(sent(request, 1).header['Idempotency-Key'])
})

test('in English and care mode the page and its errors speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  await openPage(null)
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByText('No settlement account on record yet. Until there is one, your training subsidies cannot be paid.')).toBeTruthy()
  type('account-bank', 'x')
  type('account-number', '12ab')
  fireEvent.click(screen.getByRole('button', { name: 'Next: check' }))
  const summary = await screen.findByRole('alert')
  expect(within(summary).getByRole('heading').textContent).toBe('There is a problem')
  expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['Bank: Enter a value', 'Account number: Enter a bank account number of 8 to 32 digits'])
  expect(input('account-number').value).toBe('12ab')
  expect(request).toHaveBeenCalledTimes(1)
})

test('an account that will not load offers a retry', async () => {
  sessionStore.set({ token: 'token-school', me: school })
  request.mockResolvedValueOnce(answer(500, problem('internal', 500)))
  render(<InstitutionAccountPage />)
  request.mockResolvedValueOnce(answer(200, { account: kept }))
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  expect(await screen.findByText('****6789')).toBeTruthy()
})
