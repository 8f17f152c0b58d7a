import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import RegisterResidentPage from './index'

const request = vi.mocked(Taro.request)
const staff = { ...citizen, id: 'u-staff', displayName: '陈*', roles: ['grid_staff' as const] }
const kept = { grantId: 'grant-lin', maskedName: '林**', idNumberHint: '3303…', maskedPhone: null, registeredAt: '2026-11-29T02:00:00.000Z', expiresAt: '2027-11-29T02:00:00.000Z' }

const fill = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value }, detail: { value } })

function fillResident() {
  fill('居民姓名', '林桂芳')
  fill('居民身份证号码', '330302195110020044')
  fill('纸质同意书编号', 'LC-2026-0137')
}

test('grid staff register a resident who is there and signed, then keep her wishes acting for her', async () => {
  sessionStore.set({ token: 'token-staff', me: staff })
  request.mockResolvedValueOnce(answer(201, kept))
  render(<RegisterResidentPage />)
  fillResident()
  // Without the statement that she is here and agrees, nothing is sent.
  fireEvent.click(screen.getByText('登记'))
  expect(await screen.findByRole('alert')).toBeTruthy()
  expect(screen.getAllByText('只能在居民本人在场并同意时登记，请确认').length).toBeGreaterThan(0)
  expect(request).not.toHaveBeenCalled()

  fireEvent.click(screen.getByRole('checkbox', { name: '居民本人在场，已阅读并在同意书上签字' }))
  fireEvent.click(screen.getByText('登记'))
  expect(await screen.findByText('已登记 林**（3303…）')).toBeTruthy()
  expect(sent(request).data).toEqual({ name: '林桂芳', idNumber: '330302195110020044', residentPresent: true, agreement: { method: 'paper_form', reference: 'LC-2026-0137' } })
  expect(sent(request).header['Idempotency-Key']).toBeTruthy()

  fireEvent.click(screen.getByText('代 TA 填写求职意向'))
  expect(actingForStore.get()?.grantId).toBe('grant-lin')
  expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/features/jobs/pages/profile/index' })
})

test('a number that already has an account is refused with the way the person can grant help herself', async () => {
  sessionStore.set({ token: 'token-staff', me: staff })
  request.mockResolvedValueOnce(answer(409, problem('id_number_taken', 409)))
  render(<RegisterResidentPage />)
  fillResident()
  fireEvent.click(screen.getByRole('checkbox', { name: '居民本人在场，已阅读并在同意书上签字' }))
  fireEvent.click(screen.getByText('登记'))
  expect(await screen.findByText(/请居民本人在“授权代办”里授权您“找工作”/)).toBeTruthy()
})

test('in English, a wrong check digit is caught before sending; a citizen is told only grid staff register', () => {
  localeStore.set('en')
  sessionStore.set({ token: 'token-staff', me: staff })
  const { unmount } = render(<RegisterResidentPage />)
  fill('Resident’s full name', '林桂芳')
  fill('Resident’s ID card number', '330302195110020045')
  fireEvent.click(screen.getByText('Register'))
  expect(screen.getAllByText('The last character of this ID card number does not match; check it and try again').length).toBeGreaterThan(0)
  expect(request).not.toHaveBeenCalled()
  unmount()

  sessionStore.set({ token: 'token-zhang', me: citizen })
  render(<RegisterResidentPage />)
  expect(screen.getByText('Only grid staff can register residents.')).toBeTruthy()
})
