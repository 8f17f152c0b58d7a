import { expect, test } from 'vitest'
import { z } from 'zod'
import { CaseDetail } from '@renshe/shared/wages/schemas'
import { seededWageIds } from '../../db/seed/wages'
import { evidenceSamples, hostileSamples } from '../../testing/evidence-samples'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import {
  act,
  acted,
  caseRowsOf,
  complaintForm,
  draftIdOf,
  fileComplaint,
  oujiangComplaint,
  seededCase,
  submit,
  uploadEvidence,
  uploadFile,
} from '../../testing/wages-flows'

test('accepting a case twice, or mediating one not yet accepted, is answered illegal_transition and changes nothing', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const filed = await fileComplaint(t, { token: await t.login('worker-zhao') })
  await expectProblem(await act(t, { token: liu }, filed.id, { kind: 'mediate', note: '' }), 'illegal_transition')
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  const before = (await auditRows(t)).length
  await expectProblem(await act(t, { token: liu }, filed.id, { kind: 'accept' }), 'illegal_transition')
  await expectProblem(await act(t, { token: liu }, filed.id, { kind: 'close', conclusion: '结案结案', recoveredFen: 0 }), 'illegal_transition')
  expect(await auditRows(t)).toHaveLength(before)
})

test('two officers accepting the same case at the same moment: one accepts it, the other is told it has moved on', async () => {
  const t = await createTestContext()
  const filed = await fileComplaint(t, { token: await t.login('worker-zhao') })
  const [liu, wu] = [await t.login('officer-liu'), await t.login('supervisor-wu')]
  const responses = await Promise.all([act(t, { token: liu }, filed.id, { kind: 'accept' }), act(t, { token: wu }, filed.id, { kind: 'accept' })])
  expect(responses.map((r) => r.status).sort()).toEqual([200, 409])
  const row = (await caseRowsOf(t, 'worker-zhao')).find((c) => c.id === filed.id)
  expect(row?.status).toBe('accepted')
})

test('a worker cannot do an officer’s acts on his own case, nor an officer the worker’s', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const filed = await fileComplaint(t, { token: zhao })
  await expectProblem(await act(t, { token: zhao }, filed.id, { kind: 'accept' }), 'forbidden')
  await expectProblem(await act(t, { token: await t.login('officer-liu') }, filed.id, { kind: 'withdraw', reason: '' }), 'forbidden')
  await expectProblem(await act(t, { token: await t.login('officer-liu') }, filed.id, { kind: 'extend', reason: '案情复杂' }), 'forbidden')
})

test('a mediation recorded as settled without the worker’s confirmation is refused at workerConfirmed', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const errors = await expectFieldErrors(await act(t, { token: liu }, mediating.id, { kind: 'recordMediation', settled: true, paidFen: 100, workerConfirmed: false, note: '' }))
  expect(errors).toEqual({ 'body.workerConfirmed': 'mediation.confirm' })
  const failed = await expectOk(await act(t, { token: liu }, mediating.id, { kind: 'recordMediation', settled: false, paidFen: 0, workerConfirmed: false, note: '单位拒绝支付' }), CaseDetail)
  expect(failed.status).toBe('accepted')
})

test('a complaint naming an employer, project or files that do not exist is refused field by field, and no case is made', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const before = (await caseRowsOf(t, 'worker-zhao')).length
  const unknownEmployer = complaintForm({ employer: { employerId: 'no-such-employer', name: '不存在公司', creditCode: null } })
  expect(await expectFieldErrors(await submit(t, { token }, draftIdOf(1), unknownEmployer))).toEqual({ 'body.form.employer.employerId': 'employer.unknown' })

  const otherProject = complaintForm({
    employer: { employerId: seededWageIds.employers.hongda, name: '鹿城鸿达劳务有限公司', creditCode: null },
    site: { projectId: seededWageIds.projects.oujiangfu, siteName: '瓯江府二期', regionCode: '330302', address: '' },
  })
  expect(await expectFieldErrors(await submit(t, { token }, draftIdOf(1), otherProject))).toEqual({ 'body.form.site.projectId': 'project.unknown' })
  const projectWithoutEmployer = complaintForm({ site: { projectId: seededWageIds.projects.oujiangfu, siteName: '瓯江府二期', regionCode: '330302', address: '' } })
  expect(await expectFieldErrors(await submit(t, { token }, draftIdOf(1), projectWithoutEmployer))).toEqual({ 'body.form.site.projectId': 'project.unknown' })

  expect(await expectFieldErrors(await submit(t, { token }, draftIdOf(1), complaintForm({ evidenceIds: ['zzzzzzzzzzzzzzzzzzzzzzzzzz'] })))).toEqual({
    'body.form.evidenceIds': 'evidence.unknown',
  })
  expect(await caseRowsOf(t, 'worker-zhao')).toHaveLength(before)
})

test('a form that is incomplete or out of range is refused with a key for each field', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const form = {
    ...complaintForm(),
    wages: { fromMonth: '2026-10', toMonth: '2026-08', amountFen: 50, payUnit: 'month', coWorkers: -1 },
    contact: { phone: '12345' },
  }
  const errors = await expectFieldErrors(await submit(t, { token }, draftIdOf(1), form as never))
  expect(errors).toMatchObject({
    'body.form.wages.amountFen': 'wages.amount',
    'body.form.wages.coWorkers': 'wages.coWorkers',
    'body.form.contact.phone': 'phone.format',
  })
  const bad = await expectFieldErrors(await t.call('POST', '/api/wages/complaints', { token, body: { draftId: 'not-a-uuid', form: complaintForm() } }))
  expect(Object.keys(bad)).toEqual(['body.draftId'])
})

test('a “photo” that is really a web page, a program or an archive is refused as evidence.type, and nothing is stored', async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '100' } })
  const token = await t.login('worker-zhao')
  for (const [kind, bytes] of Object.entries(hostileSamples)) {
    const errors = await expectFieldErrors(await uploadFile(t, { token }, bytes, '工资条.jpg'))
    expect(errors, kind).toEqual({ file: 'evidence.type' })
  }
  expect(await expectFieldErrors(await uploadFile(t, { token }, new Uint8Array(0), 'empty.jpg'))).toEqual({ file: 'field.required' })
})

test('a tenth file before sending is refused as evidence.tooMany; sending the nine makes room again', async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '100' } })
  const token = await t.login('worker-zhao')
  const ids: string[] = []
  for (let n = 0; n < 9; n += 1) ids.push((await uploadEvidence(t, { token }, evidenceSamples['image/png'])).id)
  expect(await expectFieldErrors(await uploadFile(t, { token }, evidenceSamples['image/png']))).toEqual({ file: 'evidence.tooMany' })
  await fileComplaint(t, { token }, { form: oujiangComplaint(ids) })
  await uploadEvidence(t, { token }, evidenceSamples['image/png'])
})

test('a file sent with a complaint cannot be deleted, and a draft already sent cannot be saved again', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const photo = await uploadEvidence(t, { token }, evidenceSamples['image/jpeg'])
  await fileComplaint(t, { token }, { draftId: draftIdOf(5), form: complaintForm({ evidenceIds: [photo.id] }) })
  await expectProblem(await t.call('DELETE', `/api/wages/evidence/${photo.id}`, { token }), 'conflict')
  await expectProblem(await t.call('PUT', '/api/wages/draft', { token, body: { draftId: draftIdOf(5), step: 6, form: {} } }), 'conflict')
})

test('a message on a closed case, or an employer’s answer to one, is illegal_transition', async () => {
  const t = await createTestContext()
  const closed = await seededCase(t, 'worker-zhao', 'closed')
  await expectProblem(await t.call('POST', `/api/wages/complaints/${closed.id}/messages`, { token: await t.login('worker-zhao'), body: { text: '谢谢' } }), 'illegal_transition')
  await expectProblem(await t.call('POST', `/api/wages/complaints/${closed.id}/messages`, { token: await t.login('officer-huang'), body: { text: '已结案' } }), 'illegal_transition')
})

test('an employer’s answer citing files that are not its own unsent proof is refused, and nothing is attached', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const workerFile = await uploadEvidence(t, { token: await t.login('worker-zhao') }, evidenceSamples['image/jpeg'])
  const body = { statement: '工资已经发放。', proofIds: [workerFile.id] }
  expect(await expectFieldErrors(await t.call('POST', `/api/wages/complaints/${mediating.id}/response`, { token: employer, body }))).toEqual({ 'body.proofIds': 'evidence.unknown' })
})

test('a complaint without a phone, from someone whose real-name record holds none, is refused at the phone', async () => {
  const t = await createTestContext()
  const li = await t.login('citizen-li')
  await t.call('POST', '/api/consents', { token: li, body: { purpose: 'identity.real_name', version: '2026-11' } })
  await expectOk(await t.call('POST', '/api/me/real-name', { token: li, body: { name: '李娜', idNumber: '330304198807214523' } }), z.unknown())
  const response = await submit(t, { token: li }, draftIdOf(31), { ...oujiangComplaint(), contact: {} })
  expect(await expectFieldErrors(response)).toEqual({ 'body.form.contact.phone': 'field.required' })
  expect(await caseRowsOf(t, 'citizen-li')).toEqual([])
})
