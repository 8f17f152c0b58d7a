import { expect, test } from 'vitest'
import { maxDisputeFiles } from '@renshe/shared/disputes/files'
import { arbitrations, disputeFiles } from '../../db/schema'
import { uploadDisputeFile, uploadedDisputeFile } from '../../testing/dispute-files-flows'
import { act, acted, applied, apply, nextDay, oujiangApplication, weeksLongSessions } from '../../testing/disputes-flows'
import { evidenceSamples, hostileSamples } from '../../testing/evidence-samples'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'

async function stored(t: TestContext) {
  return t.deps.db.read(async (q) => ({
    cases: await q.select().from(arbitrations),
    files: await q.select({ id: disputeFiles.id, caseId: disputeFiles.caseId, side: disputeFiles.side }).from(disputeFiles),
  }))
}

test('a “photo” that is really a web page, a program or an archive is refused as evidence.type, an empty one as field.required, and nothing is stored', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  for (const [kind, bytes] of Object.entries(hostileSamples)) {
    expect(await expectFieldErrors(await uploadDisputeFile(t, { token }, bytes, `${kind}.jpg`)), kind).toEqual({ file: 'evidence.type' })
  }
  expect(await expectFieldErrors(await uploadDisputeFile(t, { token }, new Uint8Array(0), 'empty.jpg'))).toEqual({ file: 'field.required' })
  expect((await stored(t)).files).toEqual([])
})

test('a tenth file waiting to be sent is refused as evidence.tooMany, even sent all at once; sending them makes room again', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const responses = await Promise.all(Array.from({ length: maxDisputeFiles + 3 }, () => uploadDisputeFile(t, { token }, evidenceSamples['image/png'])))
  expect(responses.filter((response) => response.status === 201)).toHaveLength(maxDisputeFiles)
  for (const refused of responses.filter((response) => response.status !== 201)) expect(await expectFieldErrors(refused)).toEqual({ file: 'evidence.tooMany' })
  const { files } = await stored(t)
  expect(files).toHaveLength(maxDisputeFiles)
  await applied(t, { token }, await oujiangApplication(t, { evidenceIds: files.map((file) => file.id) }))
  await uploadedDisputeFile(t, { token })
})

test('an application naming a file that does not exist, or one already sent, is refused on evidenceIds and writes nothing', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const photo = await uploadedDisputeFile(t, { token })
  const sent = await uploadedDisputeFile(t, { token })
  await applied(t, { token }, await oujiangApplication(t, { evidenceIds: [sent.id] }))
  const before = await stored(t)
  for (const evidenceIds of [[photo.id, 'zzzzzzzzzzzzzzzzzzzzzzzzzz'], [photo.id, sent.id]]) {
    expect(await expectFieldErrors(await apply(t, { token }, await oujiangApplication(t, { evidenceIds }))), evidenceIds.join()).toEqual({ 'body.evidenceIds': 'evidence.unknown' })
  }
  expect(await stored(t)).toEqual(before)
  // More than a case may carry is refused by its shape.
  const tooMany = Array.from({ length: maxDisputeFiles + 1 }, () => photo.id)
  expect(await expectFieldErrors(await apply(t, { token }, await oujiangApplication(t, { evidenceIds: tooMany })))).toEqual({ 'body.evidenceIds': 'evidence.tooMany' })
})

test('a defence naming a file that is not the employer’s own unsent one is refused and the defence is not recorded; the defence is not served before it comes in', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const employer = await t.login('employer-demo')
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t))
  nextDay(t)
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  await acted(t, { token: liu }, filed.id, { kind: 'serve' })
  expect((await expectProblem(await act(t, { token: liu }, filed.id, { kind: 'serveDefence' }), 'illegal_transition')).detail).toBe('illegal_transition')
  const before = await stored(t)
  expect(await expectFieldErrors(await act(t, { token: employer }, filed.id, { kind: 'submitDefence', evidenceIds: ['zzzzzzzzzzzzzzzzzzzzzzzzzz'] }))).toEqual({
    'body.evidenceIds': 'evidence.unknown',
  })
  expect(await stored(t)).toEqual(before)
})
