import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test } from 'vitest'
import { pages } from '@renshe/shared/platform/pages'
import { carePreferenceStore } from '../../lib/care-mode/care-mode-store'
import { localeStore } from '../../lib/i18n/locale-store'
import HomePage from './index'

const tiles = () => within(screen.getByRole('list')).getAllByRole('link')

test('logged out, Home shows every citizen service, wage complaints and pensions included, each saying it needs a login', () => {
  render(<HomePage />)
  const names = tiles().map((tile) => tile.textContent ?? '')
  expect(names).toHaveLength(9)
  for (const service of ['社保缴费记录', '开具参保证明', '我的参保证明', '养老金', '欠薪投诉', '我的投诉', '代办授权']) {
    const tile = names.find((name) => name.startsWith(service))
    expect(tile, service).toMatch(/需登录$/)
  }
  // Checking a certificate is for schools and employers, who have no login.
  expect(names.find((name) => name.startsWith('参保证明核验'))).toMatch(/无需登录$/)
  // So is checking a labour contract's file: whoever holds it, logged in or not.
  expect(names.find((name) => name.startsWith('劳动合同核验'))).toMatch(/无需登录$/)
})

test('a logged-out tap on a service leads to the login, which then opens that service', () => {
  render(<HomePage />)
  fireEvent.click(screen.getByRole('link', { name: /^欠薪投诉/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `${pages.login}?next=${encodeURIComponent(pages.fileComplaint)}` })
  fireEvent.keyDown(screen.getByRole('link', { name: /^养老金/ }), { key: 'Enter' })
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `${pages.login}?next=${encodeURIComponent(pages.pensionAccount)}` })
  fireEvent.click(screen.getByRole('link', { name: /^参保证明核验/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.verify })
  fireEvent.click(screen.getByRole('link', { name: /^劳动合同核验/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.verifyContract })
})

test('in English and care mode the tiles say so too, one to a row', () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  render(<HomePage />)
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByRole('link', { name: /^Unpaid wages.*Log in first$/ })).toBeTruthy()
  expect(screen.getByRole('link', { name: /^Pension.*Log in first$/ })).toBeTruthy()
  expect(screen.getByRole('link', { name: /^Check a certificate.*No login needed$/ })).toBeTruthy()
})
