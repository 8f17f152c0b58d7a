import { expect, test } from 'vitest'
import { ProxyGrant } from '@renshe/shared/identity/schemas'
import { VisitTask } from '@renshe/shared/retiree/schemas'
import { visitPhotos } from '../../db/schema'
import { seededRetireeIds } from '../../db/seed/retiree'
import { seededVisitIds } from '../../db/seed/retiree-visits'
import { days } from '../../platform/clock'
import { evidenceSamples, hostileSamples } from '../../testing/evidence-samples'
import { auditRows, databaseDump, grantProxy, seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import { auditOf, pensionerRow } from '../../testing/retiree-flows'
import {
  assigned,
  openProxy,
  readPhoto,
  readVisit,
  sendPhoto,
  sentPhoto,
  submitReport,
  taskRow,
  visitReport,
  visitsOf,
} from '../../testing/retiree-visit-flows'
import { userIdOf } from '../../testing/wages-flows'

const { pensioners } = seededRetireeIds

test('staff-zhou (no grant, no task) cannot list, open or read 钱桂芳’s task', async () => {
  const t = await createTestContext()
  const zhou = await t.login('staff-zhou')
  // 钱桂芳 lives in Lucheng like staff-zhou's own grid, but he holds neither a task nor a grant for her.
  expect(await visitsOf(t, zhou)).toEqual([])
  for (const response of [await readVisit(t, zhou, seededVisitIds.assigned), await readPhoto(t, zhou, seededVisitIds.assigned)]) {
    const problem = await expectProblem(response, 'not_found')
    expect(JSON.stringify(problem)).not.toContain('钱')
  }
  await expectProblem(await sendPhoto(t, { token: zhou }, seededVisitIds.assigned, evidenceSamples['image/jpeg']), 'not_found')
  await expectProblem(await submitReport(t, { token: zhou }, seededVisitIds.assigned, visitReport('zzzzzzzzzzzzzzzzzzzzzzzzzz')), 'not_found')
  // Opening one for her needs her grant: without one there is nobody to act for.
  await expectProblem(await openProxy(t, { token: zhou }), 'forbidden')
  await expectProblem(await openProxy(t, { token: zhou, actingFor: 'zzzzzzzzzzzzzzzzzzzzzzzzzz' }), 'proxy_grant_invalid')
  // Nor can he borrow staff-chen's grant from elder-wang.
  const { grantId } = await seededGrantOf(t, await t.login('staff-chen'))
  await expectProblem(await openProxy(t, { token: zhou, actingFor: grantId }), 'proxy_grant_invalid')
  expect(await auditOf(t, 'retiree.getVisit')).toEqual([])
  expect((await taskRow(t, seededVisitIds.assigned)).status).toBe('open')
})

test('a grid worker sees a pensioner of his grid only with a task or a grant: a task for another worker stays hidden from him', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  // retiree-wu lives in staff-zhou's grid: the officer's task goes to him, and staff-chen sees nothing of it.
  const forZhou = await assigned(t, liu, pensioners.wu)
  const chen = await t.login('staff-chen')
  expect((await visitsOf(t, chen)).map((item) => item.name)).not.toContain('吴桂兰')
  await expectProblem(await readVisit(t, chen, forZhou.id), 'not_found')
  await expectProblem(await sendPhoto(t, { token: chen }, forZhou.id, evidenceSamples['image/jpeg']), 'not_found')
  const zhou = await t.login('staff-zhou')
  expect((await visitsOf(t, zhou)).map((item) => item.taskId)).toEqual([forZhou.id])
})

test('a grant without retiree.assist opens no home visit; a revoked or expired one takes the pensioner off the list at once', async () => {
  const t = await createTestContext()
  const wu = await t.login('retiree-wu')
  const narrow = await grantProxy(t, wu, { staffCode: 'WG330302002', scopes: ['records.read'] })
  const zhou = await t.login('staff-zhou')
  await expectProblem(await openProxy(t, { token: zhou, actingFor: narrow.id }), 'proxy_scope_missing')
  expect(await visitsOf(t, zhou)).toEqual([])

  const assist = await expectOk(
    await t.call('POST', '/api/proxy/grants', { token: wu, body: { staffCode: 'WG330302002', scopes: ['retiree.assist'], days: 2 } }),
    ProxyGrant,
    201,
  )
  expect((await visitsOf(t, zhou)).map((item) => [item.name, item.taskId, item.grantId, item.state])).toEqual([['吴桂兰', null, assist.id, 'suspended']])
  await t.call('POST', `/api/proxy/grants/${assist.id}/revoke`, { token: wu })
  expect(await visitsOf(t, zhou)).toEqual([])
  await expectProblem(await openProxy(t, { token: zhou, actingFor: assist.id }), 'proxy_grant_invalid')

  const again = await grantProxy(t, wu, { staffCode: 'WG330302002', scopes: ['retiree.assist'], days: 1 })
  expect((await visitsOf(t, zhou)).map((item) => item.grantId)).toEqual([again.id])
  t.clock.advance(days(1))
  expect(await visitsOf(t, await t.login('staff-zhou'))).toEqual([])
})

test('a granted pensioner who is certified is not listed: a grant lets a worker help, it is not a watch list', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const zhou = await t.login('staff-zhou')
  expect((await visitsOf(t, chen)).map((item) => item.name)).toContain('王秀英')
  // A bank counter visit certifies elder-wang: nothing left for a grid worker to do.
  const certified = await t.call('POST', '/api/partner/life-signals', {
    partnerKey: 'rp_dev_bank_2b9e6f1a4d8c0735',
    body: { signalId: 'bank-wang-1', idNumber: '330302194406080025', kind: 'bank_counter', observedAt: t.clock.now().toISOString() },
  })
  expect(certified.status).toBe(201)
  expect((await visitsOf(t, chen)).map((item) => item.name)).not.toContain('王秀英')
  expect(await visitsOf(t, zhou)).toEqual([])
})

test('a photo that is really a text file is refused, and so is anything else that is not a JPEG or a PNG, whatever it is called', async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '100' } })
  const chen = await t.login('staff-chen')
  for (const [kind, bytes] of Object.entries(hostileSamples)) {
    for (const name of ['上门照片.jpg', 'photo.png']) {
      const errors = await expectFieldErrors(await sendPhoto(t, { token: chen }, seededVisitIds.assigned, bytes, name))
      expect(errors, `${kind} as ${name}`).toEqual({ file: 'visit.photoType' })
    }
  }
  expect((await t.deps.db.read((q) => q.select().from(visitPhotos))).map((row) => row.id)).toEqual([seededVisitIds.submittedPhoto])
  expect(await auditOf(t, 'retiree.uploadVisitPhoto')).toEqual([])
})

test('the photo and the place are sealed at rest, and the photo never leaves but to the worker and the region’s officers', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const marker = new Uint8Array([...evidenceSamples['image/png'], ...Buffer.from('PHOTO-MARKER-7731')])
  const photo = await sentPhoto(t, chen, seededVisitIds.assigned, marker)
  const done = await expectOk(await submitReport(t, { token: chen, idempotencyKey: 'visit-sealed-00000001' }, seededVisitIds.assigned, visitReport(photo.id, '蝉街 7 号二楼东户门口')), VisitTask)
  expect(done.place).toBe('蝉街 7 号二楼东户门口')
  const dump = await databaseDump(t)
  expect(dump).not.toContain('蝉街 7 号二楼东户门口')
  expect(dump).not.toContain('PHOTO-MARKER-7731')
  expect(dump).not.toContain(Buffer.from('PHOTO-MARKER-7731').toString('base64'))
  for (const account of ['officer-huang', 'staff-zhou', 'admin', 'citizen-zhang', 'elder-wang']) {
    const response = await readPhoto(t, await t.login(account), seededVisitIds.assigned)
    expect([403, 404], account).toContain(response.status)
  }
})

test('a citizen, an employer or an administrator cannot list, send or read home visits; an officer cannot do the worker’s part', async () => {
  const t = await createTestContext()
  for (const account of ['elder-wang', 'employer-demo', 'admin']) {
    const token = await t.login(account)
    await expectProblem(await t.call('GET', '/api/retiree/visits', { token }), 'forbidden')
    await expectProblem(await readVisit(t, token, seededVisitIds.assigned), 'forbidden')
  }
  const liu = await t.login('officer-liu')
  await expectProblem(await t.call('GET', '/api/retiree/visits', { token: liu }), 'forbidden')
  await expectProblem(await sendPhoto(t, { token: liu }, seededVisitIds.assigned, evidenceSamples['image/jpeg']), 'forbidden')
  await expectProblem(await submitReport(t, { token: liu }, seededVisitIds.assigned, visitReport(seededVisitIds.submittedPhoto)), 'forbidden')
})

test('grid staff acting for a pensioner cannot send a visit under the grant: the visit is always the worker’s own act', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const task = await expectOk(await openProxy(t, { token: chen, actingFor: grantId }), VisitTask, 201)
  await expectProblem(await sendPhoto(t, { token: chen, actingFor: grantId }, task.id, evidenceSamples['image/jpeg']), 'proxy_not_allowed')
  await expectProblem(await submitReport(t, { token: chen, actingFor: grantId }, task.id, visitReport('x')), 'proxy_not_allowed')
  await expectProblem(await t.call('GET', '/api/retiree/visits', { token: chen, actingFor: grantId }), 'proxy_not_allowed')
})

test('every write of a visit is audited as the worker’s act about the pensioner, and a refused one leaves no row', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const chenId = await userIdOf(t, 'staff-chen')
  const before = (await auditRows(t)).length
  await sendPhoto(t, { token: chen }, seededVisitIds.assigned, hostileSamples.html)
  await submitReport(t, { token: chen }, seededVisitIds.assigned, visitReport('zzzzzzzzzzzzzzzzzzzzzzzzzz'))
  expect(await auditRows(t)).toHaveLength(before)
  const photo = await sentPhoto(t, chen, seededVisitIds.assigned, evidenceSamples['image/jpeg'])
  await expectOk(await submitReport(t, { token: chen }, seededVisitIds.assigned, visitReport(photo.id)), VisitTask)
  const written = (await auditRows(t)).slice(before)
  // The certification also finds the three benefits 钱桂芳 qualifies for (86, alone, below the local minimum).
  expect(written.map((row) => row.action)).toEqual([
    'retiree.uploadVisitPhoto',
    'retiree.certify',
    'retiree.offerAssistance',
    'retiree.offerAssistance',
    'retiree.offerAssistance',
    'retiree.submitVisit',
  ])
  // 钱桂芳 has no account: the rows name the worker who acted, and no account as their subject.
  for (const row of written) expect(row).toMatchObject({ kind: 'write', actorUserId: chenId, subjectUserId: null, viaGrantId: null })
  expect((await pensionerRow(t, pensioners.qian)).cycleStart).toBe('2026-11-29')
})

test('a visit opened under a grant ends with the grant: once the pensioner revokes it, the worker can neither list, read nor send it; a new grant carries it on', async () => {
  const t = await createTestContext()
  const wu = await t.login('retiree-wu')
  const grant = await grantProxy(t, wu, { staffCode: 'WG330302002', scopes: ['retiree.assist'] })
  const zhou = await t.login('staff-zhou')
  const task = await expectOk(await openProxy(t, { token: zhou, actingFor: grant.id }), VisitTask, 201)

  await t.call('POST', `/api/proxy/grants/${grant.id}/revoke`, { token: wu })
  expect(await visitsOf(t, zhou)).toEqual([])
  await expectProblem(await readVisit(t, zhou, task.id), 'not_found')
  await expectProblem(await sendPhoto(t, { token: zhou }, task.id, evidenceSamples['image/png']), 'not_found')
  await expectProblem(await submitReport(t, { token: zhou }, task.id, visitReport('photo-of-nothing')), 'not_found')

  const again = await grantProxy(t, wu, { staffCode: 'WG330302002', scopes: ['retiree.assist'] })
  const reopened = await expectOk(await openProxy(t, { token: zhou, actingFor: again.id }), VisitTask, 201)
  expect(reopened.id).toBe(task.id)
  expect((await visitsOf(t, zhou)).map((item) => [item.taskId, item.grantId])).toEqual([[task.id, again.id]])
})
