import { asc, sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { partnerKeyHash } from '../platform/partner-access'
import { expectProblem } from '../testing/http'
import { migrationStatements } from '../testing/migrations'
import { createPartnerTestContext, ping } from '../testing/partner-operation'
import { partnerKeys } from './schema'

test('partners registered before keys had a table of their own keep their keys: a working key works on, a revoked one stays refused', async () => {
  const t = await createPartnerTestContext({ seed: false })
  const { db } = t.deps
  // The database as it was before that migration: one key per partner, in `partners`.
  await db.rows(sql`drop table partner_keys`)
  await db.rows(sql`alter table partners add column key_hash text`)
  await db.rows(sql`alter table partners add column revoked_at text`)
  await db.rows(sql`create unique index partners_key_hash on partners (key_hash)`)
  const created = '2025-03-01T00:00:00.000Z'
  await db.rows(sql`insert into partners (id, name, kind, data_level, key_hash, created_at, revoked_at)
    values ('p-civil', '民政局', 'civil_affairs', 2, ${partnerKeyHash('rp_before_civil')}, ${created}, null),
           ('p-old', '旧医院', 'hospital', 1, ${partnerKeyHash('rp_before_old')}, ${created}, '2025-06-01T00:00:00.000Z')`)

  for (const statement of migrationStatements(db.engine, 'partner_keys')) await db.rows(sql.raw(statement))

  expect(await db.read((q) => q.select().from(partnerKeys).orderBy(asc(partnerKeys.id)))).toEqual([
    { id: 'p-civil', partnerId: 'p-civil', keyHash: partnerKeyHash('rp_before_civil'), createdAt: created, lastUsedAt: null, expiresAt: null, revokedAt: null },
    { id: 'p-old', partnerId: 'p-old', keyHash: partnerKeyHash('rp_before_old'), createdAt: created, lastUsedAt: null, expiresAt: null, revokedAt: '2025-06-01T00:00:00.000Z' },
  ])
  expect((await ping(t, { key: 'rp_before_civil' })).status).toBe(201)
  await expectProblem(await ping(t, { key: 'rp_before_old' }), 'unauthenticated')
})
