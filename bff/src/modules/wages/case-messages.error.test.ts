import { expect, test } from 'vitest'
import { maxEvidenceBytes } from '@renshe/shared/wages/schemas'
import { evidenceSamples, hostileSamples } from '../../testing/evidence-samples'
import { createTestContext } from '../../testing/harness'
import { upload } from '../../testing/uploads'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { complaintForm, draftIdOf, fileComplaint, seededCase, sendMessage, submit, uploadEvidence, uploadFile } from '../../testing/wages-flows'

test('a message with neither words nor files is refused at its text', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  for (const body of [{ text: '' }, { text: '   ', evidenceIds: [] }]) {
    expect(await expectFieldErrors(await sendMessage(t, { token: zhao }, mediating.id, body))).toEqual({ 'body.text': 'field.required' })
  }
  expect(await expectFieldErrors(await sendMessage(t, { token: zhao }, mediating.id, { text: '长'.repeat(501) }))).toEqual({ 'body.text': 'field.tooLong' })
})

test('more files than a complaint may carry are refused for one message, at its files', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const tooMany = Array.from({ length: 10 }, (_, n) => `file-${n}`)
  const errors = await expectFieldErrors(await sendMessage(t, { token: zhao }, mediating.id, { text: '照片', evidenceIds: tooMany }))
  expect(errors).toEqual({ 'body.evidenceIds': 'evidence.tooMany' })
})

test('a tenth unsent file for messages is refused as evidence.tooMany; sending nine with a message makes room again', async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '100' } })
  const zhao = await t.login('worker-zhao')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const ids: string[] = []
  for (let n = 0; n < 9; n += 1) ids.push((await uploadEvidence(t, { token: zhao }, evidenceSamples['image/png'], `照片${n}.png`, 'message')).id)
  expect(await expectFieldErrors(await uploadFile(t, { token: zhao }, evidenceSamples['image/png'], '第十张.png', 'message'))).toEqual({ file: 'evidence.tooMany' })
  expect((await sendMessage(t, { token: zhao }, mediating.id, { text: '九张照片', evidenceIds: ids })).status).toBe(200)
  expect((await uploadFile(t, { token: zhao }, evidenceSamples['image/png'], '第十张.png', 'message')).status).toBe(201)
})

test('for a message as for a complaint, a “photo” that is a web page, a program or an archive is refused as evidence.type, and an oversize file as too large', async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '100' } })
  const zhao = await t.login('worker-zhao')
  for (const [kind, bytes] of Object.entries(hostileSamples)) {
    expect(await expectFieldErrors(await uploadFile(t, { token: zhao }, bytes, '工资条.jpg', 'message')), kind).toEqual({ file: 'evidence.type' })
  }
  expect(await expectFieldErrors(await uploadFile(t, { token: zhao }, new Uint8Array(0), 'empty.jpg', 'message'))).toEqual({ file: 'field.required' })
  const oversize = new Uint8Array(maxEvidenceBytes + 1)
  oversize.set(evidenceSamples['image/jpeg'])
  await expectProblem(await uploadFile(t, { token: zhao }, oversize, '大照片.jpg', 'message'), 'payload_too_large')
})

test('a file already sent, with a complaint or with another message, cannot be sent again', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const photo = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'], '工资条.jpg', 'message')
  expect((await sendMessage(t, { token: zhao }, mediating.id, { text: '照片', evidenceIds: [photo.id] })).status).toBe(200)
  expect(await expectFieldErrors(await sendMessage(t, { token: zhao }, mediating.id, { text: '再发一次', evidenceIds: [photo.id] }))).toEqual({ 'body.evidenceIds': 'evidence.unknown' })
  await expectProblem(await t.call('DELETE', `/api/wages/evidence/${photo.id}`, { token: zhao }), 'conflict')

  const filedWith = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/png'])
  await fileComplaint(t, { token: zhao }, { form: complaintForm({ evidenceIds: [filedWith.id] }) })
  expect(await expectFieldErrors(await sendMessage(t, { token: zhao }, mediating.id, { text: '照片', evidenceIds: [filedWith.id] }))).toEqual({ 'body.evidenceIds': 'evidence.unknown' })
})

test('a file picked for a complaint does not go with a message, nor one picked for a message with a complaint', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const forComplaint = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'])
  const forMessage = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'], '留言照片.jpg', 'message')
  expect(await expectFieldErrors(await sendMessage(t, { token: zhao }, mediating.id, { text: '照片', evidenceIds: [forComplaint.id] }))).toEqual({ 'body.evidenceIds': 'evidence.unknown' })
  expect(await expectFieldErrors(await submit(t, { token: zhao }, draftIdOf(3), complaintForm({ evidenceIds: [forMessage.id] })))).toEqual({ 'body.form.evidenceIds': 'evidence.unknown' })
})

test('a message with files on a closed case is illegal_transition, and its files stay unsent and the sender’s to remove', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const closed = await seededCase(t, 'worker-zhao', 'closed')
  const photo = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'], '工资条.jpg', 'message')
  await expectProblem(await sendMessage(t, { token: zhao }, closed.id, { text: '补充照片', evidenceIds: [photo.id] }), 'illegal_transition')
  expect((await t.call('DELETE', `/api/wages/evidence/${photo.id}`, { token: zhao })).status).toBe(200)
})

test('an employer cannot upload for a message (it sends none), nor an officer for a complaint', async () => {
  const t = await createTestContext()
  await expectProblem(await uploadFile(t, { token: await t.login('employer-demo') }, evidenceSamples['application/pdf'], '回单.pdf', 'message'), 'forbidden')
  await expectProblem(await uploadFile(t, { token: await t.login('officer-liu') }, evidenceSamples['application/pdf'], '协议.pdf'), 'forbidden')
  const unknownUse = await upload(t, '/api/wages/evidence?for=draft', { token: await t.login('worker-zhao'), file: { name: '工资条.jpg', bytes: evidenceSamples['image/jpeg'] } })
  expect(await expectFieldErrors(unknownUse)).toEqual({ 'query.for': 'field.choose' })
})
