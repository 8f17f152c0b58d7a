import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { ProxyClient } from '@renshe/shared/identity/schemas'
import { endSession } from '../auth/end-session'
import { carePreferenceStore } from '../care-mode/care-mode-store'
import { actingForStore, actingStopNoticeStore, ownCareModeStore, startActing, stopActing } from './acting-for-store'

const wang: ProxyClient = { grantId: 'grant-7', maskedName: '王**', idNumberHint: '3303…', scopes: ['records.read'], expiresAt: '2030-01-01T00:00:00.000Z' }
const zhao: ProxyClient = { ...wang, grantId: 'grant-8', maskedName: '赵*' }

const storedKeys = ['renshe.actingFor', 'renshe.actingFor.ownCareMode', 'renshe.careMode']

/** A restart of the app: fresh modules read every store back from what was stored. */
async function reload(storage: typeof Taro = Taro) {
  const stored = storedKeys.map((key) => [key, storage.getStorageSync(key)] as const)
  vi.resetModules()
  // The phone's storage outlives the app; the test's stand-in for it is a module too.
  const phone = (await import('@tarojs/taro')).default
  for (const [key, value] of stored) if (value !== '') phone.setStorageSync(key, value)
  const acting = await import('./acting-for-store')
  const care = await import('../care-mode/care-mode-store')
  return { ...acting, carePreferenceStore: care.carePreferenceStore, phone }
}

test('grid staff who turn care mode on for the citizen get their own setting back when they stop', () => {
  carePreferenceStore.set('off')
  startActing(wang)
  carePreferenceStore.set('on')

  stopActing()

  expect(actingForStore.get()).toBeNull()
  expect(carePreferenceStore.get()).toBe('off')
  expect(Taro.getStorageSync('renshe.careMode')).toBe(JSON.stringify('off'))
  expect(ownCareModeStore.get()).toBeNull()
})

test('a staff member who never chose gets the automatic setting back, not the citizen’s choice', () => {
  startActing(wang)
  carePreferenceStore.set('on')

  stopActing()

  expect(carePreferenceStore.get()).toBeNull()
  expect(Taro.getStorageSync('renshe.careMode')).toBe('')
})

test('a staff member who uses care mode keeps it after acting for someone who turned it off', () => {
  carePreferenceStore.set('on')
  startActing(wang)
  carePreferenceStore.set('off')

  stopActing()

  expect(carePreferenceStore.get()).toBe('on')
})

test('the setting from before acting survives a restart in the middle of acting', async () => {
  carePreferenceStore.set('off')
  startActing(wang)
  carePreferenceStore.set('on')

  const after = await reload()
  expect(after.actingForStore.get()).toEqual(wang)
  expect(after.carePreferenceStore.get()).toBe('on')

  after.stopActing()
  expect(after.carePreferenceStore.get()).toBe('off')
  expect(after.phone.getStorageSync('renshe.careMode')).toBe(JSON.stringify('off'))

  const again = await reload(after.phone)
  expect(again.actingForStore.get()).toBeNull()
  expect(again.carePreferenceStore.get()).toBe('off')
})

test('choosing another citizen while acting keeps the setting saved before the first', () => {
  carePreferenceStore.set('off')
  startActing(wang)
  carePreferenceStore.set('on')
  startActing(zhao)

  stopActing()

  expect(carePreferenceStore.get()).toBe('off')
})

test('acting stopped by a refused grant, or by logging out, gives the setting back too', () => {
  carePreferenceStore.set('off')
  startActing(wang)
  carePreferenceStore.set('on')
  stopActing('grant_invalid')
  expect(carePreferenceStore.get()).toBe('off')
  expect(actingStopNoticeStore.get()).toBe('grant_invalid')

  startActing(wang)
  expect(actingStopNoticeStore.get()).toBeNull()
  carePreferenceStore.set('on')
  endSession('logout')
  expect(carePreferenceStore.get()).toBe('off')
})

test('stopping when not acting leaves the person’s own setting alone', () => {
  carePreferenceStore.set('on')
  stopActing()
  expect(carePreferenceStore.get()).toBe('on')
})

test('a stored acting record that no longer reads still gives the own setting back at start-up', async () => {
  carePreferenceStore.set('off')
  startActing(wang)
  carePreferenceStore.set('on')
  Taro.setStorageSync('renshe.actingFor', JSON.stringify({ grantId: 'grant-7', written: 'by an older version' }))

  const after = await reload()

  expect(after.actingForStore.get()).toBeNull()
  expect(after.carePreferenceStore.get()).toBe('off')
  expect(after.phone.getStorageSync('renshe.actingFor.ownCareMode')).toBe('')
})
