import { z } from 'zod'
import { actingForStore } from '../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../lib/auth/session-store'
import { useStore } from '../../lib/store'

/** Who a complaint is filed by and for: the logged-in person, and the grant they act under. */
export const Owner = z.object({ userId: z.string(), grantId: z.string().nullable() })
export type Owner = z.infer<typeof Owner>

export function ownerKey(owner: Owner): string {
  return `${owner.userId}.${owner.grantId ?? 'self'}`
}

export function sameOwner(a: Owner, b: Owner): boolean {
  return a.userId === b.userId && a.grantId === b.grantId
}

export function currentOwner(): Owner | null {
  const session = sessionStore.get()
  if (!session) return null
  return { userId: session.me.id, grantId: actingForStore.get()?.grantId ?? null }
}

export function useOwner(): Owner | null {
  const session = useStore(sessionStore)
  const actingFor = useStore(actingForStore)
  if (!session) return null
  return { userId: session.me.id, grantId: actingFor?.grantId ?? null }
}
