import { z } from 'zod'
import { recordEcardUse } from '@renshe/shared/card/contract'
import { EcardKeys, MyVenue } from '@renshe/shared/card/schemas'
import { Timestamp } from '@renshe/shared/platform/primitives'
import { call } from '../../lib/api'
import { newIdempotencyKey } from '../../lib/http/idempotency-key'
import { createPersistedStore } from '../../lib/persisted-store'
import { createVenueUses, VenueUses } from './venue-uses'

/*
 * What a venue's phone keeps so that it checks codes with no network (decision 066): its venue
 * with the county's benefit, the published keys, and the uses it admitted that wait to be
 * recorded. Each fetched value keeps when it was fetched, which the page shows.
 */

/** The venue a venue account checks for, as last fetched by that account. */
export const VenueSnapshot = z.object({ userId: z.string(), venue: MyVenue, fetchedAt: Timestamp })
export type VenueSnapshot = z.infer<typeof VenueSnapshot>

/** The published keys (public, the same for every account), as last fetched. */
export const KeysSnapshot = z.object({ keys: EcardKeys, fetchedAt: Timestamp })
export type KeysSnapshot = z.infer<typeof KeysSnapshot>

export const venueSnapshotStore = createPersistedStore('renshe.card.venue', VenueSnapshot)
export const keysSnapshotStore = createPersistedStore('renshe.card.ecardKeys', KeysSnapshot)
export const venueUsesStore = createPersistedStore('renshe.card.venueUses', VenueUses)

/** The phone's one list of admitted uses. A venue account acts for no one: each use is sent as the account itself. */
export const venueUses = createVenueUses({
  uses: venueUsesStore,
  send: (token, idempotencyKey, checkedAt) => call(recordEcardUse, { body: checkedAt ? { token, checkedAt } : { token } }, { idempotencyKey, actingFor: null }),
  newKey: newIdempotencyKey,
  now: () => new Date(),
})
