import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { Me } from '@renshe/shared/identity/schemas'
import { answer, citizen } from '../../../test/fixtures'
import { startActing } from '../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../lib/auth/session-store'
import { localeStore } from '../../lib/i18n/locale-store'
import HomePage from './index'

const chen: Me = {
  ...citizen,
  id: 'u-chen',
  displayName: '陈**',
  roles: ['grid_staff', 'citizen'],
  realName: { bound: true, maskedName: '陈**', maskedIdNumber: '330302********3012', maskedPhone: null, regionCode: '330302', boundAt: '2025-01-02T03:04:05.000Z' },
  staffCode: 'WG330302001',
}
const wang = { grantId: 'grant-7', maskedName: '王**', idNumberHint: '3303…', scopes: ['profile.read' as const], expiresAt: '2030-01-01T00:00:00.000Z' }

function openHomeAsChen() {
  sessionStore.set({ token: 'token', me: chen })
  vi.mocked(Taro.request).mockResolvedValue(answer(200, { items: [] }))
  render(<HomePage />)
}

test('grid staff acting for a citizen see Home greet her, not themselves, until they stop', async () => {
  localeStore.set('zh-CN')
  startActing(wang)
  openHomeAsChen()

  expect(await screen.findByText('王**，您好')).toBeTruthy()
  expect(screen.queryByText(/陈/)).toBeNull()

  fireEvent.click(screen.getByRole('button', { name: '停止代办' }))

  expect(await screen.findByText('陈**，您好')).toBeTruthy()
  expect(screen.queryByText(/王\*\*/)).toBeNull()
})

test('the greeting names the citizen acted for in English too', async () => {
  localeStore.set('en')
  startActing(wang)
  openHomeAsChen()

  expect(await screen.findByText('Hello, 王**')).toBeTruthy()
})
