import type { z } from 'zod'
import { readStored, writeStored } from './storage'
import { createStore, type Store } from './store'

/** A store whose value survives restarts; `null` means nothing stored. */
export function createPersistedStore<S extends z.ZodType>(key: string, schema: S): Store<z.output<S> | null> {
  const store = createStore<z.output<S> | null>(readStored(key, schema))
  return {
    get: store.get,
    subscribe: store.subscribe,
    set(next) {
      writeStored(key, next)
      store.set(next)
    },
  }
}
