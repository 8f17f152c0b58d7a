import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { KeptProfile } from '@renshe/shared/identity/kept'
import { answer, citizen, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import KeptProfilePage from './index'

const request = vi.mocked(Taro.request)
const card = { staffCode: 'WG330302001', maskedName: '陈**', regionCode: '330302', organization: '五马街道社区服务中心' }
const kept: KeptProfile = {
  status: 'kept',
  staff: card,
  registeredAt: '2026-11-16T02:00:00.000Z',
  agreement: { method: 'paper_form', reference: 'LC-2026-0137' },
  grant: { id: 'grant-lin', staff: { ...card, name: '陈建华' }, scopes: ['jobs.assist'], createdAt: '2026-11-16T02:00:00.000Z', expiresAt: '2027-11-16T02:00:00.000Z', revokedAt: null, status: 'active' },
  decidedAt: null,
}

test('she sees who registered her, on which signed form, with links to all of it, and confirms keeping the help', async () => {
  sessionStore.set({ token: 'token-lin', me: citizen })
  request.mockResolvedValueOnce(answer(200, { kept })).mockResolvedValueOnce(answer(200, { kept: { ...kept, status: 'confirmed', decidedAt: '2026-11-29T02:00:00.000Z' } }))
  render(<KeptProfilePage />)
  expect(await screen.findByText('登记人：网格员 陈建华（WG330302001）')).toBeTruthy()
  expect(screen.getByText('您签字的纸质同意书编号：LC-2026-0137')).toBeTruthy()
  expect(screen.getByText('看看网格员为您做过的每一件事')).toBeTruthy()
  fireEvent.click(screen.getByText('确认，并继续请网格员帮我找工作'))
  expect(await screen.findByText('已确认。这些资料现在由您自己管理。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/me/kept-profile/confirm', method: 'POST', data: { keepGrant: true } })
  expect(screen.queryByText('这不是我同意的，拒绝')).toBeNull()
})

test('in English, she refuses: the wishes are gone and the help has ended', async () => {
  localeStore.set('en')
  sessionStore.set({ token: 'token-lin', me: citizen })
  const refused = { ...kept, status: 'refused', decidedAt: '2026-11-29T02:00:00.000Z', grant: { ...kept.grant, status: 'revoked', revokedAt: '2026-11-29T02:00:00.000Z' } }
  request.mockResolvedValueOnce(answer(200, { kept })).mockResolvedValueOnce(answer(200, { kept: refused }))
  render(<KeptProfilePage />)
  fireEvent.click(await screen.findByText('I did not agree to this: refuse'))
  expect(await screen.findByText('Refused. The job wishes kept for you are deleted and the authorisation has ended.')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/me/kept-profile/refuse', method: 'POST' })
  expect(screen.queryByText('See the job wishes kept for you')).toBeNull()
})

test('someone with nothing kept is told so', async () => {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(200, { kept: null }))
  render(<KeptProfilePage />)
  expect(await screen.findByText('没有网格员为您登记的资料。')).toBeTruthy()
})
