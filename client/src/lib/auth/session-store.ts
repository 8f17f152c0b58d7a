import type { Me } from '@renshe/shared/identity/schemas'
import { createPersistedStore } from '../persisted-store'
import { storedAsWritten } from '../storage'

export interface StoredSession {
  readonly token: string
  readonly me: Me
}

/** The bearer token and the person it belongs to; the only place the token is kept. */
export const sessionStore = createPersistedStore(
  'renshe.session',
  storedAsWritten<StoredSession>(({ token, me }) => typeof token === 'string' && token !== '' && typeof me === 'object' && me !== null),
)

export function bearerToken(): string | null {
  return sessionStore.get()?.token ?? null
}

export function updateMe(me: Me): void {
  const session = sessionStore.get()
  if (session) sessionStore.set({ ...session, me })
}
