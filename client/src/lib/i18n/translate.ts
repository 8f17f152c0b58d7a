import type { Locale } from '@renshe/shared/platform/locale'
import { useLocale } from './locale-store'

export type Catalog<K extends string> = { readonly [L in Locale]: Readonly<Record<K, string>> }
export type MessageParams = Readonly<Record<string, string | number>>
export type Translate<K extends string> = (key: K, params?: MessageParams) => string

/**
 * A catalogue is written as its Chinese texts plus an English text for each of their keys, so
 * the compiler refuses a key that one language lacks. Each module keeps its own catalogue, so
 * a subpackage's texts load with that subpackage and not with the main package.
 */
export function defineCatalog<const Zh extends Record<string, string>>(
  zh: Zh,
  en: { readonly [K in keyof Zh]: string },
): Catalog<Extract<keyof Zh, string>> {
  return { 'zh-CN': zh, en }
}

/** `{name}` placeholders are filled from `params`; an unknown placeholder stays visible. */
export function interpolate(text: string, params?: MessageParams): string {
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })
}

export function translator<K extends string>(catalog: Catalog<K>, locale: Locale): Translate<K> {
  return (key, params) => interpolate(catalog[locale][key], params)
}

export function useT<K extends string>(catalog: Catalog<K>): Translate<K> {
  return translator(catalog, useLocale())
}

export type KeyOf<C> = C extends Catalog<infer K> ? K : never

/** For keys that come from data (e.g. an operation id in a log): is there a text for it? */
export function hasKey<K extends string>(catalog: Catalog<K>, key: string): key is K {
  return Object.hasOwn(catalog['zh-CN'], key)
}
