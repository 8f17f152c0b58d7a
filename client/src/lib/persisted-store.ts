import { readStored, writeStored, type StoredShape } from './storage'
import { createStore, type Store } from './store'

/** A store whose value survives restarts; `null` means nothing stored. */
export function createPersistedStore<T>(key: string, shape: StoredShape<T>): Store<T | null> {
  const store = createStore<T | null>(readStored(key, shape))
  return {
    get: store.get,
    subscribe: store.subscribe,
    set(next) {
      writeStored(key, next !== null && shape.toStored ? shape.toStored(next) : next)
      store.set(next)
    },
  }
}
