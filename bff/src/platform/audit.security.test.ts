import { expect, test } from 'vitest'
import { auditRows, issueCertificate, seededGrantOf } from '../testing/flows'
import { createTestContext, type TestContext } from '../testing/harness'
import { hashOf, verifyAuditChain } from './audit'
import { minutes } from './clock'

/** A database with a few dozen audited acts, by citizens and by proxy. */
async function busy(): Promise<TestContext> {
  const t = createTestContext()
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
  expect(verifyAuditChain(t.deps.db).ok).toBe(true)
  return t
}

function run(t: TestContext, sql: string, ...params: (string | number)[]): number {
  return t.deps.db.$client.prepare(sql).run(...params).changes
}

test('someone who edits one column of an audit row is caught at that row', async () => {
  const t = await busy()
  const total = auditRows(t).length
  expect(run(t, `update audit_log set action = 'records.getSummary' where seq = 9`)).toBe(1)
  expect(verifyAuditChain(t.deps.db)).toEqual({ ok: false, rows: 8, brokenAtSeq: 9, reason: 'edited' })
  expect(total).toBeGreaterThan(9)
})

test('every column of an audit row is covered by its hash', async () => {
  const t = await busy()
  const edits: [string, string | number][] = [
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
    const before = t.deps.db.$client.prepare(`select ${column} as v from audit_log where seq = 12`).pluck().get()
    run(t, `update audit_log set ${column} = ? where seq = 12`, value)
    expect(verifyAuditChain(t.deps.db), column).toEqual({ ok: false, rows: 11, brokenAtSeq: 12, reason: 'edited' })
    t.deps.db.$client.prepare(`update audit_log set ${column} = ? where seq = 12`).run(before)
    expect(verifyAuditChain(t.deps.db).ok, `${column} restored`).toBe(true)
  }
})

test('someone who edits a row and recomputes its hash is caught at the next row, whose link no longer matches', async () => {
  const t = await busy()
  const row = auditRows(t).find((r) => r.seq === 10)
  if (!row) throw new Error('no row 10')
  const forged = { ...row, actorUserId: 'someone-else' }
  const { hash: _old, ...rest } = forged
  run(t, 'update audit_log set actor_user_id = ?, hash = ? where seq = 10', 'someone-else', hashOf(rest))
  expect(verifyAuditChain(t.deps.db)).toEqual({ ok: false, rows: 10, brokenAtSeq: 11, reason: 'relinked' })
})

test('someone who deletes a row in the middle is caught at the missing sequence number', async () => {
  const t = await busy()
  expect(run(t, 'delete from audit_log where seq = 7')).toBe(1)
  expect(verifyAuditChain(t.deps.db)).toEqual({ ok: false, rows: 6, brokenAtSeq: 7, reason: 'missing' })
})

test('someone who deletes the first row is caught at sequence number 1', async () => {
  const t = await busy()
  run(t, 'delete from audit_log where seq = 1')
  expect(verifyAuditChain(t.deps.db)).toEqual({ ok: false, rows: 0, brokenAtSeq: 1, reason: 'missing' })
})

test('someone who deletes the last row is caught by the head kept beside the log', async () => {
  const t = await busy()
  const last = auditRows(t).at(-1)?.seq ?? 0
  expect(run(t, 'delete from audit_log where seq = ?', last)).toBe(1)
  expect(verifyAuditChain(t.deps.db)).toEqual({ ok: false, rows: last - 1, brokenAtSeq: last, reason: 'head_mismatch' })
})

test('someone who deletes the last rows and renumbers nothing else is caught at the first deleted row', async () => {
  const t = await busy()
  const last = auditRows(t).at(-1)?.seq ?? 0
  expect(run(t, 'delete from audit_log where seq > ?', last - 3)).toBe(3)
  expect(verifyAuditChain(t.deps.db)).toEqual({ ok: false, rows: last - 3, brokenAtSeq: last - 2, reason: 'head_mismatch' })
})

test('someone who empties the whole log is caught', async () => {
  const t = await busy()
  run(t, 'delete from audit_log')
  expect(verifyAuditChain(t.deps.db)).toEqual({ ok: false, rows: 0, brokenAtSeq: 1, reason: 'head_mismatch' })
})

test('writes go on appending to the chain after a verification', async () => {
  const t = await busy()
  await t.call('GET', '/api/records/summary', { token: await t.login('citizen-zhang') })
  expect(verifyAuditChain(t.deps.db)).toEqual({ ok: true, rows: auditRows(t).length })
})
