import { expect, test } from 'vitest'
import { z } from 'zod'
import { PendingItem } from '@renshe/shared/inbox/schemas'
import { VisitPhotoContent, VisitTask } from '@renshe/shared/retiree/schemas'
import { seededRetireeIds } from '../../db/seed/retiree'
import { seededVisitIds } from '../../db/seed/retiree-visits'
import { minutes } from '../../platform/clock'
import { evidenceSamples } from '../../testing/evidence-samples'
import { auditRows, seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { accountOf, auditOf, certificationRows, pensionerRow } from '../../testing/retiree-flows'
import {
  openedProxy,
  readPhoto,
  readVisit,
  reviewed,
  sendPhoto,
  sentPhoto,
  submittedReport,
  taskRow,
  toReviewOf,
  visitsOf,
} from '../../testing/retiree-visit-flows'
import { inboxOf, userIdOf } from '../../testing/wages-flows'

const Pending = z.object({ items: z.array(PendingItem) })
const { pensioners } = seededRetireeIds

test('staff-chen’s list: the task an officer gave him for 钱桂芳, then elder-wang who granted him help and is due, nearest deadline first, in full', async () => {
  const t = await createTestContext()
  const items = await visitsOf(t, await t.login('staff-chen'))
  expect(items).toEqual([
    {
      taskId: seededVisitIds.assigned,
      grantId: null,
      name: '钱桂芳',
      age: 86,
      address: '鹿城区五马街道蝉街 7 号',
      state: 'overdue',
      dueDate: '2026-11-24',
      daysLeft: -5,
      reason: 'officer_assigned',
      status: 'open',
    },
    {
      taskId: null,
      grantId: expect.any(String) as string,
      name: '王秀英',
      age: 82,
      address: '鹿城区五马街道解放街 23 号',
      state: 'due',
      dueDate: '2026-12-19',
      daysLeft: 20,
      reason: 'proxy',
      status: 'open',
    },
  ])
  // Names and addresses in full: each person's read is on record, elder-wang's in her own trail.
  const reads = await auditOf(t, 'retiree.listVisits')
  expect(reads.map((row) => [row.kind, row.objectId, row.subjectUserId])).toEqual([
    ['read', pensioners.qian, null],
    ['read', pensioners.wang, await userIdOf(t, 'elder-wang')],
  ])
})

test('a worker finishes a certification with: open task → upload photo → submit (the API calls behind the ≤ 5 taps)', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const before = await pensionerRow(t, pensioners.qian)
  expect(before.cycleStart).toBe('2025-11-24')

  // Tap 1 opens the task; the photo is tap 2; the three ticks and "submit" are taps 3 to 5 and one request.
  const [first] = await visitsOf(t, chen)
  const opened = await expectOk(await readVisit(t, chen, first?.taskId ?? ''), VisitTask)
  expect(opened).toMatchObject({ id: seededVisitIds.assigned, name: '钱桂芳', status: 'open', photoId: null, place: null, staffCode: 'WG330302001' })
  t.clock.advance(minutes(3))
  const photo = await sentPhoto(t, chen, opened.id, evidenceSamples['image/jpeg'])
  expect(photo).toEqual({ id: expect.any(String) as string, sizeBytes: evidenceSamples['image/jpeg'].length })
  const done = await submittedReport(t, chen, opened.id, photo.id)

  expect(done).toMatchObject({
    status: 'submitted',
    photoId: photo.id,
    place: '鹿城区五马街道 12 号 3 楼',
    visitedAt: t.clock.now().toISOString(),
    state: 'certified',
    dueDate: '2027-11-29',
    reviewNote: null,
  })
  // The certification counts at once, under review.
  expect((await pensionerRow(t, pensioners.qian)).cycleStart).toBe('2026-11-29')
  expect((await certificationRows(t, pensioners.qian)).at(-1)).toMatchObject({ method: 'home_visit', certifiedOn: '2026-11-29', review: 'pending', taskId: opened.id, actorUserId: await userIdOf(t, 'staff-chen') })
  expect((await taskRow(t, opened.id)).certificationId).toBe((await certificationRows(t, pensioners.qian)).at(-1)?.id)
  expect((await visitsOf(t, chen)).map((item) => item.taskId)).not.toContain(opened.id)

  const liu = await t.login('officer-liu')
  expect((await inboxOf(t, liu)).map((message) => [message.template, message.link])).toContainEqual(['retiree.visitToReview', '/features/retiree/pages/reviews/index'])
  expect((await toReviewOf(t, liu)).map((visit) => visit.taskId)).toEqual([seededVisitIds.submitted, opened.id])
  expect(await auditOf(t, 'retiree.submitVisit')).toEqual([expect.objectContaining({ kind: 'write', actorUserId: await userIdOf(t, 'staff-chen'), objectId: opened.id })])

  // Reviewed by one officer, the visit waits for no officer of the region: the message is done and read.
  const toReview = () => inboxOf(t, liu).then((messages) => messages.find((message) => message.template === 'retiree.visitToReview'))
  expect(await toReview()).toMatchObject({ readAt: null, action: { kind: 'review_visit', targetId: opened.id, done: false } })
  await reviewed(t, liu, opened.id, { decision: 'approve' })
  expect(await toReview()).toMatchObject({ readAt: t.clock.now().toISOString(), action: { kind: 'review_visit', targetId: opened.id, done: true } })
  expect(await auditOf(t, 'inbox.taskDone')).toContainEqual(expect.objectContaining({ actorUserId: await userIdOf(t, 'officer-liu'), objectType: 'review_visit', objectId: opened.id }))
})

test('staff-chen, acting for elder-wang, opens a home visit for her and certifies her: her account turns certified and she is told', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const elder = await t.login('elder-wang')
  const { grantId } = await seededGrantOf(t, chen)
  expect((await accountOf(t, { token: elder })).certification.state).toBe('due')

  const task = await openedProxy(t, { token: chen, actingFor: grantId })
  expect(task).toMatchObject({ pensionerId: pensioners.wang, name: '王秀英', reason: 'proxy', status: 'open', staffCode: 'WG330302001' })
  expect(await taskRow(t, task.id)).toMatchObject({ grantId, staffUserId: await userIdOf(t, 'staff-chen'), createdByUserId: await userIdOf(t, 'staff-chen') })
  // Opening it again (a second tap, a retry) finds the same task.
  expect((await openedProxy(t, { token: chen, actingFor: grantId })).id).toBe(task.id)
  const listed = await visitsOf(t, chen)
  expect(listed.filter((item) => item.name === '王秀英')).toEqual([expect.objectContaining({ taskId: task.id, grantId, reason: 'proxy' })])

  // The visit itself is the staff member's own act, not one done under her grant.
  const photo = await sentPhoto(t, chen, task.id, evidenceSamples['image/png'])
  const done = await submittedReport(t, chen, task.id, photo.id)
  expect(done.state).toBe('certified')

  const account = await accountOf(t, { token: elder })
  expect(account.certification).toMatchObject({ state: 'certified', cycleStart: '2026-11-29', lastMethod: 'home_visit', homeVisitPending: false })
  expect(account.certifications[0]).toEqual({ certifiedOn: '2026-11-29', method: 'home_visit', source: null, review: 'pending' })
  expect((await inboxOf(t, elder)).map((message) => message.template)).toContain('retiree.certified')
  const written = await auditOf(t, 'retiree.submitVisit')
  expect(written).toEqual([expect.objectContaining({ actorUserId: await userIdOf(t, 'staff-chen'), subjectUserId: await userIdOf(t, 'elder-wang') })])
  expect((await auditOf(t, 'retiree.openProxyVisit'))[0]).toMatchObject({ kind: 'write', viaGrantId: grantId, subjectUserId: await userIdOf(t, 'elder-wang') })
})

test('a photo sent twice (a retry on a weak network) is kept once; a retake is kept beside it and the latest is shown', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const first = await sentPhoto(t, chen, seededVisitIds.assigned, evidenceSamples['image/jpeg'])
  expect(await sentPhoto(t, chen, seededVisitIds.assigned, evidenceSamples['image/jpeg'])).toEqual(first)
  const keyed = await sendPhoto(t, { token: chen, idempotencyKey: 'visit-photo-retry-0001' }, seededVisitIds.assigned, evidenceSamples['image/png'])
  expect(keyed.status).toBe(201)
  const replayed = await sendPhoto(t, { token: chen, idempotencyKey: 'visit-photo-retry-0001' }, seededVisitIds.assigned, evidenceSamples['image/png'])
  expect(replayed.headers.get('idempotent-replayed')).toBe('true')
  expect(await replayed.json()).toEqual(await keyed.clone().json())
  expect(await auditOf(t, 'retiree.uploadVisitPhoto')).toHaveLength(2)

  t.clock.advance(minutes(1))
  const retake = await sentPhoto(t, chen, seededVisitIds.assigned, new Uint8Array([...evidenceSamples['image/jpeg'], 1, 2, 3]))
  const shown = await expectOk(await readPhoto(t, chen, seededVisitIds.assigned), VisitPhotoContent)
  expect(shown.id).toBe(retake.id)
  expect(shown.mediaType).toBe('image/jpeg')
})

test('the assigned worker and the region’s officers open the photo of a visit; each look is recorded', async () => {
  const t = await createTestContext()
  for (const account of ['staff-chen', 'officer-liu', 'supervisor-wu']) {
    const photo = await expectOk(await readPhoto(t, await t.login(account), seededVisitIds.submitted), VisitPhotoContent)
    expect(photo.id).toBe(seededVisitIds.submittedPhoto)
    expect(photo.mediaType).toBe('image/png')
    expect(photo.dataUrl).toMatch(/^data:image\/png;base64,iVBORw0KGgo/)
  }
  expect(await auditOf(t, 'retiree.getVisitPhoto')).toHaveLength(3)
})

test('an officer of the region reads a visit in full, with the place the worker was', async () => {
  const t = await createTestContext()
  const visit = await expectOk(await readVisit(t, await t.login('officer-liu'), seededVisitIds.submitted), VisitTask)
  expect(visit).toMatchObject({ status: 'submitted', photoId: seededVisitIds.submittedPhoto, visitedAt: '2026-11-28T02:00:00.000Z', state: 'certified' })
  expect(visit.place).toBe(visit.address)
  expect(await auditOf(t, 'retiree.getVisit')).toEqual([expect.objectContaining({ kind: 'read', actorUserId: await userIdOf(t, 'officer-liu'), objectId: seededVisitIds.submitted })])
})

test('Home counts the visits a grid worker has to do and the visits an officer has to review', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const liu = await t.login('officer-liu')
  const pendingOf = async (token: string) => (await expectOk(await t.call('GET', '/api/inbox/pending', { token }), Pending)).items
  expect(await pendingOf(chen)).toContainEqual({ kind: 'retiree_visits', count: 2 })
  expect(await pendingOf(liu)).toContainEqual({ kind: 'retiree_reviews', count: 1 })
  expect((await pendingOf(await t.login('staff-zhou'))).map((item) => item.kind)).not.toContain('retiree_visits')
  expect((await pendingOf(await t.login('officer-huang'))).map((item) => item.kind)).not.toContain('retiree_reviews')

  const photo = await sentPhoto(t, chen, seededVisitIds.assigned, evidenceSamples['image/jpeg'])
  await submittedReport(t, chen, seededVisitIds.assigned, photo.id)
  expect(await pendingOf(chen)).toContainEqual({ kind: 'retiree_visits', count: 1 })
  expect(await pendingOf(liu)).toContainEqual({ kind: 'retiree_reviews', count: 2 })
  // Counting opens no names: it leaves no read of a pensioner behind.
  const before = (await auditRows(t)).length
  await pendingOf(chen)
  expect((await auditRows(t)).slice(before).map((row) => row.action).filter((action) => action.startsWith('retiree.'))).toEqual([])
})
