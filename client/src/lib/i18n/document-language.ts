import type { Locale } from '@renshe/shared/platform/locale'

/** Screen readers and the browser's own translation read the page language from `<html lang>`. */
export function applyDocumentLanguage(locale: Locale): void {
  document.documentElement.lang = locale
}
