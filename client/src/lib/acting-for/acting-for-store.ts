import { ProxyClient } from '@renshe/shared/identity/schemas'
import { createPersistedStore } from '../persisted-store'
import { createStore } from '../store'

/** The citizen a grid staff member is acting for; every request carries its grant id meanwhile. */
export const actingForStore = createPersistedStore('renshe.actingFor', ProxyClient)

/** Why acting stopped without the user asking, to be said on the next page they look at. */
export type ActingStopNotice = 'grant_invalid' | null
export const actingStopNoticeStore = createStore<ActingStopNotice>(null)

export function stopActing(notice: ActingStopNotice = null): void {
  actingForStore.set(null)
  actingStopNoticeStore.set(notice)
}
