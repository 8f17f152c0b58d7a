import { fireEvent, render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import Taro from '@tarojs/taro'
import { CareModeSwitch } from '../../ui/care-mode-switch'
import { PageShell } from '../../ui/page-shell'
import { carePreferenceStore, careSuggestedStore } from './care-mode-store'

function Page() {
  return (
    <PageShell title='首页'>
      <CareModeSwitch />
    </PageShell>
  )
}

const pageRoot = () => screen.getByRole('main').parentElement

test('a person who switches care mode on gets the large-text page, and it is remembered', () => {
  render(<Page />)
  const toggle = screen.getByRole('switch', { name: '关怀模式（大字体）' })
  expect(toggle.getAttribute('aria-checked')).toBe('false')
  expect(pageRoot()?.className).not.toContain('page--care')

  fireEvent.click(toggle)

  expect(toggle.getAttribute('aria-checked')).toBe('true')
  expect(pageRoot()?.className).toContain('page--care')
  expect(Taro.getStorageSync('renshe.careMode')).toBe(JSON.stringify('on'))
})

test('an account of 70 or over starts in care mode, until the person turns it off', () => {
  careSuggestedStore.set(true)
  render(<Page />)
  const toggle = screen.getByRole('switch')
  expect(toggle.getAttribute('aria-checked')).toBe('true')

  fireEvent.keyDown(toggle, { key: ' ' })

  expect(toggle.getAttribute('aria-checked')).toBe('false')
  expect(pageRoot()?.className).not.toContain('page--care')
  expect(carePreferenceStore.get()).toBe('off')
})
