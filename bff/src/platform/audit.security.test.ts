import { sql, type SQL } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { auditRows, issueCertificate, seededGrantOf } from '../testing/flows'
import { createTestContext, type TestContext } from '../testing/harness'
import { hashOf, verifyAuditChain } from './audit'
import { minutes } from './clock'

/** A database with a few dozen audited acts, by citizens and by proxy. */
async function busy(): Promise<TestContext> {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  for (let round = 0; round < 4; round += 1) {
    t.clock.advance(minutes(1))
    await t.call('GET', '/api/records/summary', { token: zhang })
    const certificate = await issueCertificate(t, { token: zhang })
    await t.call('GET', `/api/verify/certificates/${certificate.verificationCode}`)
    await issueCertificate(t, { token: chen, actingFor: grantId })
  }
  expect((await verifyAuditChain(t.deps.db)).ok).toBe(true)
  return t
}

/** Changes the log beneath the portal, as someone with access to the database could; how many rows it touched. */
async function tamper(t: TestContext, statement: SQL): Promise<number> {
  return (await t.deps.db.rows(sql`${statement} returning seq`)).length
}

test('someone who edits one column of an audit row is caught at that row', async () => {
  const t = await busy()
  const total = (await auditRows(t)).length
  expect(await tamper(t, sql`update audit_log set action = 'records.getSummary' where seq = 9`)).toBe(1)
  expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: false, rows: 8, brokenAtSeq: 9, reason: 'edited' })
  expect(total).toBeGreaterThan(9)
})

test('every column of an audit row is covered by its hash', async () => {
  const t = await busy()
  const edits: [string, string][] = [
    ['at', '2020-01-01T00:00:00.000Z'],
    ['request_id', 'forged-request-id'],
    ['actor_user_id', 'someone-else'],
    ['subject_user_id', 'someone-else'],
    ['via_grant_id', 'forged-grant'],
    ['kind', 'tampered'],
    ['object_type', 'nothing'],
    ['object_id', 'nothing'],
  ]
  for (const [column, value] of edits) {
    const [before] = await t.deps.db.rows<{ v: string | null }>(sql`select ${sql.identifier(column)} as v from audit_log where seq = 12`)
    await tamper(t, sql`update audit_log set ${sql.identifier(column)} = ${value} where seq = 12`)
    expect(await verifyAuditChain(t.deps.db), column).toEqual({ ok: false, rows: 11, brokenAtSeq: 12, reason: 'edited' })
    await tamper(t, sql`update audit_log set ${sql.identifier(column)} = ${before?.v ?? null} where seq = 12`)
    expect((await verifyAuditChain(t.deps.db)).ok, `${column} restored`).toBe(true)
  }
})

test('someone who edits a row and recomputes its hash is caught at the next row, whose link no longer matches', async () => {
  const t = await busy()
  const row = (await auditRows(t)).find((r) => r.seq === 10)
  if (!row) throw new Error('no row 10')
  const forged = { ...row, actorUserId: 'someone-else' }
  const { hash: _old, ...rest } = forged
  await tamper(t, sql`update audit_log set actor_user_id = 'someone-else', hash = ${hashOf(rest)} where seq = 10`)
  expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: false, rows: 10, brokenAtSeq: 11, reason: 'relinked' })
})

test('someone who deletes a row in the middle is caught at the missing sequence number', async () => {
  const t = await busy()
  expect(await tamper(t, sql`delete from audit_log where seq = 7`)).toBe(1)
  expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: false, rows: 6, brokenAtSeq: 7, reason: 'missing' })
})

test('someone who deletes the first row is caught at sequence number 1', async () => {
  const t = await busy()
  await tamper(t, sql`delete from audit_log where seq = 1`)
  expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: false, rows: 0, brokenAtSeq: 1, reason: 'missing' })
})

test('someone who deletes the last row is caught by the head kept beside the log', async () => {
  const t = await busy()
  const last = (await auditRows(t)).at(-1)?.seq ?? 0
  expect(await tamper(t, sql`delete from audit_log where seq = ${last}`)).toBe(1)
  expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: false, rows: last - 1, brokenAtSeq: last, reason: 'head_mismatch' })
})

test('someone who deletes the last rows and renumbers nothing else is caught at the first deleted row', async () => {
  const t = await busy()
  const last = (await auditRows(t)).at(-1)?.seq ?? 0
  expect(await tamper(t, sql`delete from audit_log where seq > ${last - 3}`)).toBe(3)
  expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: false, rows: last - 3, brokenAtSeq: last - 2, reason: 'head_mismatch' })
})

test('someone who empties the whole log is caught', async () => {
  const t = await busy()
  await tamper(t, sql`delete from audit_log`)
  expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: false, rows: 0, brokenAtSeq: 1, reason: 'head_mismatch' })
})

test('writes go on appending to the chain after a verification', async () => {
  const t = await busy()
  await t.call('GET', '/api/records/summary', { token: await t.login('citizen-zhang') })
  expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: true, rows: (await auditRows(t)).length })
})

test('someone who swaps two rows, each keeping its own hash, is caught where the order breaks', async () => {
  const t = await busy()
  // Rows 8 and 9 change places: each is intact on its own, but no longer links to the row before it.
  await tamper(t, sql`update audit_log set seq = -8 where seq = 8`)
  await tamper(t, sql`update audit_log set seq = 8 where seq = 9`)
  await tamper(t, sql`update audit_log set seq = 9 where seq = -8`)
  expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: false, rows: 7, brokenAtSeq: 8, reason: 'relinked' })
})
