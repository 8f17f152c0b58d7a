import { expect, test } from 'vitest'
import { VisitTask } from '@renshe/shared/retiree/schemas'
import { seededRetireeIds } from '../../db/seed/retiree'
import { seededVisitIds } from '../../db/seed/retiree-visits'
import { evidenceSamples } from '../../testing/evidence-samples'
import { auditRows, grantProxy } from '../../testing/flows'
import { countRows } from '../../testing/database-probes'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import { certificationRows, confirmedDeath } from '../../testing/retiree-flows'
import {
  openProxy,
  qianIdNumber,
  readPhoto,
  sendPhoto,
  sentPhoto,
  submitReport,
  submittedReport,
  taskRow,
  visitReport,
} from '../../testing/retiree-visit-flows'

const { pensioners } = seededRetireeIds

test('submitting a visit twice is answered illegal_transition and certifies once; the same request with its Idempotency-Key is replayed', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const photo = await sentPhoto(t, chen, seededVisitIds.assigned, evidenceSamples['image/jpeg'])
  const body = visitReport(photo.id)
  const first = await expectOk(await submitReport(t, { token: chen, idempotencyKey: 'visit-report-0001' }, seededVisitIds.assigned, body), VisitTask)
  const replay = await submitReport(t, { token: chen, idempotencyKey: 'visit-report-0001' }, seededVisitIds.assigned, body)
  expect(replay.status).toBe(200)
  expect(replay.headers.get('idempotent-replayed')).toBe('true')
  expect(VisitTask.parse(await replay.json())).toEqual(first)

  const before = (await auditRows(t)).length
  await expectProblem(await submitReport(t, { token: chen }, seededVisitIds.assigned, body), 'illegal_transition')
  await expectProblem(await submitReport(t, { token: chen, idempotencyKey: 'visit-report-0002' }, seededVisitIds.assigned, body), 'illegal_transition')
  expect(await auditRows(t)).toHaveLength(before)
  expect((await certificationRows(t, pensioners.qian)).filter((row) => row.method === 'home_visit' && row.review === 'pending')).toHaveLength(1)
})

test('a checklist with a box not ticked, no photo, a photo of another visit or no place is refused, each at its field', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const photo = await sentPhoto(t, chen, seededVisitIds.assigned, evidenceSamples['image/jpeg'])
  const untickedBody = { ...visitReport(photo.id), checklist: { personPresent: true, matchesIdPhoto: false, answersQuestions: true } }
  expect(await expectFieldErrors(await submitReport(t, { token: chen }, seededVisitIds.assigned, untickedBody))).toEqual({ 'body.checklist.matchesIdPhoto': 'visit.checklist' })
  expect(await expectFieldErrors(await submitReport(t, { token: chen }, seededVisitIds.assigned, { ...visitReport(''), place: ' ' }))).toEqual({
    'body.photoId': 'visit.photoRequired',
    'body.place': 'field.tooShort',
  })
  const missingBox = { ...visitReport(photo.id), checklist: { personPresent: true, matchesIdPhoto: true } }
  expect(await expectFieldErrors(await submitReport(t, { token: chen }, seededVisitIds.assigned, missingBox))).toEqual({ 'body.checklist.answersQuestions': 'visit.checklist' })
  // The photo of the visit already sent is not this visit's photo.
  const othersPhoto = visitReport(seededVisitIds.submittedPhoto)
  expect(await expectFieldErrors(await submitReport(t, { token: chen }, seededVisitIds.assigned, othersPhoto))).toEqual({ 'body.photoId': 'visit.photoRequired' })
  expect(await expectFieldErrors(await submitReport(t, { token: chen }, seededVisitIds.assigned, visitReport('zzzzzzzzzzzzzzzzzzzzzzzzzz')))).toEqual({ 'body.photoId': 'visit.photoRequired' })
  const extra = { ...visitReport(photo.id), visitedAt: '2020-01-01T00:00:00.000Z' }
  expect(await expectFieldErrors(await submitReport(t, { token: chen }, seededVisitIds.assigned, extra))).toEqual({ body: 'field.unknownKey' })
  expect((await taskRow(t, seededVisitIds.assigned)).status).toBe('open')
})

test('no photo is added to a visit already sent; a sixth photo of one visit is refused', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  await expectProblem(await sendPhoto(t, { token: chen }, seededVisitIds.submitted, evidenceSamples['image/jpeg']), 'illegal_transition')
  for (let i = 0; i < 5; i += 1) await sentPhoto(t, chen, seededVisitIds.assigned, new Uint8Array([...evidenceSamples['image/jpeg'], i]))
  const problem = await expectProblem(await sendPhoto(t, { token: chen }, seededVisitIds.assigned, new Uint8Array([...evidenceSamples['image/jpeg'], 9])), 'conflict')
  expect(problem.detail).toBe('At most 5 photos per visit')
})

test('an empty photo is asked for again; a PDF, a WebP or a HEIC is not a visit photo', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  expect(await expectFieldErrors(await sendPhoto(t, { token: chen }, seededVisitIds.assigned, new Uint8Array(0), 'empty.jpg'))).toEqual({ file: 'field.required' })
  for (const mime of ['application/pdf', 'image/webp', 'image/heic'] as const) {
    expect(await expectFieldErrors(await sendPhoto(t, { token: chen }, seededVisitIds.assigned, evidenceSamples[mime], 'photo.jpg')), mime).toEqual({ file: 'visit.photoType' })
  }
})

test('a photo over 5 MB is refused before it is read', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const big = new Uint8Array(5 * 1024 * 1024 + 1)
  big.set(evidenceSamples['image/jpeg'])
  await expectProblem(await sendPhoto(t, { token: chen }, seededVisitIds.assigned, big), 'payload_too_large')
})

test('a citizen cannot open a home visit for herself: only grid staff acting for her can', async () => {
  const t = await createTestContext()
  const problem = await expectProblem(await openProxy(t, { token: await t.login('elder-wang') }), 'forbidden')
  expect(problem.detail).toBe('A home visit is opened by grid staff acting for the pensioner')
})

test('acting for a citizen who draws no pension, there is no home visit to open', async () => {
  const t = await createTestContext()
  const grant = await grantProxy(t, await t.login('citizen-zhang'), { staffCode: 'WG330302002', scopes: ['retiree.assist'] })
  await expectProblem(await openProxy(t, { token: await t.login('staff-zhou'), actingFor: grant.id }), 'not_found')
})

test('once a death is confirmed, no home visit is opened or sent for that pensioner', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const photo = await sentPhoto(t, chen, seededVisitIds.assigned, evidenceSamples['image/jpeg'])
  await confirmedDeath(t, { recordId: 'death-qian-1', idNumber: qianIdNumber, diedOn: '2026-11-27' }, pensioners.qian)
  const response = await submitReport(t, { token: chen }, seededVisitIds.assigned, visitReport(photo.id))
  expect([404, 409]).toContain(response.status)
  expect((await certificationRows(t, pensioners.qian)).every((row) => row.method !== 'home_visit' || row.review !== 'pending')).toBe(true)
})

test('a submitted visit is answered illegal_transition to a second submission even after the officer has reviewed it', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const photo = await sentPhoto(t, chen, seededVisitIds.assigned, evidenceSamples['image/png'])
  await submittedReport(t, chen, seededVisitIds.assigned, photo.id)
  await t.call('POST', `/api/retiree/office/visits/${seededVisitIds.assigned}/review`, { token: await t.login('officer-liu'), body: { decision: 'approve' } })
  await expectProblem(await submitReport(t, { token: chen }, seededVisitIds.assigned, visitReport(photo.id)), 'illegal_transition')
  await expectProblem(await readPhoto(t, await t.login('staff-zhou'), seededVisitIds.assigned), 'not_found')
})

test('two photos sent at once to a visit with room for one more: one is kept, the other refused', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  for (let i = 0; i < 4; i += 1) await sentPhoto(t, chen, seededVisitIds.assigned, new Uint8Array([...evidenceSamples['image/jpeg'], i]))
  const sent = await Promise.all(
    [7, 8].map((i) => sendPhoto(t, { token: chen }, seededVisitIds.assigned, new Uint8Array([...evidenceSamples['image/jpeg'], i]))),
  )
  expect(sent.map((response) => response.status).sort()).toEqual([201, 409])
  expect(await countRows(t.deps.db, 'visit_photos')).toBe(1 + 5)
})
