import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { Me } from '@renshe/shared/identity/schemas'
import { answer, problem } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import SummaryPage from './index'

const request = vi.mocked(Taro.request)
const newcomer: Me = {
  id: 'u-new',
  displayName: '李*',
  roles: ['citizen'],
  realName: { bound: false },
  regionCode: null,
  staffCode: null,
  suggestCareMode: false,
}

test('without a real name, the records page says records need it, not certificates, and leads to it', async () => {
  sessionStore.set({ token: 'token-new', me: newcomer })
  request.mockResolvedValueOnce(answer(403, problem('real_name_required', 403)))
  render(<SummaryPage />)
  expect(await screen.findByText(/社保记录按身份证号查询：请先完成实名认证/)).toBeTruthy()
  expect(screen.queryByText(/开具证明/)).toBeNull()
  expect(screen.getByRole('button', { name: '去实名认证' })).toBeTruthy()
})
