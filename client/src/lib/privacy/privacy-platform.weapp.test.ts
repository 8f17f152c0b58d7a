import { afterEach, expect, test, vi } from 'vitest'
import { privacyPromptStore, resetPrivacyConsent, type PrivacyResolve } from './privacy-consent'

type Listener = (resolve: PrivacyResolve, eventInfo: { referrer: string }) => void

const wechat = vi.hoisted(() => ({ listeners: [] as unknown[], openPrivacyContract: vi.fn() }))

vi.mock('@tarojs/taro', () => ({
  default: {
    onNeedPrivacyAuthorization: (listener: unknown) => wechat.listeners.push(listener),
    openPrivacyContract: wechat.openPrivacyContract,
  },
}))

afterEach(() => {
  resetPrivacyConsent()
})

test('WeChat’s privacy request is listened to once and puts the consent screen up for the API that asked', async () => {
  const { listenForPrivacyRequests, openPrivacyContract } = await import('./privacy-platform.weapp')
  listenForPrivacyRequests()
  expect(wechat.listeners).toHaveLength(1)
  const resolve = vi.fn<PrivacyResolve>()
  ;(wechat.listeners[0] as Listener)(resolve, { referrer: 'chooseMedia' })
  expect(privacyPromptStore.get()).toEqual({ kind: 'asking', action: 'photos' })
  expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' })
  openPrivacyContract()
  expect(wechat.openPrivacyContract).toHaveBeenCalledOnce()
})
