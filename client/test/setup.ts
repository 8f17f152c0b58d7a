import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
import { actingForStore, actingStopNoticeStore } from '../src/lib/acting-for/acting-for-store'
import { sessionStore } from '../src/lib/auth/session-store'
import { careSuggestedStore, carePreferenceStore } from '../src/lib/care-mode/care-mode-store'
import { localeStore } from '../src/lib/i18n/locale-store'
import { clearStorageSync } from './taro'

afterEach(() => {
  cleanup()
  sessionStore.set(null)
  actingForStore.set(null)
  actingStopNoticeStore.set(null)
  localeStore.set(null)
  carePreferenceStore.set(null)
  careSuggestedStore.set(false)
  clearStorageSync()
  vi.clearAllMocks()
})
