import { z } from 'zod'
import { createPersistedStore } from '../persisted-store'
import { createStore, useStore } from '../store'
import { systemPrefersLargeText } from './system-font'

export const CarePreference = z.enum(['on', 'off'])
export type CarePreference = z.infer<typeof CarePreference>

/** What the person chose themselves; it outranks every automatic reason. */
export const carePreferenceStore = createPersistedStore('renshe.careMode', CarePreference)

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
