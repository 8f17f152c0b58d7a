import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { AssistanceOffer } from '@renshe/shared/retiree/schemas'
import { answer, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { pensioner } from '../../test-fixtures'
import AssistancePage from './index'

const request = vi.mocked(Taro.request)
const longevity: AssistanceOffer = {
  id: 'offer-1',
  benefit: 'longevity_allowance',
  amountFen: 10_000,
  status: 'offered',
  offeredAt: '2026-11-29T01:00:00.000Z',
  confirmedAt: null,
}
const visits: AssistanceOffer = { ...longevity, id: 'offer-2', benefit: 'home_visit_service', amountFen: null }

test('a pensioner takes up a benefit with one tap, no form', async () => {
  sessionStore.set({ token: 'token-wang', me: pensioner })
  request.mockResolvedValueOnce(answer(200, { offers: [longevity, visits] }))
  render(<AssistancePage />)

  expect(await screen.findByRole('heading', { name: '高龄津贴' })).toBeTruthy()
  expect(screen.getByText('每月 ¥100.00')).toBeTruthy()
  expect(screen.getByRole('heading', { name: '居家上门服务' })).toBeTruthy()
  expect(screen.getAllByRole('button', { name: '确认领取' })).toHaveLength(2)
  expect(screen.queryByRole('textbox')).toBeNull()

  request.mockResolvedValueOnce(answer(200, { ...longevity, status: 'confirmed', confirmedAt: '2026-11-29T02:00:00.000Z' }))
  fireEvent.click(screen.getAllByRole('button', { name: '确认领取' })[0] as HTMLElement)

  expect(await screen.findByText('已确认（2026年11月29日）')).toBeTruthy()
  expect(screen.getAllByRole('button', { name: '确认领取' })).toHaveLength(1)
  expect(sent(request, 1).url).toBe('/api/retiree/assistance/offer-1/confirm')
  expect(sent(request, 1).method).toBe('POST')
})
