import { expect, test } from 'vitest'
import { openSqlite } from './sqlite'

test('a unit of work sent to the embedded engine while it closes is refused at once, and the one sent before it still commits', async () => {
  const db = openSqlite(':memory:')
  const before = db.transaction(async () => 'written')
  const closing = db.close()
  await expect(db.transaction(async () => 'too late')).rejects.toThrow('the database is closed')
  await expect(before).resolves.toBe('written')
  await closing
})
