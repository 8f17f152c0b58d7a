import { locales, negotiateLocale, type Locale } from '@renshe/shared/platform/locale'
import { createPersistedStore } from '../persisted-store'
import { storedOneOf } from '../storage'
import { useStore } from '../store'
import { deviceLanguages } from './device-language'

/** The language the person chose; unset until they choose one. */
export const localeStore = createPersistedStore('renshe.locale', storedOneOf(locales))

/** Until the person chooses, the phone's own language: English for an English phone, else Chinese. */
export function deviceLocale(): Locale {
  return negotiateLocale(deviceLanguages())
}

export function currentLocale(): Locale {
  return localeStore.get() ?? deviceLocale()
}

export function useLocale(): Locale {
  return useStore(localeStore) ?? deviceLocale()
}
