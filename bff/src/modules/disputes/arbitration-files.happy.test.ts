import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { ArbitrationCase } from '@renshe/shared/disputes/arbitration-cases'
import type { ArbitrationState } from '@renshe/shared/disputes/arbitration-machine'
import { DisputeFile } from '@renshe/shared/disputes/files'
import { arbitrations, disputeFiles } from '../../db/schema'
import { openDisputeFile, openedDisputeFile, uploadDisputeFile, uploadedDisputeFile } from '../../testing/dispute-files-flows'
import { acted, applied, nextDay, oujiangApplication, readArbitration, weeksLongSessions } from '../../testing/disputes-flows'
import { evidenceSamples } from '../../testing/evidence-samples'
import { auditRows, grantProxy } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { inboxOf, userIdOf } from '../../testing/wages-flows'

const byName = (files: readonly DisputeFile[]) => files.map((file) => [file.name, file.side]).sort()
const dataUrlOf = (mime: string, bytes: Uint8Array) => `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`

async function caseAs(t: TestContext, token: string, id: string): Promise<ArbitrationCase> {
  return expectOk(await readArbitration(t, { token }, id), ArbitrationCase)
}

test('her evidence goes with her application and reaches the employer at service; the defence’s evidence reaches her when the commission serves the defence', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const employer = await t.login('employer-demo')

  const contract = await uploadedDisputeFile(t, { token: zhao }, evidenceSamples['image/jpeg'], '劳动合同.jpg')
  expect(contract).toMatchObject({ mime: 'image/jpeg', name: '劳动合同.jpg', size: evidenceSamples['image/jpeg'].length, side: 'applicant' })
  const payslip = await uploadedDisputeFile(t, { token: zhao }, evidenceSamples['application/pdf'], '工资条.pdf')
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t, { evidenceIds: [contract.id, payslip.id] }))
  expect(byName(filed.files)).toEqual([
    ['劳动合同.jpg', 'applicant'],
    ['工资条.pdf', 'applicant'],
  ])

  // The commission reads them at once; the employer, not served yet, does not know they exist.
  expect(byName((await caseAs(t, liu, filed.id)).files)).toEqual(byName(filed.files))
  expect((await openedDisputeFile(t, { token: liu }, contract.id)).dataUrl).toBe(dataUrlOf('image/jpeg', evidenceSamples['image/jpeg']))
  await expectProblem(await openDisputeFile(t, { token: employer }, contract.id), 'not_found')

  nextDay(t)
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  await acted(t, { token: liu }, filed.id, { kind: 'serve' })
  expect(byName((await caseAs(t, employer, filed.id)).files)).toEqual(byName(filed.files))
  expect(await openedDisputeFile(t, { token: employer }, payslip.id)).toMatchObject({
    id: payslip.id,
    name: '工资条.pdf',
    dataUrl: dataUrlOf('application/pdf', evidenceSamples['application/pdf']),
  })

  // The employer answers with a file of its own.
  const answer = await uploadedDisputeFile(t, { token: employer }, evidenceSamples['application/pdf'], '工资发放记录.pdf')
  expect(answer.side).toBe('respondent')
  await acted(t, { token: liu }, filed.id, { kind: 'formTribunal' })
  nextDay(t)
  const defended = await acted(t, { token: employer }, filed.id, { kind: 'submitDefence', evidenceIds: [answer.id] })
  expect(byName(defended.files)).toEqual([...byName(filed.files), ['工资发放记录.pdf', 'respondent']].sort())
  const serveBy = defended.deadlines.find((deadline) => deadline.step === 'serveDefence')
  expect(serveBy).toMatchObject({ done: false, overdue: false })

  // Not served on her yet: the defence's file is not on her case, and opening it finds nothing.
  const before = await caseAs(t, zhao, filed.id)
  expect(byName(before.files)).toEqual(byName(filed.files))
  await expectProblem(await openDisputeFile(t, { token: zhao }, answer.id), 'not_found')

  const asArbitrator = await caseAs(t, liu, filed.id)
  expect(asArbitrator.allowedActions).toContain('serveDefence')
  expect(byName(asArbitrator.files)).toEqual(byName(defended.files))
  const served = await acted(t, { token: liu }, filed.id, { kind: 'serveDefence' })
  expect(served.timeline.at(-1)).toMatchObject({ kind: 'defence_served', by: 'arbitrator' })
  expect(served.deadlines.find((deadline) => deadline.step === 'serveDefence')).toEqual({ step: 'serveDefence', by: serveBy?.by, done: true, overdue: false })
  expect(served.allowedActions).not.toContain('serveDefence')

  const after = await caseAs(t, zhao, filed.id)
  expect(byName(after.files)).toEqual(byName(defended.files))
  expect((await openedDisputeFile(t, { token: zhao }, answer.id)).dataUrl).toBe(dataUrlOf('application/pdf', evidenceSamples['application/pdf']))
  expect(await inboxOf(t, zhao)).toContainEqual(expect.objectContaining({ template: 'disputes.arbitrationStep', params: { caseNumber: filed.caseNumber, step: 'defence_served' } }))
  expect(await inboxOf(t, employer)).toContainEqual(expect.objectContaining({ template: 'disputes.arbitrationStep', params: { caseNumber: filed.caseNumber, step: 'defence_served' } }))
})

test('grid staff upload into her pool and apply with it for her; she and they open it, and each opening is recorded for her', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const grant = await grantProxy(t, zhao, { staffCode: 'WG330302001', scopes: ['disputes.file'] })
  const chen = await t.login('staff-chen')
  const forHer = { token: chen, actingFor: grant.id }
  const [zhaoId, chenId, liuId] = [await userIdOf(t, 'worker-zhao'), await userIdOf(t, 'staff-chen'), await userIdOf(t, 'officer-liu')]

  const start = (await auditRows(t)).length
  const photo = await uploadedDisputeFile(t, forHer, evidenceSamples['image/png'], '考勤照片.png')
  expect(photo.side).toBe('applicant')
  // In her pool: she opens it before it is sent.
  expect((await openedDisputeFile(t, { token: zhao }, photo.id)).name).toBe('考勤照片.png')
  const filed = await applied(t, forHer, await oujiangApplication(t, { evidenceIds: [photo.id] }))
  expect(byName(filed.files)).toEqual([['考勤照片.png', 'applicant']])
  expect((await openedDisputeFile(t, forHer, photo.id)).id).toBe(photo.id)
  await openedDisputeFile(t, { token: await t.login('officer-liu') }, photo.id)

  const rows = (await auditRows(t))
    .slice(start)
    .filter((row) => row.objectId === photo.id)
    .map((row) => [row.action, row.kind, row.actorUserId, row.subjectUserId, row.viaGrantId])
  expect(rows).toEqual([
    ['disputes.uploadFile', 'write', chenId, zhaoId, grant.id],
    ['disputes.getFile', 'read', zhaoId, zhaoId, null],
    ['disputes.getFile', 'read', chenId, zhaoId, grant.id],
    ['disputes.getFile', 'read', liuId, zhaoId, null],
  ])
})

test('a case stored before defences were served reads as a defence not served, and the commission may serve it', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const employer = await t.login('employer-demo')
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t))
  nextDay(t)
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  await acted(t, { token: liu }, filed.id, { kind: 'serve' })
  const answer = await uploadedDisputeFile(t, { token: employer }, evidenceSamples['application/pdf'], '答辩证据.pdf')
  await acted(t, { token: employer }, filed.id, { kind: 'submitDefence', evidenceIds: [answer.id] })

  // The state as an older release stored it: no day to serve the defence by, no day it was served.
  await t.deps.db.transaction(async (tx) => {
    const [row] = await tx.select({ state: arbitrations.state }).from(arbitrations).where(eq(arbitrations.id, filed.id))
    const older = Object.fromEntries(Object.entries(row?.state ?? {}).filter(([key]) => key !== 'serveDefenceBy' && key !== 'defenceServedOn'))
    await tx
      .update(arbitrations)
      .set({ state: older as unknown as ArbitrationState })
      .where(eq(arbitrations.id, filed.id))
  })
  const stored = await t.deps.db.read((q) => q.select({ state: arbitrations.state }).from(arbitrations).where(eq(arbitrations.id, filed.id)))
  expect(Object.keys(stored[0]?.state ?? {})).not.toContain('defenceServedOn')

  const asArbitrator = await caseAs(t, liu, filed.id)
  expect(asArbitrator.allowedActions).toContain('serveDefence')
  expect(asArbitrator.deadlines.map((deadline) => deadline.step)).not.toContain('serveDefence')
  expect((await caseAs(t, zhao, filed.id)).files).toEqual([])
  await expectProblem(await openDisputeFile(t, { token: zhao }, answer.id), 'not_found')

  const served = await acted(t, { token: liu }, filed.id, { kind: 'serveDefence' })
  expect(served.timeline.at(-1)?.kind).toBe('defence_served')
  expect(byName((await caseAs(t, zhao, filed.id)).files)).toEqual([['答辩证据.pdf', 'respondent']])
})

test('an upload retried with the same Idempotency-Key answers the file it stored, read again, and stores one', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const send = () => uploadDisputeFile(t, { token: zhao, idempotencyKey: 'dispute-upload-0001' }, evidenceSamples['image/heic'], '欠条.heic')
  const first = await expectOk(await send(), DisputeFile, 201)
  const before = (await auditRows(t)).length
  const again = await send()
  expect(again.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(again, DisputeFile, 201)).toEqual(first)
  expect((await auditRows(t)).slice(before).map((row) => [row.action, row.kind, row.objectId])).toEqual([['disputes.getFile', 'read', first.id]])
  expect(await t.deps.db.read((q) => q.select({ id: disputeFiles.id }).from(disputeFiles))).toEqual([{ id: first.id }])
})
