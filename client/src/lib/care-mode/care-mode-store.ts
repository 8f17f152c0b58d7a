import { createPersistedStore } from '../persisted-store'
import { storedOneOf } from '../storage'
import { createStore, useStore } from '../store'
import { systemPrefersLargeText } from './system-font'

export const carePreferences = ['on', 'off'] as const
export type CarePreference = (typeof carePreferences)[number]

/** What the person chose themselves; it outranks every automatic reason. */
export const carePreferenceStore = createPersistedStore('renshe.careMode', storedOneOf(carePreferences))

/** The account suggests care mode (people of 70 and over). */
export const careSuggestedStore = createStore(false)

const systemLargeText = systemPrefersLargeText()

export function careModeOn(preference: CarePreference | null, suggested: boolean, largeText: boolean): boolean {
  if (preference) return preference === 'on'
  return suggested || largeText
}

export function useCareMode(): boolean {
  return careModeOn(useStore(carePreferenceStore), useStore(careSuggestedStore), systemLargeText)
}

export function setCareMode(on: boolean): void {
  carePreferenceStore.set(on ? 'on' : 'off')
}
