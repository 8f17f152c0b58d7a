import type { ProxyClient } from '@renshe/shared/identity/schemas'
import { carePreferences, carePreferenceStore, type CarePreference } from '../care-mode/care-mode-store'
import { createPersistedStore } from '../persisted-store'
import { storedAsWritten, type StoredShape } from '../storage'
import { createStore } from '../store'

/** The citizen a grid staff member is acting for; every request carries its grant id meanwhile. */
export const actingForStore = createPersistedStore(
  'renshe.actingFor',
  storedAsWritten<ProxyClient>(({ grantId, scopes }) => typeof grantId === 'string' && Array.isArray(scopes)),
)

// `null` inside: the staff member had made no choice, so the automatic reasons decide again.
interface OwnCareMode {
  readonly preference: CarePreference | null
}
const OwnCareMode: StoredShape<OwnCareMode> = {
  safeParse(raw) {
    const preference = typeof raw === 'object' && raw !== null ? (raw as { preference?: unknown }).preference : undefined
    if (preference === null) return { success: true, data: { preference } }
    const known = carePreferences.find((choice) => choice === preference)
    return known ? { success: true, data: { preference: known } } : { success: false }
  },
}

/**
 * The staff member's own care-mode choice from before acting began. Care mode may be switched on
 * for the citizen while acting (to read along at her door); stopping gives the phone back as it was.
 */
export const ownCareModeStore = createPersistedStore('renshe.actingFor.ownCareMode', OwnCareMode)

/** Why acting stopped without the user asking, to be said on the next page they look at. */
export type ActingStopNotice = 'grant_invalid' | null
export const actingStopNoticeStore = createStore<ActingStopNotice>(null)

export function startActing(client: ProxyClient): void {
  // Already acting, the setting on screen may be the citizen's: keep the one saved before.
  if (actingForStore.get() === null || ownCareModeStore.get() === null) {
    ownCareModeStore.set({ preference: carePreferenceStore.get() })
  }
  actingStopNoticeStore.set(null)
  actingForStore.set(client)
}

export function stopActing(notice: ActingStopNotice = null): void {
  const own = ownCareModeStore.get()
  if (own) {
    carePreferenceStore.set(own.preference)
    ownCareModeStore.set(null)
  }
  actingForStore.set(null)
  actingStopNoticeStore.set(notice)
}

// Acting that ended without `stopActing` (its stored record no longer fits the schema) still
// gives the staff member their own setting back.
if (actingForStore.get() === null && ownCareModeStore.get() !== null) stopActing()
