/** The browser's languages, most wanted first, as an `Accept-Language` list. */
export function deviceLanguages(): string {
  if (typeof navigator === 'undefined') return ''
  return navigator.languages.length > 0 ? navigator.languages.join(',') : navigator.language
}
