import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { AccessLogEntry } from '@renshe/shared/identity/schemas'
import { answer, citizen } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import AccessLogPage from './index'

const request = vi.mocked(Taro.request)
const nobody = { self: false, maskedName: '', name: null, role: null, staffCode: null, system: false }

function entry(id: string, operation: string, actor: Partial<AccessLogEntry['actor']>, byProxy = false): AccessLogEntry {
  return { id, at: '2026-11-16T02:00:00.000Z', operation, kind: 'write', actor: { ...nobody, ...actor }, byProxy }
}

const entries = [
  entry('4', 'jobs.apply', { maskedName: '陈**', name: '陈建华', role: 'grid_staff', staffCode: 'WG330302001' }, true),
  entry('3', 'jobs.sendMatchNotices', { system: true }),
  entry('2', 'records.verifyCertificate', {}),
  entry('1', 'identity.login', { self: true }),
]

test('each act is named in words with who did it: her helper by badge, the portal’s own work, a stranger’s check, herself', async () => {
  sessionStore.set({ token: 'token-wang', me: citizen })
  request.mockResolvedValueOnce(answer(200, { items: entries, nextCursor: null }))
  render(<AccessLogPage />)
  expect(await screen.findByText('报名工作')).toBeTruthy()
  expect(screen.getByText('网格员 WG330302001 陈建华')).toBeTruthy()
  expect(screen.getByText('发送推荐工作消息')).toBeTruthy()
  expect(screen.getByText('人社服务平台自动处理')).toBeTruthy()
  expect(screen.getByText('未登录的核验方（如学校、单位）')).toBeTruthy()
  expect(screen.getByText('您本人')).toBeTruthy()
})

test('in English too', async () => {
  localeStore.set('en')
  sessionStore.set({ token: 'token-wang', me: citizen })
  request.mockResolvedValueOnce(answer(200, { items: entries, nextCursor: null }))
  render(<AccessLogPage />)
  expect(await screen.findByText('Applied for a job')).toBeTruthy()
  expect(screen.getByText('The portal, automatically')).toBeTruthy()
  expect(screen.getByText('Sent a message about suggested jobs')).toBeTruthy()
})
