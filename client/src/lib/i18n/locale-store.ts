import { defaultLocale, Locale } from '@renshe/shared/platform/locale'
import { createPersistedStore } from '../persisted-store'
import { useStore } from '../store'

export const localeStore = createPersistedStore('renshe.locale', Locale)

export function currentLocale(): Locale {
  return localeStore.get() ?? defaultLocale
}

export function useLocale(): Locale {
  return useStore(localeStore) ?? defaultLocale
}
