import { fireEvent, render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { startActing } from '../lib/acting-for/acting-for-store'
import { carePreferenceStore } from '../lib/care-mode/care-mode-store'
import { localeStore } from '../lib/i18n/locale-store'
import { CareModeSwitch } from './care-mode-switch'
import { PageShell } from './page-shell'

const wang = { grantId: 'grant-7', maskedName: '王**', idNumberHint: '3303…', scopes: ['records.read' as const], expiresAt: '2030-01-01T00:00:00.000Z' }

function Page() {
  return (
    <PageShell title='我的'>
      <CareModeSwitch />
    </PageShell>
  )
}

const pageRoot = () => screen.getByRole('main').parentElement
const careSwitch = () => screen.getByRole('switch', { name: /关怀模式|Care mode/ })

test('grid staff acting for someone see her name above every page, in English too', () => {
  localeStore.set('en')
  startActing(wang)
  render(<Page />)

  const strip = screen.getByRole('region', { name: 'Acting for someone' })
  expect(strip.textContent).toContain('Acting for 王** (3303…)')
  expect(screen.getByRole('button', { name: 'Stop acting' })).toBeTruthy()
})

test('care mode turned on for the citizen goes back to the staff member’s own setting at one tap on stop', () => {
  localeStore.set('zh-CN')
  carePreferenceStore.set('off')
  startActing(wang)
  render(<Page />)
  expect(careSwitch().textContent).toContain('停止代办后，恢复您自己原来的设置')

  fireEvent.click(careSwitch())
  expect(pageRoot()?.className).toContain('page--care')

  fireEvent.click(screen.getByRole('button', { name: '停止代办' }))

  expect(screen.queryByRole('region', { name: '代办状态' })).toBeNull()
  expect(pageRoot()?.className).not.toContain('page--care')
  expect(careSwitch().getAttribute('aria-checked')).toBe('false')
  expect(careSwitch().textContent).toContain('字体更大、按钮更大、不弹窗')
})
