import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { createTestContext } from '../testing/harness'
import { assertOutsideTransaction, guardTransactions, unitsOfWorkRunning } from './database'
import { calendarDays } from './schema'

const day = (date: string) => ({ date, kind: 'holiday' as const, name: `day ${date}` })

test('units of work sent together each commit or roll back on their own: the one that fails leaves nothing, the others are all written', async () => {
  const { deps } = await createTestContext({ seed: false })
  const dates = Array.from({ length: 12 }, (_, i) => `2030-01-${String(i + 1).padStart(2, '0')}`)
  const outcomes = await Promise.allSettled(
    dates.map((date, i) =>
      deps.db.transaction(async (tx) => {
        await tx.insert(calendarDays).values(day(date))
        if (i === 5) throw new Error('this unit fails after its write')
        return date
      }),
    ),
  )
  expect(outcomes.map((outcome) => outcome.status)).toEqual(dates.map((_, i) => (i === 5 ? 'rejected' : 'fulfilled')))
  const written = await deps.db.read((q) => q.select({ date: calendarDays.date }).from(calendarDays).orderBy(calendarDays.date))
  expect(written.map((row) => row.date)).toEqual(dates.filter((_, i) => i !== 5))
})

test('a unit of work that breaks a constraint is refused alone, and what it wrote before is undone', async () => {
  const { deps } = await createTestContext({ seed: false })
  await deps.db.transaction((tx) => tx.insert(calendarDays).values(day('2030-02-01')))
  const [duplicate, other] = await Promise.allSettled([
    deps.db.transaction(async (tx) => {
      await tx.insert(calendarDays).values(day('2030-02-02'))
      await tx.insert(calendarDays).values(day('2030-02-01'))
    }),
    deps.db.transaction((tx) => tx.insert(calendarDays).values(day('2030-02-03'))),
  ])
  expect(duplicate.status).toBe('rejected')
  expect(other.status).toBe('fulfilled')
  const written = await deps.db.read((q) => q.select({ date: calendarDays.date }).from(calendarDays).orderBy(calendarDays.date))
  expect(written.map((row) => row.date)).toEqual(['2030-02-01', '2030-02-03'])
})

test('reaching the database from inside a transaction fails at once instead of waiting for itself or escaping the transaction', async () => {
  const { deps } = await createTestContext({ seed: false })
  await expect(deps.db.transaction(() => deps.db.read((q) => q.select().from(calendarDays)))).rejects.toThrow(/inside a transaction/)
  await expect(deps.db.transaction(() => deps.db.transaction((tx) => tx.insert(calendarDays).values(day('2030-03-01'))))).rejects.toThrow(/inside a transaction/)
  await expect(deps.db.transaction(() => deps.audit.record(new Date(), { requestId: 'r', actorUserId: null, subjectUserId: null, viaGrantId: null }, { action: 'x', kind: 'read' }))).rejects.toThrow(
    /inside a transaction/,
  )
  expect(await deps.db.read((q) => q.select().from(calendarDays).where(eq(calendarDays.date, '2030-03-01')))).toEqual([])
})

test('without the guard (TRANSACTION_GUARD=0) units of work run and commit the same, unmarked', async () => {
  const { deps } = await createTestContext({ seed: false })
  guardTransactions(false)
  try {
    // Unguarded, nothing inside is marked: it is the guarded runs of every suite that keep reaches from inside out of the code.
    await deps.db.transaction(async (tx) => {
      assertOutsideTransaction()
      await tx.insert(calendarDays).values(day('2030-04-01'))
    })
    expect((await deps.db.read((q) => q.select().from(calendarDays).where(eq(calendarDays.date, '2030-04-01')))).map((row) => row.date)).toEqual(['2030-04-01'])
  } finally {
    guardTransactions(true)
  }
  await expect(deps.db.transaction(async () => assertOutsideTransaction())).rejects.toThrow(/inside a transaction/)
})

test('the guard is in use only while units of work run: counted in and out, failed ones too, and none left once all have ended', async () => {
  const { deps } = await createTestContext({ seed: false })
  const seen: number[] = []
  await Promise.all([
    deps.db.transaction(async (tx) => {
      seen.push(unitsOfWorkRunning())
      await tx.insert(calendarDays).values(day('2030-05-01'))
    }),
    deps.db.transaction(async () => {
      seen.push(unitsOfWorkRunning())
      throw new Error('refused')
    }).catch(() => undefined),
  ])
  expect(seen.every((running) => running >= 1)).toBe(true)
  expect(unitsOfWorkRunning()).toBe(0)
  // Outside every unit nothing is marked; inside one the guard holds as before.
  expect(() => assertOutsideTransaction()).not.toThrow()
  await expect(deps.db.transaction(async () => assertOutsideTransaction())).rejects.toThrow(/inside a transaction/)
  expect(unitsOfWorkRunning()).toBe(0)
})
