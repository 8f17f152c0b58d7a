import { expect, test } from 'vitest'
import type { SqliteDatabase } from '../../db/sqlite'
import { createTestContext } from '../../testing/harness'
import { openPostsQuery } from './posts-repo'

// How SQLite reads the open list: its plan, asked of the engine (PostgreSQL's depends on its
// statistics of the data, so it is not asserted there).

async function planOf(kind: 'day' | undefined, after: { at: string; id: string } | null): Promise<string[]> {
  const { deps } = await createTestContext({ seed: false })
  if (deps.db.engine !== 'sqlite') return []
  const query = await deps.db.read((q) => Promise.resolve(openPostsQuery(q, '2026-11-29', after, 30, kind).toSQL()))
  const explained = (deps.db as SqliteDatabase).connection.prepare(`explain query plan ${query.sql}`).all(...query.params) as { detail: string }[]
  return explained.map((row) => row.detail)
}

test('the open list of one kind is read from its own index, in its order: no sort, and no walk past posts of the other kinds', async () => {
  for (const after of [null, { at: '2026-11-20T00:00:00.000Z', id: 'zzzzzzzzzzzzzzzzzzzzzzzzzz' }]) {
    const plan = await planOf('day', after)
    if (plan.length === 0) return
    expect(plan.join('\n')).toContain('job_posts_status_kind_decided')
    expect(plan.join('\n')).not.toContain('TEMP B-TREE')
  }
})
