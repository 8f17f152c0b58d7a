import type { Locale } from '@renshe/shared/platform/locale'

export function applyDocumentLanguage(_locale: Locale): void {
  // The mini-program has no document; WeChat reads the language from the system.
}
