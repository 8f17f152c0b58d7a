import { sessionStore } from '../auth/session-store'
import { useStore } from '../store'
import { actingForStore } from './acting-for-store'

/**
 * The masked name of the person the app is serving: the citizen acted for while acting, else the
 * logged-in person. A page that greets or names "you" takes it from here, never from the session.
 */
export function usePersonServedName(): string | null {
  const session = useStore(sessionStore)
  const actingFor = useStore(actingForStore)
  if (!session) return null
  if (actingFor) return actingFor.maskedName
  const { me } = session
  return me.realName.bound ? me.realName.maskedName : me.displayName
}
