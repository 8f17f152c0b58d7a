import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { createTestContext } from '../testing/harness'
import { calendarDays } from './schema'

// Runs only in the PostgreSQL suites (bff-postgres): SQLite has one writer and cannot deadlock.

const day = (date: string) => ({ date, kind: 'holiday' as const, name: `day ${date}` })

test('two transactions that lock the same rows in opposite orders deadlock; the one PostgreSQL aborts runs again on its connection and both commit', async () => {
  const { deps } = await createTestContext({ seed: false })
  await deps.db.transaction((tx) => tx.insert(calendarDays).values([day('2031-01-01'), day('2031-01-02')]))
  let locked = 0
  let bothLocked: () => void = () => undefined
  const barrier = new Promise<void>((resolve) => {
    bothLocked = resolve
  })
  const runs: string[] = []
  const crossing = (first: string, second: string, name: string) =>
    deps.db.transaction(async (tx) => {
      runs.push(name)
      await tx.update(calendarDays).set({ name }).where(eq(calendarDays.date, first))
      locked += 1
      if (locked === 2) bothLocked()
      await barrier
      await tx.update(calendarDays).set({ name }).where(eq(calendarDays.date, second))
      return name
    })
  expect(await Promise.all([crossing('2031-01-01', '2031-01-02', 'a'), crossing('2031-01-02', '2031-01-01', 'b')])).toEqual(['a', 'b'])
  // One of the two was aborted by the deadlock detector and ran a second time.
  expect(runs).toHaveLength(3)
  // Both rows carry the name of the one that committed last: each transaction's two writes stood together.
  const both = await deps.db.read((q) => q.select({ name: calendarDays.name }).from(calendarDays))
  expect(both).toHaveLength(2)
  expect(new Set(both.map((row) => row.name)).size).toBe(1)
})
