import { cleanup, configure } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
import { actingForStore, actingStopNoticeStore, ownCareModeStore } from '../src/lib/acting-for/acting-for-store'
import { sessionStore } from '../src/lib/auth/session-store'
import { careSuggestedStore, carePreferenceStore } from '../src/lib/care-mode/care-mode-store'
import { localeStore } from '../src/lib/i18n/locale-store'
import { clearStorageSync } from './taro'

// The tests' phone is a Chinese one: until someone chooses, the portal speaks the phone's language.
Object.defineProperty(window.navigator, 'languages', { get: () => ['zh-CN', 'zh'], configurable: true })

// A page found "eventually" may take more than the library's one second when the machine runs
// every suite at once (the server suites on two engines beside these): wait up to five. A page
// that is never right still fails, five seconds later.
configure({ asyncUtilTimeout: 5_000 })

afterEach(() => {
  cleanup()
  sessionStore.set(null)
  actingForStore.set(null)
  actingStopNoticeStore.set(null)
  ownCareModeStore.set(null)
  localeStore.set(null)
  carePreferenceStore.set(null)
  careSuggestedStore.set(false)
  clearStorageSync()
  vi.clearAllMocks()
})
