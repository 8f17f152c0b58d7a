import { and, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { CaseDetail, EvidenceContent, EvidenceFile } from '@renshe/shared/wages/schemas'
import { caseEvents } from '../../db/schema'
import { days, minutes } from '../../platform/clock'
import { evidenceSamples } from '../../testing/evidence-samples'
import { auditRows, seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { fileComplaint, inboxOf, readCase, seededCase, sendMessage, uploadEvidence, uploadFile, userIdOf } from '../../testing/wages-flows'

const messagesOf = async (t: Awaited<ReturnType<typeof createTestContext>>, caseId: string) =>
  t.deps.db.read((q) => q.select({ id: caseEvents.id }).from(caseEvents).where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, 'message'))))

test('the officer asks for photos in mediation; the worker sends two photos and a PDF with his reply, and the officer sees and opens them with it', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const before = await expectOk(await readCase(t, { token: zhao }, mediating.id), CaseDetail)
  expect(before.timeline.at(-1)).toMatchObject({ kind: 'message', by: 'officer', note: '请带上考勤记录和工资条照片来参加调解。', attachments: [] })

  // Uploaded one after another, as the phone sends them: the message lists them in that order.
  const sheet = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'], '考勤表.jpg', 'message')
  t.clock.advance(minutes(1))
  const slip = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/png'], '工资条.png', 'message')
  t.clock.advance(minutes(1))
  const iou = await uploadEvidence(t, { token: zhao }, evidenceSamples['application/pdf'], '欠条.pdf', 'message')
  const sent = await expectOk(await sendMessage(t, { token: zhao }, mediating.id, { text: '考勤表和工资条照片在这里。', evidenceIds: [sheet.id, slip.id, iou.id] }), CaseDetail)

  const message = sent.timeline.at(-1)
  expect(message).toMatchObject({ kind: 'message', by: 'worker', note: '考勤表和工资条照片在这里。' })
  expect(message?.attachments.map((file) => [file.name, file.mime])).toEqual([
    ['考勤表.jpg', 'image/jpeg'],
    ['工资条.png', 'image/png'],
    ['欠条.pdf', 'application/pdf'],
  ])
  // The complaint's evidence is what was filed; a message's files stay with the message.
  expect(sent.evidence).toEqual(before.evidence)
  expect(await inboxOf(t, liu)).toContainEqual(expect.objectContaining({ template: 'wages.message', params: expect.objectContaining({ caseNumber: mediating.caseNumber }) }))

  const seen = await expectOk(await readCase(t, { token: liu }, mediating.id), CaseDetail)
  expect(seen.timeline.find((event) => event.id === message?.id)?.attachments).toEqual(message?.attachments)
  for (const file of [sheet, slip, iou]) {
    const content = await expectOk(await t.call('GET', `/api/wages/evidence/${file.id}`, { token: liu }), EvidenceContent)
    expect(content).toMatchObject({ id: file.id, name: file.name, mime: file.mime })
    expect(content.dataUrl.startsWith(`data:${file.mime};base64,`)).toBe(true)
  }
})

test('a photo alone is a message: no words are needed', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const photo = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/webp'], '工地照片.webp', 'message')
  const sent = await expectOk(await sendMessage(t, { token: zhao }, mediating.id, { text: '  ', evidenceIds: [photo.id] }), CaseDetail)
  expect(sent.timeline.at(-1)).toMatchObject({ kind: 'message', by: 'worker', note: null, attachments: [expect.objectContaining({ id: photo.id })] })
})

test('the officer sends the worker the mediation agreement with a message, and the worker opens it', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const zhao = await t.login('worker-zhao')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const agreement = await uploadEvidence(t, { token: liu }, evidenceSamples['application/pdf'], '调解协议.pdf', 'message')
  const sent = await expectOk(await sendMessage(t, { token: liu }, mediating.id, { text: '调解协议请查收。', evidenceIds: [agreement.id] }), CaseDetail)
  expect(sent.timeline.at(-1)).toMatchObject({ by: 'officer', attachments: [expect.objectContaining({ id: agreement.id, name: '调解协议.pdf' })] })
  expect(await inboxOf(t, zhao)).toContainEqual(expect.objectContaining({ template: 'wages.message' }))

  const seen = await expectOk(await readCase(t, { token: zhao }, mediating.id), CaseDetail)
  expect(seen.timeline.at(-1)?.attachments.map((file) => file.id)).toEqual([agreement.id])
  expect((await t.call('GET', `/api/wages/evidence/${agreement.id}`, { token: zhao })).status).toBe(200)
})

test('grid staff acting for the worker send a photo in her name; it is hers, and the message is theirs', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const as = { token: chen, actingFor: grantId }
  const filed = await fileComplaint(t, as)
  const photo = await uploadEvidence(t, as, evidenceSamples['image/jpeg'], '欠条.jpg', 'message')
  const sent = await expectOk(await sendMessage(t, as, filed.id, { text: '王阿姨的欠条照片。', evidenceIds: [photo.id] }), CaseDetail)
  expect(sent.timeline.at(-1)).toMatchObject({ kind: 'message', by: 'grid_staff', attachments: [expect.objectContaining({ id: photo.id })] })
  // The worker herself opens it without anyone acting for her.
  expect((await t.call('GET', `/api/wages/evidence/${photo.id}`, { token: await t.login('elder-wang') })).status).toBe(200)
})

test('a message sent again with the same Idempotency-Key is one message, its files attached once', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const photo = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'], '工资条.jpg', 'message')
  const before = (await messagesOf(t, mediating.id)).length
  const as = { token: zhao, idempotencyKey: 'message-with-photo-0001' }
  const body = { text: '照片附上。', evidenceIds: [photo.id] }

  const first = await expectOk(await sendMessage(t, as, mediating.id, body), CaseDetail)
  t.clock.advance(minutes(1))
  const again = await sendMessage(t, as, mediating.id, body)
  expect(again.headers.get('idempotent-replayed')).toBe('true')
  const replayed = await expectOk(again, CaseDetail)

  expect(await messagesOf(t, mediating.id)).toHaveLength(before + 1)
  expect(replayed.timeline).toEqual(first.timeline)
  expect(replayed.timeline.flatMap((event) => event.attachments.map((file) => file.id))).toEqual([photo.id])
  expect((await auditRows(t)).filter((row) => row.action === 'wages.postMessage')).toHaveLength(1)
})

test('two sends of the same files at once make one message: the other finds the files already sent', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const photo = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'], '工资条.jpg', 'message')
  const before = (await messagesOf(t, mediating.id)).length
  const responses = await Promise.all([1, 2].map(() => sendMessage(t, { token: zhao }, mediating.id, { text: '照片附上。', evidenceIds: [photo.id] })))
  expect(responses.map((response) => response.status).sort()).toEqual([200, 400])
  expect(await messagesOf(t, mediating.id)).toHaveLength(before + 1)
})

test('a photo picked for a message and not sent within a day is thrown away, and leaves its place to the next', async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '100' } })
  const zhao = await t.login('worker-zhao')
  const left: EvidenceFile[] = []
  for (let n = 0; n < 9; n += 1) left.push(await uploadEvidence(t, { token: zhao }, evidenceSamples['image/png'], `照片${n}.png`, 'message'))
  t.clock.advance(days(1) + minutes(1))
  const next = await uploadEvidence(t, { token: await t.login('worker-zhao') }, evidenceSamples['image/png'], '新照片.png', 'message')

  const token = await t.login('worker-zhao')
  for (const file of left) await expectProblem(await t.call('GET', `/api/wages/evidence/${file.id}`, { token }), 'not_found')
  expect((await t.call('GET', `/api/wages/evidence/${next.id}`, { token })).status).toBe(200)
  const zhaoId = await userIdOf(t, 'worker-zhao')
  const discarded = (await auditRows(t)).filter((row) => row.action === 'wages.discardEvidence')
  expect(discarded.map((row) => [row.actorUserId, row.objectId]).sort()).toEqual(left.map((file) => [zhaoId, file.id]).sort())
})

test('files of a draft and files of a message are apart: throwing the draft away keeps the photo picked for a message', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  const forDraft = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/png'], '草稿证据.png')
  const forMessage = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/png'], '留言照片.png', 'message')
  await t.call('DELETE', '/api/wages/draft', { token: zhao })
  await expectProblem(await t.call('GET', `/api/wages/evidence/${forDraft.id}`, { token: zhao }), 'not_found')
  const sent = await expectOk(await sendMessage(t, { token: zhao }, mediating.id, { text: '照片', evidenceIds: [forMessage.id] }), CaseDetail)
  expect(sent.timeline.at(-1)?.attachments.map((file) => file.id)).toEqual([forMessage.id])
  expect((await uploadFile(t, { token: zhao }, evidenceSamples['image/png'])).status).toBe(201)
})
