import { createStore, useStore } from '../store'
import { watchNetwork } from './watch'

/**
 * Whether the phone thinks it has a network. "Online" only means a request may get through:
 * callers still treat a request that gets no answer as offline (`network: true`).
 */
export const onlineStore = createStore<boolean>(true)

let watching = false

/** Starts following the network status; later calls do nothing. */
export function startNetworkWatch(): void {
  if (watching) return
  watching = true
  watchNetwork((online) => onlineStore.set(online))
}

export function isOnline(): boolean {
  return onlineStore.get()
}

export function useOnline(): boolean {
  startNetworkWatch()
  return useStore(onlineStore)
}

/** Calls `listener` each time the network comes back after being gone; returns the unsubscribe. */
export function onBackOnline(listener: () => void): () => void {
  let last = onlineStore.get()
  return onlineStore.subscribe(() => {
    const now = onlineStore.get()
    if (now && !last) listener()
    last = now
  })
}
