import { expect, test } from 'vitest'
import { CaseDetail } from '@renshe/shared/wages/schemas'
import { evidenceSamples } from '../../testing/evidence-samples'
import { auditRows, databaseDump } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import { acted, fileComplaint, oujiangComplaint, readCase, seededCase, sendMessage, uploadEvidence, userIdOf } from '../../testing/wages-flows'

test('a worker cannot send another worker’s unsent file with his message: it looks like a missing file, and stays unread', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  const theirs = await uploadEvidence(t, { token: zhang }, evidenceSamples['image/jpeg'], '张伟的工资条.jpg', 'message')
  const zhao = await t.login('worker-zhao')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const problem = await expectProblem(await sendMessage(t, { token: zhao }, mediating.id, { text: '照片', evidenceIds: [theirs.id] }), 'validation_failed')
  expect(problem.errors?.map((error) => [error.path, error.key])).toEqual([['body.evidenceIds', 'evidence.unknown']])
  expect(JSON.stringify(problem)).not.toContain('张伟')
  await expectProblem(await t.call('GET', `/api/wages/evidence/${theirs.id}`, { token: await t.login('officer-liu') }), 'not_found')
  expect((await t.call('GET', `/api/wages/evidence/${theirs.id}`, { token: zhang })).status).toBe(200)
})

test('a file sent on one case cannot be sent on another: it stays with the message it went with', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const other = await fileComplaint(t, { token: zhao })
  const photo = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'], '考勤表.jpg', 'message')
  await expectOk(await sendMessage(t, { token: zhao }, mediating.id, { text: '考勤表', evidenceIds: [photo.id] }), CaseDetail)
  expect(await expectFieldErrors(await sendMessage(t, { token: zhao }, other.id, { text: '考勤表', evidenceIds: [photo.id] }))).toEqual({ 'body.evidenceIds': 'evidence.unknown' })
  const otherCase = await expectOk(await readCase(t, { token: zhao }, other.id), CaseDetail)
  expect(otherCase.timeline.flatMap((event) => event.attachments)).toEqual([])
})

test('an officer’s file cannot be sent by the worker, nor the worker’s by the officer', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const officers = await uploadEvidence(t, { token: liu }, evidenceSamples['application/pdf'], '调解协议.pdf', 'message')
  const workers = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'], '工资条.jpg', 'message')
  expect(await expectFieldErrors(await sendMessage(t, { token: zhao }, mediating.id, { text: '协议', evidenceIds: [officers.id] }))).toEqual({ 'body.evidenceIds': 'evidence.unknown' })
  expect(await expectFieldErrors(await sendMessage(t, { token: liu }, mediating.id, { text: '工资条', evidenceIds: [workers.id] }))).toEqual({ 'body.evidenceIds': 'evidence.unknown' })
})

test('a message’s file opens for the worker and the officers of the case’s region only: a stranger, an officer of another region and the employer find nothing', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const filed = await fileComplaint(t, { token: zhao }, { form: oujiangComplaint() })
  await acted(t, { token: await t.login('officer-liu') }, filed.id, { kind: 'accept' })
  const photo = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'], '赵强的欠条.jpg', 'message')
  await expectOk(await sendMessage(t, { token: zhao }, filed.id, { text: '欠条照片', evidenceIds: [photo.id] }), CaseDetail)

  for (const account of ['worker-zhao', 'officer-liu', 'supervisor-wu']) {
    expect((await t.call('GET', `/api/wages/evidence/${photo.id}`, { token: await t.login(account) })).status, account).toBe(200)
  }
  for (const account of ['citizen-zhang', 'officer-huang', 'employer-demo']) {
    const problem = await expectProblem(await t.call('GET', `/api/wages/evidence/${photo.id}`, { token: await t.login(account) }), 'not_found', { because: account })
    expect(JSON.stringify(problem)).not.toContain('赵强')
  }
  // The employer may read the accepted case, but neither the messages nor the files sent with them.
  const asEmployer = await expectOk(await readCase(t, { token: await t.login('employer-demo') }, filed.id), CaseDetail)
  expect(asEmployer.timeline.map((event) => event.kind)).not.toContain('message')
  expect(JSON.stringify(asEmployer)).not.toContain(photo.id)
  // An officer of another region does not even find the case to write on.
  await expectProblem(await sendMessage(t, { token: await t.login('officer-huang') }, filed.id, { text: '你好' }), 'not_found')
})

test('a message with files is audited once as a write about the worker; opening one of its files, as a read by whom', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const [zhaoId, liuId] = [await userIdOf(t, 'worker-zhao'), await userIdOf(t, 'officer-liu')]
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const photo = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'], '工资条.jpg', 'message')
  const before = (await auditRows(t)).length
  await expectOk(await sendMessage(t, { token: zhao }, mediating.id, { text: '照片', evidenceIds: [photo.id] }), CaseDetail)
  await t.call('GET', `/api/wages/evidence/${photo.id}`, { token: liu })
  const rows = (await auditRows(t))
    .slice(before)
    .filter((row) => row.action.startsWith('wages.'))
    .map((row) => [row.action, row.kind, row.actorUserId, row.subjectUserId, row.objectId])
  expect(rows).toEqual([
    ['wages.postMessage', 'write', zhaoId, zhaoId, mediating.id],
    ['wages.getEvidence', 'read', liuId, zhaoId, photo.id],
  ])
})

test('a message’s words, its files’ names and their content are sealed in the database and never reach the logs', async () => {
  const logLines: string[] = []
  const t = await createTestContext({ logLines })
  const zhao = await t.login('worker-zhao')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const photo = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'], '赵强的工资条.jpg', 'message')
  await expectOk(await sendMessage(t, { token: zhao }, mediating.id, { text: '工头欠我三个月工资', evidenceIds: [photo.id] }), CaseDetail)
  await t.call('GET', `/api/wages/evidence/${photo.id}`, { token: await t.login('officer-liu') })

  const secrets = ['赵强的工资条', '工头欠我三个月工资']
  const logs = logLines.join('\n')
  for (const secret of secrets) expect(logs, secret).not.toContain(secret)
  const dump = await databaseDump(t)
  for (const secret of secrets) expect(dump, secret).not.toContain(secret)
  expect(dump).not.toContain('JFIF')
})
