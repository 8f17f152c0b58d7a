import { asc, sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { seededRetireeIds } from './seed/retiree'
import { createTestContext } from '../testing/harness'
import { migrationStatements } from '../testing/migrations'
import { deathRecords } from './schema'

test('pensions stopped before death records were reviewed keep their first record, confirmed by no one, so an officer can still reverse it', async () => {
  const t = await createTestContext()
  const { db } = t.deps
  const { zhou, sun } = seededRetireeIds.pensioners
  const civil = seededRetireeIds.partners.civilAffairs
  // The database as it was: no death records, no hold, one overpayment per pensioner whatever its status.
  await db.rows(sql`drop table death_records`)
  await db.rows(sql`alter table pensioners drop column death_hold_id`)
  await db.rows(sql`drop index overpayments_pensioner`)
  await db.rows(sql`create unique index overpayments_pensioner on overpayments (pensioner_id)`)
  // Zhou was stopped by two records of civil affairs; the first one counts. Sun's record found no pension stopped (he is not).
  await db.rows(sql`update pensioners set status = 'stopped', died_on = '2026-09-17' where id = ${zhou}`)
  await db.rows(sql`insert into partner_signals (id, partner_id, reference, kind, pensioner_id, occurred_at, outcome, received_at)
    values ('sig-2', ${civil}, 'MZ-2', 'death', ${zhou}, '2026-09-17', 'stopped', '2026-10-02T01:00:00.000Z'),
           ('sig-1', ${civil}, 'MZ-1', 'death', ${zhou}, '2026-09-17', 'stopped', '2026-10-01T01:00:00.000Z'),
           ('sig-3', ${civil}, 'MZ-3', 'hospital_visit', ${sun}, '2026-09-17T01:00:00.000Z', 'certified', '2026-10-01T01:00:00.000Z')`)

  for (const statement of migrationStatements(db.engine, 'death_records_reviewed')) await db.rows(sql.raw(statement))

  const migrated = await db.read((q) => q.select().from(deathRecords).orderBy(asc(deathRecords.id)))
  expect(migrated.filter((row) => row.pensionerId === zhou)).toEqual([
    {
      id: 'sig-1',
      pensionerId: zhou,
      regionCode: '330302',
      diedOn: '2026-09-17',
      partnerId: civil,
      signalId: 'sig-1',
      receivedAt: '2026-10-01T01:00:00.000Z',
      statusBefore: 'active',
      status: 'confirmed',
      secondPartnerId: null,
      secondDiedOn: null,
      confirmedVia: 'before_review',
      decidedByUserId: null,
      decidedAt: '2026-10-01T01:00:00.000Z',
      reversalNoteEnc: null,
    },
  ])
  expect(migrated.filter((row) => row.pensionerId === sun)).toEqual([])
  // Only the pensioners stopped with a partner's record: the seeded ones were stopped without one.
  expect(migrated).toHaveLength(1)
})
