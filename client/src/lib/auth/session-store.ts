import { z } from 'zod'
import { Me } from '@renshe/shared/identity/schemas'
import { createPersistedStore } from '../persisted-store'

const StoredSession = z.object({ token: z.string().min(1), me: Me })
export type StoredSession = z.infer<typeof StoredSession>

/** The bearer token and the person it belongs to; the only place the token is kept. */
export const sessionStore = createPersistedStore('renshe.session', StoredSession)

export function bearerToken(): string | null {
  return sessionStore.get()?.token ?? null
}

export function updateMe(me: Me): void {
  const session = sessionStore.get()
  if (session) sessionStore.set({ ...session, me })
}
