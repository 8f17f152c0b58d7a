import { vi } from 'vitest'

// The part of Taro's API the client uses, as mocks; storage is an in-memory map per test run.
const storage = new Map<string, unknown>()

export const request = vi.fn()
export const reLaunch = vi.fn(() => Promise.resolve())
export const navigateTo = vi.fn(() => Promise.resolve())
export const redirectTo = vi.fn(() => Promise.resolve())
export const navigateBack = vi.fn(() => Promise.resolve())
/** The page stack: one page, as when a page is opened from a link, unless a test says otherwise. */
export const getCurrentPages = vi.fn((): unknown[] => [{}])
export const setNavigationBarTitle = vi.fn(() => Promise.resolve())
export const pageScrollTo = vi.fn(() => Promise.resolve())
export const login = vi.fn()
export const requestSubscribeMessage = vi.fn()
export const getAppBaseInfo = vi.fn(() => ({ language: 'zh_CN' }))
export const getStorageSync = (key: string) => (storage.has(key) ? storage.get(key) : '')
export const setStorageSync = (key: string, value: unknown) => void storage.set(key, value)
export const removeStorageSync = (key: string) => void storage.delete(key)
export const clearStorageSync = () => storage.clear()
export const useRouter = vi.fn(() => ({ params: {} as Record<string, string | undefined> }))
export const useLaunch = vi.fn()
export const useDidShow = vi.fn()

const Taro = {
  request,
  reLaunch,
  navigateTo,
  redirectTo,
  navigateBack,
  getCurrentPages,
  setNavigationBarTitle,
  pageScrollTo,
  login,
  requestSubscribeMessage,
  getAppBaseInfo,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  clearStorageSync,
}
export default Taro
