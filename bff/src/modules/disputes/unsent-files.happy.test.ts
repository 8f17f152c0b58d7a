import { expect, test } from 'vitest'
import { z } from 'zod'
import { maxDisputeFiles } from '@renshe/shared/disputes/files'
import { deleteDisputeFile, openDisputeFile, unsentFilesOf, uploadDisputeFile, uploadedDisputeFile } from '../../testing/dispute-files-flows'
import { applied, oujiangApplication, weeksLongSessions } from '../../testing/disputes-flows'
import { auditRows, seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import { userIdOf } from '../../testing/wages-flows'

const Deleted = z.object({ deleted: z.literal(true) })

test('a worker whose pool is full of abandoned uploads deletes one and can upload again; the file is gone and its deletion audited about her', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const uploaded = []
  for (let n = 0; n < maxDisputeFiles; n += 1) uploaded.push(await uploadedDisputeFile(t, { token: zhao }))
  expect(await expectFieldErrors(await uploadDisputeFile(t, { token: zhao }))).toEqual({ file: 'evidence.tooMany' })

  const [abandoned] = uploaded
  if (!abandoned) throw new Error('no upload')
  expect(await expectOk(await deleteDisputeFile(t, { token: zhao }, abandoned.id), Deleted)).toEqual({ deleted: true })
  await expectProblem(await openDisputeFile(t, { token: zhao }, abandoned.id), 'not_found')
  // Deleted twice: the second finds nothing.
  await expectProblem(await deleteDisputeFile(t, { token: zhao }, abandoned.id), 'not_found')
  const again = await uploadedDisputeFile(t, { token: zhao })

  // The rest go with her application as before.
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t, { evidenceIds: [...uploaded.slice(1).map((file) => file.id), again.id] }))
  expect(filed.files).toHaveLength(maxDisputeFiles)
  const audit = (await auditRows(t)).filter((row) => row.action === 'disputes.deleteFile')
  const zhaoId = await userIdOf(t, 'worker-zhao')
  expect(audit.map((row) => [row.objectId, row.actorUserId, row.subjectUserId, row.kind])).toEqual([[abandoned.id, zhaoId, zhaoId, 'write']])
})

test('grid staff acting for her delete a file they uploaded into her pool', async () => {
  const t = await createTestContext(weeksLongSessions)
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const forHer = { token: chen, actingFor: grantId }
  const file = await uploadedDisputeFile(t, forHer)
  expect(await expectOk(await deleteDisputeFile(t, forHer, file.id), Deleted)).toEqual({ deleted: true })
  await expectProblem(await openDisputeFile(t, forHer, file.id), 'not_found')
  const [row] = (await auditRows(t)).filter((each) => each.action === 'disputes.deleteFile')
  expect([row?.actorUserId, row?.subjectUserId, row?.viaGrantId]).toEqual([await userIdOf(t, 'staff-chen'), await userIdOf(t, 'elder-wang'), grantId])
})

test('her unsent files are listed to her oldest first, from any earlier visit; a file sent with an act leaves the list, and the listing shows in her access log', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const sent = await uploadedDisputeFile(t, { token: zhao }, undefined, '劳动合同.jpg')
  t.clock.advance(60_000)
  const kept = await uploadedDisputeFile(t, { token: zhao }, undefined, '工资条.jpg')
  expect(await unsentFilesOf(t, { token: zhao })).toEqual([sent, kept])
  await applied(t, { token: zhao }, await oujiangApplication(t, { evidenceIds: [sent.id] }))
  // A new session, as on another day.
  expect(await unsentFilesOf(t, { token: await t.login('worker-zhao') })).toEqual([kept])
  const zhaoId = await userIdOf(t, 'worker-zhao')
  const reads = (await auditRows(t)).filter((row) => row.action === 'disputes.listMyUnsentFiles')
  expect(reads.map((row) => [row.kind, row.actorUserId, row.subjectUserId])).toEqual([
    ['read', zhaoId, zhaoId],
    ['read', zhaoId, zhaoId],
  ])
})
