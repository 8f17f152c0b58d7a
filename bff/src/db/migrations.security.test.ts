import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { createTestContext } from '../testing/harness'
import { migrationStatements as statementsOf } from '../testing/migrations'

test('the key store’s move to references forgets every answer it kept: a finished key keeps only the id its answer named, or goes', async () => {
  const t = await createTestContext({ seed: false })
  const { db } = t.deps
  // The store as it was: answers kept whole, personal data and all.
  await db.rows(sql`alter table idempotency_keys drop column reference`)
  await db.rows(sql`alter table idempotency_keys add column response_body text`)
  const kept = [
    ['u1:', 'key-certificate-0001', 'records.issueCertificate', 'done', 201, '{"id":"certificate-1","holder":{"maskedName":"张*","maskedIdNumber":"330302********1234"}}'],
    ['u2:g1', 'key-account-00000001', 'retiree.requestHomeVisit', 'done', 200, '{"maskedName":"吴**","regionCode":"330302"}'],
    ['u3:', 'key-running-00000001', 'wages.submitComplaint', 'running', null, null],
  ] as const
  for (const [owner, key, operation, state, status, body] of kept) {
    await db.rows(
      sql`insert into idempotency_keys (owner, key, operation, request_hash, state, response_status, response_body, created_at) values (${owner}, ${key}, ${operation}, ${'h'}, ${state}, ${status}, ${body}, ${'2026-11-29T02:00:00.000Z'})`,
    )
  }

  for (const statement of statementsOf(db.engine, 'idempotency_keeps_references')) await db.rows(sql.raw(statement))

  const rows = await db.rows(sql`select * from idempotency_keys order by key`)
  expect(rows.map((row) => ({ ...row, response_status: row.response_status === null ? null : Number(row.response_status) }))).toEqual([
    { owner: 'u1:', key: 'key-certificate-0001', operation: 'records.issueCertificate', request_hash: 'h', state: 'done', response_status: 201, reference: 'certificate-1', created_at: '2026-11-29T02:00:00.000Z' },
    { owner: 'u3:', key: 'key-running-00000001', operation: 'wages.submitComplaint', request_hash: 'h', state: 'running', response_status: null, reference: null, created_at: '2026-11-29T02:00:00.000Z' },
  ])
})
