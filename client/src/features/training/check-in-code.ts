import { parseCheckInPayload } from '@renshe/shared/training/attendance'

/** The six digits of a typed code: full-width digits and spaces forgiven (`４８２ ９１７`); undefined for anything else. */
export function typedCode(text: string): string | undefined {
  const plain = text.normalize('NFKC').replace(/\s/g, '')
  return /^\d{6}$/.test(plain) ? plain : undefined
}

export type ScannedCode = { readonly kind: 'code'; readonly code: string } | { readonly kind: 'otherSession' } | { readonly kind: 'notACode' }

/**
 * What a scanned text is for the session open now: its code, the code of another session (a
 * screen in the next room, yesterday's photo), or no check-in code at all (a link, a payment code).
 */
export function scannedCode(text: string, sessionId: string): ScannedCode {
  const payload = parseCheckInPayload(text)
  if (!payload) return { kind: 'notACode' }
  return payload.sessionId === sessionId ? { kind: 'code', code: payload.code } : { kind: 'otherSession' }
}
