import { useCallback, useRef, useState } from 'react'
import { getEcardKeys, getMyVenue } from '@renshe/shared/card/contract'
import type { Problem } from '@renshe/shared/platform/problem'
import { call } from '../../lib/api'
import { useStore } from '../../lib/store'
import { keysSnapshotStore, venueSnapshotStore, type KeysSnapshot, type VenueSnapshot } from './venue-store'

/** How the last update of the checking data went; what was kept before stays usable whatever it says. */
export type Refresh = { readonly status: 'loading' | 'done' | 'network' } | { readonly status: 'problem'; readonly problem: Problem }

export interface VenueData {
  /** This account's venue as last fetched, or null (never fetched on this phone, or by another account). */
  readonly venue: VenueSnapshot | null
  readonly keys: KeysSnapshot | null
  readonly refresh: Refresh
  /** Fetches both again; a call while one runs joins it. */
  readonly update: () => Promise<void>
}

/**
 * The venue and the published keys, fetched when the page opens and kept on the phone, so a gate
 * that loses its network goes on checking with what it last had.
 */
export function useVenueData(userId: string | null): VenueData {
  const venueSnapshot = useStore(venueSnapshotStore)
  const keys = useStore(keysSnapshotStore)
  const [refresh, setRefresh] = useState<Refresh>({ status: 'loading' })
  const running = useRef<Promise<void> | null>(null)

  const update = useCallback((): Promise<void> => {
    if (userId === null) return Promise.resolve()
    if (running.current) return running.current
    setRefresh({ status: 'loading' })
    const run = (async () => {
      const [venue, published] = await Promise.all([call(getMyVenue, {}), call(getEcardKeys, {})])
      const fetchedAt = new Date().toISOString()
      if (published.ok) keysSnapshotStore.set({ keys: published.value, fetchedAt })
      if (venue.ok) venueSnapshotStore.set({ userId, venue: venue.value, fetchedAt })
      // The account no longer checks for a venue: what it kept must not go on admitting anyone.
      else if (!venue.network && (venue.problem.code === 'forbidden' || venue.problem.code === 'not_found') && venueSnapshotStore.get()?.userId === userId) venueSnapshotStore.set(null)
      const problem = !venue.ok && !venue.network ? venue.problem : !published.ok && !published.network ? published.problem : null
      setRefresh(problem ? { status: 'problem', problem } : venue.ok && published.ok ? { status: 'done' } : { status: 'network' })
    })().finally(() => {
      running.current = null
    })
    running.current = run
    return run
  }, [userId])

  return { venue: venueSnapshot && venueSnapshot.userId === userId ? venueSnapshot : null, keys, refresh, update }
}
