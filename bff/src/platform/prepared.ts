import type { Db } from '../db/client'

/**
 * Statements of a hot path, prepared once per database rather than built on every request
 * (building a drizzle query per request halves throughput). `build` runs on first use.
 */
export function preparedPerDatabase<T>(build: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>()
  return (db) => {
    let statements = cache.get(db)
    if (!statements) {
      statements = build(db)
      cache.set(db, statements)
    }
    return statements
  }
}
