import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { Me } from '@renshe/shared/identity/schemas'
import { answer } from '../../../test/fixtures'
import { sessionStore } from '../../lib/auth/session-store'
import { localeStore } from '../../lib/i18n/locale-store'
import { ProfileCard } from './profile-card'

const request = vi.mocked(Taro.request)
const pensioner: Me = {
  id: 'u-sun',
  displayName: '孙*',
  roles: ['citizen'],
  realName: { bound: true, maskedName: '孙**', maskedIdNumber: '330302********301X', maskedPhone: null, regionCode: '330302', boundAt: '2025-01-02T03:04:05.000Z' },
  regionCode: null,
  staffCode: null,
  suggestCareMode: true,
}

test('Me names the district of the real name, not its code, in either language', async () => {
  sessionStore.set({ token: 'token-sun', me: pensioner })
  request.mockResolvedValueOnce(answer(200, pensioner))
  const { unmount } = render(<ProfileCard />)
  expect(await screen.findByText('鹿城区')).toBeTruthy()
  expect(screen.queryByText('330302')).toBeNull()
  unmount()

  localeStore.set('en')
  request.mockResolvedValueOnce(answer(200, pensioner))
  render(<ProfileCard />)
  expect(await screen.findByText('Lucheng District')).toBeTruthy()
})
