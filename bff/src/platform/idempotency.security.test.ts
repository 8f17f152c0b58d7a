import { eq, sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { Certificate } from '@renshe/shared/records/schemas'
import { VisitTask } from '@renshe/shared/retiree/schemas'
import { CaseDetail } from '@renshe/shared/wages/schemas'
import { users } from '../db/schema'
import { seededRetireeIds } from '../db/seed/retiree'
import { evidenceSamples } from '../testing/evidence-samples'
import { auditRows, certificateRequest, grantProxy, seededGrantOf } from '../testing/flows'
import { createTestContext } from '../testing/harness'
import { expectOk, expectProblem } from '../testing/http'
import { openProxy, sentPhoto, submitReport, visitReport } from '../testing/retiree-visit-flows'
import { acted, caseRowsOf, complaintForm, draftIdOf, fileComplaint, oujiangComplaint, submit, userIdOf } from '../testing/wages-flows'
import { sampleComplaintForm } from '../testing/wages-samples'
import { days } from './clock'

const key = 'shared-key-000000000003'

test('two people who happen to send the same key each get their own certificate, never the other’s', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  const elder = await t.login('elder-wang')
  const mine = await expectOk(await t.call('POST', '/api/records/certificates', { token: zhang, idempotencyKey: key, body: certificateRequest }), Certificate, 201)
  const hers = await t.call('POST', '/api/records/certificates', { token: elder, idempotencyKey: key, body: certificateRequest })
  expect(hers.headers.get('idempotent-replayed')).toBeNull()
  const theirs = await expectOk(hers, Certificate, 201)
  expect(theirs.id).not.toBe(mine.id)
  expect(theirs.holder.maskedName).toBe('王**')
  expect(mine.holder.maskedName).toBe('张*')
})

test('a grid staff member’s key for himself and the same key acting for a client, or the client’s own, are three different submissions', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const own = await expectOk(await t.call('POST', '/api/records/certificates', { token: chen, idempotencyKey: key, body: certificateRequest }), Certificate, 201)
  const forElder = await expectOk(
    await t.call('POST', '/api/records/certificates', { token: chen, actingFor: grantId, idempotencyKey: key, body: certificateRequest }),
    Certificate,
    201,
  )
  const byElder = await expectOk(
    await t.call('POST', '/api/records/certificates', { token: await t.login('elder-wang'), idempotencyKey: key, body: certificateRequest }),
    Certificate,
    201,
  )
  expect(new Set([own.id, forElder.id, byElder.id]).size).toBe(3)
  expect([own.holder.maskedName, forElder.holder.maskedName, byElder.holder.maskedName]).toEqual(['陈**', '王**', '王**'])
})

test('a replay after logging in again still reaches only its owner’s stored answer', async () => {
  const t = await createTestContext()
  const first = await expectOk(
    await t.call('POST', '/api/records/certificates', { token: await t.login('citizen-zhang'), idempotencyKey: key, body: certificateRequest }),
    Certificate,
    201,
  )
  const again = await t.call('POST', '/api/records/certificates', { token: await t.login('citizen-zhang'), idempotencyKey: key, body: certificateRequest })
  expect(again.headers.get('idempotent-replayed')).toBe('true')
  expect((await expectOk(again, Certificate, 201)).id).toBe(first.id)
})

const complaintKey = 'complaint-retry-key-0001'

test('with an Idempotency-Key, a filed complaint and a home visit opened by proxy leave no personal data in the key store', async () => {
  const t = await createTestContext()
  const form = oujiangComplaint()
  const address = '瓯江府二期工棚 3 号楼 204 室'
  await fileComplaint(t, { token: await t.login('worker-zhao'), idempotencyKey: complaintKey }, { form: { ...form, site: { ...form.site, address } } })
  const wu = await t.login('retiree-wu')
  const grant = await grantProxy(t, wu, { staffCode: 'WG330302002', scopes: ['retiree.assist'] })
  const opened = await openProxy(t, { token: await t.login('staff-zhou'), actingFor: grant.id, idempotencyKey: 'proxy-visit-key-000001' })
  const task = await expectOk(opened, VisitTask, 201)
  expect([task.name, task.address]).toEqual(['吴桂兰', '鹿城区南汇街道学院路 58 号'])

  const stored = await t.deps.db.rows(sql`select * from idempotency_keys`)
  expect(stored).toHaveLength(2)
  const secrets = [sampleComplaintForm.description, '工棚 3 号楼 204', '13957700001', '赵强', '511321198803124572', '吴桂兰', '学院路 58 号', '330302194807214020']
  for (const secret of secrets) expect(JSON.stringify(stored), secret).not.toContain(secret)
})

test.each(['revoked', 'expired'] as const)('a worker whose grant was %s replays the visit he sent under it and is refused, with nothing of the pensioner', async (ended) => {
  const t = await createTestContext()
  const wu = await t.login('retiree-wu')
  const grant = await grantProxy(t, wu, { staffCode: 'WG330302002', scopes: ['retiree.assist'], days: 1 })
  const zhou = await t.login('staff-zhou')
  const task = await expectOk(await openProxy(t, { token: zhou, actingFor: grant.id }), VisitTask, 201)
  const photo = await sentPhoto(t, zhou, task.id, evidenceSamples['image/jpeg'])
  const send = (token: string) => submitReport(t, { token, idempotencyKey: 'visit-report-key-00001' }, task.id, visitReport(photo.id))
  expect((await expectOk(await send(zhou), VisitTask)).name).toBe('吴桂兰')

  if (ended === 'revoked') await t.call('POST', `/api/proxy/grants/${grant.id}/revoke`, { token: wu })
  else t.clock.advance(days(1))
  const replay = await send(await t.login('staff-zhou'))
  const problem = await expectProblem(replay, 'not_found')
  expect(JSON.stringify(problem)).not.toContain('吴')
})

test('an officer moved to another region replays the visit she assigned there and is refused', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const assign = () => t.call('POST', `/api/retiree/office/pensioners/${seededRetireeIds.pensioners.wu}/visit`, { token: liu, idempotencyKey: 'assign-visit-key-00001' })
  expect((await expectOk(await assign(), VisitTask, 201)).name).toBe('吴桂兰')
  await t.deps.db.transaction((tx) => tx.update(users).set({ regionCode: '330304' }).where(eq(users.devAccount, 'officer-liu')))
  const problem = await expectProblem(await assign(), 'not_found')
  expect(JSON.stringify(problem)).not.toContain('吴')
})

test('a replayed complaint is recorded as a read of the case, by the caller, about the worker', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const zhaoId = await userIdOf(t, 'worker-zhao')
  const filed = await fileComplaint(t, { token: zhao, idempotencyKey: complaintKey })
  const before = (await auditRows(t)).length
  const replay = await submit(t, { token: zhao, idempotencyKey: complaintKey }, draftIdOf(1), complaintForm())
  expect(replay.headers.get('idempotent-replayed')).toBe('true')
  await expectOk(replay, CaseDetail, 201)
  const added = (await auditRows(t)).slice(before).map((row) => [row.action, row.kind, row.actorUserId, row.subjectUserId, row.objectId, row.requestId])
  expect(added).toEqual([['wages.getComplaint', 'read', zhaoId, zhaoId, filed.id, replay.headers.get('x-request-id')]])
})

test('a replay answers the case as it is now, with the status of the first answer', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const filed = await fileComplaint(t, { token: zhao, idempotencyKey: complaintKey }, { form: oujiangComplaint() })
  expect(filed.status).toBe('submitted')
  await acted(t, { token: await t.login('officer-liu') }, filed.id, { kind: 'accept' })
  const replay = await submit(t, { token: zhao, idempotencyKey: complaintKey }, draftIdOf(1), oujiangComplaint())
  expect(replay.headers.get('idempotent-replayed')).toBe('true')
  const now = await expectOk(replay, CaseDetail, 201)
  expect([now.id, now.status]).toEqual([filed.id, 'accepted'])
})

test('twenty retries of one complaint at once make one case, and every one answered as a replay is recorded as a read of it', async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '100' } })
  const zhao = await t.login('worker-zhao')
  const cases = (await caseRowsOf(t, 'worker-zhao')).length
  const before = (await auditRows(t)).length
  const retry = () => submit(t, { token: zhao, idempotencyKey: complaintKey }, draftIdOf(1), complaintForm())
  const responses = [...(await Promise.all(Array.from({ length: 20 }, retry))), await retry()]
  const answered = responses.filter((response) => response.status === 201)
  const ids = new Set(await Promise.all(answered.map(async (response) => (await expectOk(response, CaseDetail, 201)).id)))
  expect(ids.size).toBe(1)
  expect(await caseRowsOf(t, 'worker-zhao')).toHaveLength(cases + 1)
  const replayed = answered.filter((response) => response.headers.get('idempotent-replayed') === 'true').length
  expect(replayed).toBeGreaterThan(0)
  const added = (await auditRows(t)).slice(before)
  expect(added.filter((row) => row.action === 'wages.submitComplaint')).toHaveLength(1)
  expect(added.filter((row) => row.action === 'wages.getComplaint' && row.kind === 'read')).toHaveLength(replayed)
})
