import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, noAnswer, problem, sent, unboundCitizen } from '../../../../test/fixtures'
import { sessionStore } from '../../../lib/auth/session-store'
import { RealNameForm } from './real-name-form'

const request = vi.mocked(Taro.request)
const boundLi = {
  ...unboundCitizen,
  realName: { bound: true as const, maskedName: '李*', maskedIdNumber: '330304********4523', maskedPhone: null, regionCode: '330304', boundAt: '2025-01-02T03:04:05.000Z' },
}

function renderForm() {
  sessionStore.set({ token: 'token-li', me: unboundCitizen })
  const handlers = { onBound: vi.fn(), onConsentRequired: vi.fn(), onAlreadyBound: vi.fn() }
  render(<RealNameForm {...handlers} />)
  return handlers
}

function type(name: string, value: string) {
  fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } })
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: '提交实名认证' }))

test('a person whose connection drops keeps what they typed and retries the same submission', async () => {
  const { onBound } = renderForm()
  request.mockRejectedValueOnce(noAnswer()).mockResolvedValueOnce(answer(200, boundLi))
  type('姓名', '李娜')
  type('身份证号码', '330304198807214523')

  submit()

  await screen.findByRole('heading', { name: '网络连接失败' })
  expect(screen.getByRole<HTMLInputElement>('textbox', { name: '姓名' }).value).toBe('李娜')
  expect(screen.getByRole<HTMLInputElement>('textbox', { name: '身份证号码' }).value).toBe('330304198807214523')

  fireEvent.click(screen.getByRole('button', { name: '重试' }))

  await waitFor(() => expect(onBound).toHaveBeenCalledWith(boundLi))
  expect(sent(request, 1).header['Idempotency-Key']).toBe(sent(request, 0).header['Idempotency-Key'])
  expect(sent(request, 1).data).toEqual({ name: '李娜', idNumber: '330304198807214523' })
})

test('a mistyped ID number is caught before anything is sent', async () => {
  renderForm()
  type('姓名', '李娜')
  type('身份证号码', '330304198807214524')

  submit()

  expect(await screen.findByRole('link', { name: '身份证号码校验位不正确，请核对后重新输入' })).toBeTruthy()
  expect(screen.getByRole('alert')).toBe(document.activeElement)
  expect(request).not.toHaveBeenCalled()
})

test('an ID number with a birth date after today is refused before sending', async () => {
  renderForm()
  const year = new Date().getFullYear() + 1
  const first17 = `330304${year}0101001`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0)
  type('姓名', '李娜')
  type('身份证号码', `${first17}${'10X98765432'[sum % 11]}`)

  submit()

  expect(await screen.findByRole('link', { name: '身份证号码中的出生日期晚于今天' })).toBeTruthy()
  expect(request).not.toHaveBeenCalled()
})

test("the server's field errors are shown at their fields, in the person's language", async () => {
  renderForm()
  request.mockResolvedValueOnce(
    answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.name', key: 'name.mismatch', message: 'mismatch' }] })),
  )
  type('姓名', '李四')
  type('身份证号码', '330304198807214523')

  submit()

  expect(await screen.findByRole('link', { name: '姓名与身份证号码登记的信息不一致，请核对' })).toBeTruthy()
  expect(screen.getByRole('textbox', { name: '姓名' }).getAttribute('aria-invalid')).toBe('true')
})

test('a missing consent sends the person back to the consent text', async () => {
  const { onConsentRequired } = renderForm()
  request.mockResolvedValueOnce(answer(403, problem('consent_required', 403)))
  type('姓名', '李娜')
  type('身份证号码', '330304198807214523')

  submit()

  await waitFor(() => expect(onConsentRequired).toHaveBeenCalled())
})
