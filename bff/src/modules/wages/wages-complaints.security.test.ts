import { expect, test } from 'vitest'
import { z } from 'zod'
import { Page } from '@renshe/shared/platform/primitives'
import { CaseDetail, CaseSummary } from '@renshe/shared/wages/schemas'
import { evidenceSamples } from '../../testing/evidence-samples'
import { auditRows, databaseDump, grantProxy, seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import {
  act,
  acted,
  complaintForm,
  draftIdOf,
  fileComplaint,
  oujiangComplaint,
  readCase,
  seededCase,
  submit,
  uploadEvidence,
  userIdOf,
} from '../../testing/wages-flows'

const Cases = z.object({ cases: z.array(CaseSummary) })

test('a worker cannot read, act on or write to another worker’s case: it does not exist for him', async () => {
  const t = await createTestContext()
  const filed = await fileComplaint(t, { token: await t.login('worker-zhao') })
  const zhang = await t.login('citizen-zhang')
  const problem = await expectProblem(await readCase(t, { token: zhang }, filed.id), 'not_found')
  expect(JSON.stringify(problem)).not.toContain(filed.caseNumber)
  await expectProblem(await act(t, { token: zhang }, filed.id, { kind: 'withdraw', reason: '' }), 'not_found')
  await expectProblem(await t.call('POST', `/api/wages/complaints/${filed.id}/messages`, { token: zhang, body: { text: '你好' } }), 'not_found')
  const { cases } = await expectOk(await t.call('GET', '/api/wages/complaints', { token: zhang }), Cases)
  expect(cases.map((c) => c.id)).not.toContain(filed.id)
})

test('an officer of Ouhai cannot read, act on or list a Lucheng case, nor the other way round', async () => {
  const t = await createTestContext()
  const lucheng = await fileComplaint(t, { token: await t.login('worker-zhao') })
  const ouhai = await seededCase(t, 'worker-zhao', 'closed')
  const huang = await t.login('officer-huang')
  const liu = await t.login('officer-liu')
  await expectProblem(await readCase(t, { token: huang }, lucheng.id), 'not_found')
  await expectProblem(await act(t, { token: huang }, lucheng.id, { kind: 'accept' }), 'not_found')
  await expectProblem(await t.call('POST', `/api/wages/complaints/${lucheng.id}/messages`, { token: huang, body: { text: '你好' } }), 'not_found')
  const queue = await expectOk(await t.call('GET', '/api/wages/queue?scope=all', { token: huang }), Page(CaseSummary))
  expect(queue.items.map((c) => c.id)).not.toContain(lucheng.id)
  await expectProblem(await readCase(t, { token: liu }, ouhai.id), 'not_found')
  expect(lucheng.status).toBe('submitted')
})

test('an employer cannot see a complaint about it before an officer accepts it, nor ever one about another employer', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const employer = await t.login('employer-demo')
  const liu = await t.login('officer-liu')
  const aboutIt = await fileComplaint(t, { token: zhao }, { draftId: draftIdOf(1), form: oujiangComplaint() })
  const aboutOther = await fileComplaint(t, { token: zhao }, { draftId: draftIdOf(2), form: complaintForm() })

  await expectProblem(await readCase(t, { token: employer }, aboutIt.id), 'not_found')
  const { cases: before } = await expectOk(await t.call('GET', '/api/wages/employer/complaints', { token: employer }), Cases)
  expect(before.map((c) => c.id)).not.toContain(aboutIt.id)
  await expectProblem(await t.call('POST', `/api/wages/complaints/${aboutIt.id}/response`, { token: employer, body: { statement: '没有拖欠工资。', proofIds: [] } }), 'not_found')

  await acted(t, { token: liu }, aboutIt.id, { kind: 'accept' })
  await acted(t, { token: liu }, aboutOther.id, { kind: 'accept' })
  expect((await readCase(t, { token: employer }, aboutIt.id)).status).toBe(200)
  await expectProblem(await readCase(t, { token: employer }, aboutOther.id), 'not_found')
  const { cases: after } = await expectOk(await t.call('GET', '/api/wages/employer/complaints', { token: employer }), Cases)
  expect(after.map((c) => c.id)).toContain(aboutIt.id)
  expect(after.map((c) => c.id)).not.toContain(aboutOther.id)
})

test('an employer never opens the worker’s files, even of a complaint it may see', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const photo = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'])
  const filed = await fileComplaint(t, { token: zhao }, { form: oujiangComplaint([photo.id]) })
  await acted(t, { token: await t.login('officer-liu') }, filed.id, { kind: 'accept' })
  const employer = await t.login('employer-demo')
  await expectProblem(await t.call('GET', `/api/wages/evidence/${photo.id}`, { token: employer }), 'not_found')
  const seen = await expectOk(await readCase(t, { token: employer }, filed.id), CaseDetail)
  expect(seen.evidence).toEqual([])
})

test('a grid staff member without a wages.file grant cannot file, read or act for anyone', async () => {
  const t = await createTestContext()
  const zhou = await t.login('staff-zhou')
  await expectProblem(await submit(t, { token: zhou }, draftIdOf(1), complaintForm()), 'forbidden')
  const zhang = await t.login('citizen-zhang')
  const grant = await grantProxy(t, zhang, { staffCode: 'WG330302002', scopes: ['records.read', 'inbox.read'] })
  await expectProblem(await submit(t, { token: zhou, actingFor: grant.id }, draftIdOf(1), complaintForm()), 'proxy_scope_missing')
  await expectProblem(await t.call('GET', '/api/wages/draft', { token: zhou, actingFor: grant.id }), 'proxy_scope_missing')
  const waiting = await seededCase(t, 'citizen-zhang', 'submitted')
  await expectProblem(await readCase(t, { token: zhou, actingFor: grant.id }, waiting.id), 'proxy_scope_missing')
  // The employer's own operations cannot be done by proxy at all.
  await expectProblem(await t.call('GET', '/api/wages/employer/complaints', { token: zhou, actingFor: grant.id }), 'proxy_not_allowed')
})

test('staff-chen, acting for elder-wang, sees and acts on her cases only; without acting for her he sees none of them', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const hers = await fileComplaint(t, { token: chen, actingFor: grantId })
  const zhaos = await fileComplaint(t, { token: await t.login('worker-zhao') })
  await expectProblem(await readCase(t, { token: chen, actingFor: grantId }, zhaos.id), 'not_found')
  await expectProblem(await readCase(t, { token: chen }, hers.id), 'not_found')
  const withdrawn = await acted(t, { token: chen, actingFor: grantId }, hers.id, { kind: 'withdraw', reason: '已私下解决' })
  expect(withdrawn.timeline.at(-1)).toMatchObject({ kind: 'withdrawn', by: 'grid_staff' })
})

test('someone else’s evidence cannot be cited in a complaint, opened or deleted, and looks like a missing file', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  const theirs = await uploadEvidence(t, { token: zhang }, evidenceSamples['application/pdf'], '张伟的工资条.pdf')
  const zhao = await t.login('worker-zhao')
  expect(await expectFieldErrors(await submit(t, { token: zhao }, draftIdOf(1), complaintForm({ evidenceIds: [theirs.id] })))).toEqual({ 'body.form.evidenceIds': 'evidence.unknown' })
  for (const token of [zhao, await t.login('officer-liu'), await t.login('employer-demo')]) {
    const problem = await expectProblem(await t.call('GET', `/api/wages/evidence/${theirs.id}`, { token }), 'not_found')
    expect(JSON.stringify(problem)).not.toContain('张伟')
  }
  await expectProblem(await t.call('DELETE', `/api/wages/evidence/${theirs.id}`, { token: zhao }), 'not_found')
  // An unsent file is not the officers' business either, until it is sent with a case.
  expect((await t.call('GET', `/api/wages/evidence/${theirs.id}`, { token: zhang })).status).toBe(200)
})

test('a file of a case is open to the officers of its region only, not to those of another', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const photo = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/webp'])
  await fileComplaint(t, { token: zhao }, { form: complaintForm({ evidenceIds: [photo.id] }) })
  expect((await t.call('GET', `/api/wages/evidence/${photo.id}`, { token: await t.login('supervisor-wu') })).status).toBe(200)
  await expectProblem(await t.call('GET', `/api/wages/evidence/${photo.id}`, { token: await t.login('officer-huang') }), 'not_found')
})

test('filing, reading a case and opening a file each leave an audit row naming who, for whom and what', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const zhaoId = await userIdOf(t, 'worker-zhao')
  const liuId = await userIdOf(t, 'officer-liu')
  const photo = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'])
  const before = (await auditRows(t)).length
  const filed = await fileComplaint(t, { token: zhao }, { form: complaintForm({ evidenceIds: [photo.id] }) })
  const liu = await t.login('officer-liu')
  await readCase(t, { token: liu }, filed.id)
  await t.call('GET', `/api/wages/evidence/${photo.id}`, { token: liu })
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  const rows = (await auditRows(t))
    .slice(before)
    .filter((row) => row.action.startsWith('wages.'))
    .map((row) => [row.action, row.kind, row.actorUserId, row.subjectUserId, row.objectId])
  expect(rows).toEqual([
    ['wages.submitComplaint', 'write', zhaoId, zhaoId, filed.id],
    ['wages.getComplaint', 'read', liuId, zhaoId, filed.id],
    ['wages.getEvidence', 'read', liuId, zhaoId, photo.id],
    ['wages.actOnComplaint', 'write', liuId, zhaoId, filed.id],
  ])
})

test('the worker’s phone, name, address, story and files are sealed in the database and never reach the logs', async () => {
  const logLines: string[] = []
  const t = await createTestContext({ logLines })
  const zhao = await t.login('worker-zhao')
  const photo = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'], '赵强的考勤表.jpg')
  await t.call('PUT', '/api/wages/draft', { token: zhao, body: { draftId: draftIdOf(1), step: 5, form: { contact: { phone: '13957700001' } } } })
  const form = oujiangComplaint([photo.id])
  // With a key, as the phone always sends one: what the key's store keeps is in the database too.
  const filed = await fileComplaint(t, { token: zhao, idempotencyKey: 'complaint-sealed-000001' }, { draftId: draftIdOf(1), form: { ...form, site: { ...form.site, address: '瓯江府二期工棚 3 号楼 204 室' } } })
  const liu = await t.login('officer-liu')
  await readCase(t, { token: liu }, filed.id)
  await t.call('GET', `/api/wages/evidence/${photo.id}`, { token: liu })
  await acted(t, { token: liu }, filed.id, { kind: 'reject', reason: '不属于本部门管辖范围' })

  const secrets = ['13957700001', '15057798765', '赵强', '工棚 3 号楼 204', '八月到十月的工资', '赵强的考勤表', '不属于本部门管辖']
  const logs = logLines.join('\n')
  expect(logLines.length).toBeGreaterThan(5)
  for (const secret of secrets) expect(logs, secret).not.toContain(secret)
  const dump = await databaseDump(t)
  for (const secret of secrets) expect(dump, secret).not.toContain(secret)
  expect(dump).not.toContain('JFIF')
})
