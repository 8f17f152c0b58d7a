import type { Query } from '../db/database'

/**
 * Statements of a hot path, prepared once per connection handle rather than built on every
 * request (building a drizzle query per request halves throughput). A prepared statement belongs
 * to the handle it was made from, so it is made from the handle it runs on: the database for
 * reads, the transaction inside one (on SQLite the transaction is the one writing connection, so
 * its statements are made once; on PostgreSQL a transaction's handle is that of its pooled
 * connection, so they are made once per connection). Every statement is named: PostgreSQL keeps
 * it per connection under that name.
 */
export function preparedPer<Q extends Query, T>(build: (q: Q) => T): (q: Q) => T {
  const cache = new WeakMap<Q, T>()
  return (q) => {
    let statements = cache.get(q)
    if (!statements) {
      statements = build(q)
      cache.set(q, statements)
    }
    return statements
  }
}
