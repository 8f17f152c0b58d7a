import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { PendingItem } from '@renshe/shared/inbox/schemas'
import { answer, citizen } from '../../../test/fixtures'
import { sessionStore } from '../../lib/auth/session-store'
import { localeStore } from '../../lib/i18n/locale-store'
import { PendingList } from '../../pages/home/pending-list'

function openHome(items: PendingItem[], roles: ('citizen' | 'employer')[] = ['citizen']) {
  sessionStore.set({ token: 'token', me: { ...citizen, roles } })
  vi.mocked(Taro.request).mockResolvedValueOnce(answer(200, { items }))
  render(<PendingList />)
}

test('a contract waiting for her signature is on her Home and opens the contract; several open her list', async () => {
  openHome([{ kind: 'contracts_to_sign', count: 1, contractId: 'ct-1' }])
  fireEvent.click(await screen.findByRole('link', { name: '有 1 份劳动合同等待您阅读和签署' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/contracts/pages/contract/index?id=ct-1' })
})

test('in English, several contracts lead to her list; an employer’s one draft opens the draft', async () => {
  localeStore.set('en')
  openHome([
    { kind: 'contracts_to_sign', count: 2, contractId: null },
    { kind: 'contract_drafts', count: 1, contractId: 'ct-9' },
  ])
  fireEvent.click(await screen.findByRole('link', { name: 'Labour contracts waiting for you to read and sign: 2' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/contracts/pages/mine/index' })
  fireEvent.click(screen.getByRole('link', { name: 'Draft labour contracts waiting for your organisation’s signature: 1' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/contracts/pages/draft/index?id=ct-9' })
})
