import { asc, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { PendingItem } from '@renshe/shared/inbox/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { openCase } from '@renshe/shared/wages/case-machine'
import { calendarDaysBetween } from '@renshe/shared/wages/work-calendar'
import { CaseDetail, CaseSummary, ComplaintDraft, EvidenceContent, RegionStats } from '@renshe/shared/wages/schemas'
import { outboundMessages } from '../../db/schema'
import { seededWageIds } from '../../db/seed/wages'
import { days, minutes } from '../../platform/clock'
import { seededGrantOf } from '../../testing/flows'
import { createTestContext, testStart } from '../../testing/harness'
import { evidenceSamples } from '../../testing/evidence-samples'
import { expectOk } from '../../testing/http'
import {
  acted,
  caseRowsOf,
  complaintForm,
  draftIdOf,
  fileComplaint,
  inboxOf,
  oujiangComplaint,
  readCase,
  seededCase,
  submit,
  uploadEvidence,
  userIdOf,
} from '../../testing/wages-flows'
import { loadWorkCalendar } from './calendar-repo'

const Cases = z.object({ cases: z.array(CaseSummary) })
const Pending = z.object({ items: z.array(PendingItem) })
const Draft = z.object({ draft: ComplaintDraft.nullable() })

test('a migrant worker files a complaint; the officer accepts and mediates; the employer answers; the worker confirms, sees it closed and rates it', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const employer = await t.login('employer-demo')
  const draftId = draftIdOf(7)

  // The worker types, uploads a photo of his attendance sheet, and sends.
  await expectOk(await t.call('PUT', '/api/wages/draft', { token: zhao, body: { draftId, step: 3, form: { description: '九月十月工资没发' } } }), ComplaintDraft)
  const photo = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'], '考勤表.jpg')
  expect(photo).toMatchObject({ mime: 'image/jpeg', name: '考勤表.jpg', size: evidenceSamples['image/jpeg'].length })
  const filed = await fileComplaint(t, { token: zhao }, { draftId, form: oujiangComplaint([photo.id]) })

  const expected = openCase(await t.deps.db.read(loadWorkCalendar), '2026-11-29')
  expect(filed).toMatchObject({
    status: 'submitted',
    employer: { name: '温州瓯江建设有限公司', known: true },
    site: { siteName: '瓯江府二期', regionCode: '330302', address: '鹿城区江滨西路 88 号', projectName: '瓯江府二期' },
    worker: { maskedName: '赵*', maskedPhone: '139****0001' },
    deadlines: { acceptBy: expected.acceptBy, settleBy: expected.settleBy, stageDeadline: expected.acceptBy, overdue: false, extended: false },
    allowedActions: ['withdraw'],
    canMessage: true,
    canRespond: false,
    filedByStaff: null,
  })
  expect(filed.caseNumber).toMatch(/^AX-330302-2026-\d{6}$/)
  expect(filed.evidence.map((file) => file.id)).toEqual([photo.id])
  expect(filed.timeline.map((event) => [event.kind, event.by])).toEqual([['submitted', 'worker']])
  expect((await expectOk(await t.call('GET', '/api/wages/draft', { token: zhao }), Draft)).draft).toBeNull()
  expect(await inboxOf(t, zhao)).toContainEqual(expect.objectContaining({ template: 'wages.submitted', params: expect.objectContaining({ caseNumber: filed.caseNumber, acceptBy: expected.acceptBy }) }))
  expect((await inboxOf(t, liu)).map((m) => m.template)).toContain('wages.newComplaint')

  // Before acceptance the employer does not know of it.
  await expectProblem404(await readCase(t, { token: employer }, filed.id))

  // The officer finds it in the queue and accepts it.
  t.clock.advance(minutes(20))
  const queue = await expectOk(await t.call('GET', '/api/wages/queue', { token: liu }), Page(CaseSummary))
  expect(queue.items.map((item) => item.id)).toContain(filed.id)
  const seen = await expectOk(await readCase(t, { token: liu }, filed.id), CaseDetail)
  expect(seen.allowedActions).toEqual(['accept', 'reject'])
  const accepted = await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  expect(accepted.status).toBe('accepted')
  expect(accepted.deadlines.stageDeadline).toBe(accepted.deadlines.settleBy)
  expect(await inboxOf(t, zhao)).toContainEqual(expect.objectContaining({ template: 'wages.accepted', params: expect.objectContaining({ caseNumber: filed.caseNumber, settleBy: accepted.deadlines.settleBy }) }))
  expect((await inboxOf(t, employer)).map((m) => m.template)).toContain('wages.complaintToAnswer')

  // The employer now sees it, without the worker's phone, story or files, and answers with proof.
  const asEmployer = await expectOk(await readCase(t, { token: employer }, filed.id), CaseDetail)
  expect(asEmployer).toMatchObject({ worker: { maskedName: '赵*', maskedPhone: null }, description: null, evidence: [], canRespond: true, canMessage: false, allowedActions: [] })
  const listed = await expectOk(await t.call('GET', '/api/wages/employer/complaints', { token: employer }), Cases)
  expect(listed.cases.map((c) => c.id)).toContain(filed.id)
  const proof = await uploadEvidence(t, { token: employer }, evidenceSamples['application/pdf'], '银行回单.pdf')
  const answered = await expectOk(
    await t.call('POST', `/api/wages/complaints/${filed.id}/response`, { token: employer, body: { statement: '九月工资已补发，十月工资本周发放。', proofIds: [proof.id] } }),
    CaseDetail,
  )
  expect(answered.evidence.map((file) => file.id)).toEqual([proof.id])
  expect(answered.timeline.at(-1)).toMatchObject({ kind: 'employer_responded', by: 'employer', note: '九月工资已补发，十月工资本周发放。' })
  expect(await inboxOf(t, zhao)).toContainEqual(expect.objectContaining({ template: 'wages.employerResponded', params: expect.objectContaining({ employerName: '温州瓯江建设有限公司' }) }))

  // The worker writes to the officer; the employer never sees the conversation.
  const message = await expectOk(await t.call('POST', `/api/wages/complaints/${filed.id}/messages`, { token: zhao, body: { text: '十月的还没收到。' } }), CaseDetail)
  expect(message.timeline.at(-1)).toMatchObject({ kind: 'message', by: 'worker', note: '十月的还没收到。' })
  expect(await inboxOf(t, liu)).toContainEqual(expect.objectContaining({ template: 'wages.message', params: expect.objectContaining({ caseNumber: filed.caseNumber }) }))
  const employerView = await expectOk(await readCase(t, { token: employer }, filed.id), CaseDetail)
  expect(employerView.timeline.map((event) => event.kind)).not.toContain('message')

  // Both sides' files are open to the officer and the worker.
  for (const token of [liu, zhao]) {
    for (const file of [photo, proof]) {
      const content = await expectOk(await t.call('GET', `/api/wages/evidence/${file.id}`, { token }), EvidenceContent)
      expect(content.dataUrl.startsWith(`data:${file.mime};base64,`)).toBe(true)
    }
  }

  // Mediation settles it; the worker's confirmation is recorded; the officer closes it.
  t.clock.advance(minutes(20))
  await acted(t, { token: liu }, filed.id, { kind: 'mediate', note: '周五上午在项目部调解。' })
  const settled = await acted(t, { token: liu }, filed.id, { kind: 'recordMediation', settled: true, paidFen: 1_170_000, workerConfirmed: true, note: '单位当场支付。' })
  expect(settled).toMatchObject({ status: 'resolved', recoveredFen: 1_170_000, deadlines: { stageDeadline: null, daysLeft: null } })
  const closed = await acted(t, { token: liu }, filed.id, { kind: 'close', conclusion: '调解结案，工资全额支付。', recoveredFen: 1_170_000 })
  expect(closed.status).toBe('closed')
  expect(await inboxOf(t, zhao)).toContainEqual(expect.objectContaining({ template: 'wages.closed' }))

  const pending = await expectOk(await t.call('GET', '/api/inbox/pending', { token: zhao }), Pending)
  expect(pending.items).toContainEqual({ kind: 'wages_to_rate', caseId: filed.id, caseNumber: filed.caseNumber })
  const rated = await acted(t, { token: zhao }, filed.id, { kind: 'rate', rating: { stars: 5, comment: '处理很快' } })
  expect(rated.rating).toEqual({ stars: 5, comment: '处理很快' })
  const after = await expectOk(await t.call('GET', '/api/inbox/pending', { token: zhao }), Pending)
  expect(after.items).not.toContainEqual(expect.objectContaining({ caseId: filed.id }))

  expect(rated.timeline.map((event) => [event.kind, event.by])).toEqual([
    ['submitted', 'worker'],
    ['accepted', 'officer'],
    ['employer_responded', 'employer'],
    ['message', 'worker'],
    ['mediation_started', 'officer'],
    ['mediation_recorded', 'officer'],
    ['closed', 'officer'],
    ['rated', 'worker'],
  ])
  const told = ['wages.submitted', 'wages.accepted', 'wages.employerResponded', 'wages.mediationStarted', 'wages.mediationRecorded', 'wages.closed']
  const zhaoId = await userIdOf(t, 'worker-zhao')
  const outbound = await t.deps.db.read((q) => q.select().from(outboundMessages).where(eq(outboundMessages.userId, zhaoId)).orderBy(asc(outboundMessages.createdAt)))
  // Messages queued at one instant (the clock stands still between acts here) have no order among
  // themselves, on either engine: within an instant they are compared in the story's order.
  const rank = (template: string) => (told.includes(template) ? told.indexOf(template) : told.length)
  outbound.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || rank(a.template) - rank(b.template))
  expect(outbound.map((row) => row.template)).toEqual(told)
})

async function expectProblem404(response: Response): Promise<void> {
  expect(response.status, await response.clone().text()).toBe(404)
}

test('a worker’s draft is there again after logging out and in, exactly as typed', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const form = { employer: { name: '某劳务' }, wages: { amountYuan: '3000.5', fromMonth: '2026-09' }, contact: { phone: '1395770' }, description: '还没写完' }
  const saved = await expectOk(await t.call('PUT', '/api/wages/draft', { token, body: { draftId: draftIdOf(1), step: 2, form } }), ComplaintDraft)
  expect(saved.updatedAt).toBe(testStart)
  await t.call('POST', '/api/auth/logout', { token })

  t.clock.advance(days(3))
  const again = await t.login('worker-zhao')
  const { draft } = await expectOk(await t.call('GET', '/api/wages/draft', { token: again }), Draft)
  expect(draft).toEqual({ draftId: draftIdOf(1), step: 2, form, updatedAt: testStart })
  const pending = await expectOk(await t.call('GET', '/api/inbox/pending', { token: again }), Pending)
  expect(pending.items).toContainEqual({ kind: 'wages_draft', updatedAt: testStart })

  const deleted = await expectOk(await t.call('DELETE', '/api/wages/draft', { token: again }), z.object({ deleted: z.boolean() }))
  expect(deleted.deleted).toBe(true)
  expect((await expectOk(await t.call('GET', '/api/wages/draft', { token: again }), Draft)).draft).toBeNull()
})

test('throwing a draft away throws away the files uploaded for it, and only those', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const kept = await fileComplaint(t, { token }, { form: complaintForm({ evidenceIds: [(await uploadEvidence(t, { token }, evidenceSamples['image/png'])).id] }) })
  const loose = await uploadEvidence(t, { token }, evidenceSamples['image/jpeg'])
  await t.call('PUT', '/api/wages/draft', { token, body: { draftId: draftIdOf(2), step: 1, form: { evidenceIds: [loose.id] } } })
  await t.call('DELETE', '/api/wages/draft', { token })
  expect((await t.call('GET', `/api/wages/evidence/${loose.id}`, { token })).status).toBe(404)
  expect((await t.call('GET', `/api/wages/evidence/${kept.evidence[0]?.id}`, { token })).status).toBe(200)
})

test('a grid staff member files for the elderly citizen who granted it; the case is hers and the timeline names grid staff', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const filed = await fileComplaint(t, { token: chen, actingFor: grantId })
  expect(filed.filedByStaff).toBe('WG330302001')
  expect(filed.timeline).toEqual([expect.objectContaining({ kind: 'submitted', by: 'grid_staff' })])
  expect(filed.worker.maskedName).toBe('王**')

  const elder = await t.login('elder-wang')
  const mine = await expectOk(await t.call('GET', '/api/wages/complaints', { token: elder }), Cases)
  expect(mine.cases.map((c) => c.id)).toEqual([filed.id])
  // She sees who filed it for her: staff code and full name, as on his badge.
  expect(await expectOk(await readCase(t, { token: elder }, filed.id), CaseDetail)).toMatchObject({ filedByStaff: 'WG330302001', filedByStaffName: '陈建华' })
  expect(await inboxOf(t, elder)).toContainEqual(expect.objectContaining({ template: 'wages.submitted', params: expect.objectContaining({ byProxy: 1, staffCode: 'WG330302001' }) }))
  // Staff-chen's own list, without acting for her, does not hold it.
  expect((await expectOk(await t.call('GET', '/api/wages/complaints', { token: chen }), Cases)).cases).toEqual([])
})

test('the answer to a filing is the case exactly as read afterwards: with files in upload order, by the worker and by grid staff for her', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  // Uploaded in this order, sent in the other: the case lists them as it reads them, by upload.
  const first = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'], '考勤表.jpg')
  t.clock.advance(minutes(1))
  const second = await uploadEvidence(t, { token: zhao }, evidenceSamples['application/pdf'], '欠条.pdf')
  const filed = await fileComplaint(t, { token: zhao }, { form: complaintForm({ evidenceIds: [second.id, first.id] }) })
  expect(filed.evidence.map((file) => file.id)).toEqual([first.id, second.id])
  expect(await expectOk(await readCase(t, { token: zhao }, filed.id), CaseDetail)).toEqual(filed)

  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const forHer = await fileComplaint(t, { token: chen, actingFor: grantId }, { draftId: draftIdOf(2) })
  expect(forHer.filedByStaffName).toBe('陈建华')
  expect(await expectOk(await readCase(t, { token: chen, actingFor: grantId }, forHer.id), CaseDetail)).toEqual(forHer)
})

test('twenty copies of one submission sent at once with the same Idempotency-Key make exactly one case', async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '100' } })
  const token = await t.login('worker-zhao')
  const before = (await caseRowsOf(t, 'worker-zhao')).length
  const responses = await Promise.all(
    Array.from({ length: 20 }, () => submit(t, { token, idempotencyKey: 'complaint-retry-0000001' }, draftIdOf(3), complaintForm())),
  )
  const statuses = responses.map((response) => response.status)
  expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(1)
  expect(statuses.every((status) => status === 201 || status === 409), statuses.join()).toBe(true)
  const created = (await caseRowsOf(t, 'worker-zhao')).slice(before)
  expect(created).toHaveLength(1)
  const bodies = await Promise.all(responses.filter((response) => response.status === 201).map(async (response) => CaseDetail.parse(await response.json())))
  expect(new Set(bodies.map((body) => body.id))).toEqual(new Set([created[0]?.id]))
})

test('the same draft sent again under another Idempotency-Key gets the case the first made', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const first = await expectOk(await submit(t, { token, idempotencyKey: 'complaint-first-000001' }, draftIdOf(4), complaintForm()), CaseDetail, 201)
  t.clock.advance(minutes(5))
  const second = await expectOk(await submit(t, { token, idempotencyKey: 'complaint-second-00001' }, draftIdOf(4), complaintForm()), CaseDetail, 201)
  expect(second.id).toBe(first.id)
  expect(second.caseNumber).toBe(first.caseNumber)
  expect((await caseRowsOf(t, 'worker-zhao')).filter((row) => row.draftId === draftIdOf(4))).toHaveLength(1)
})

test('a credit code typed for an employer the portal knows links the complaint to it', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const employer = await t.login('employer-demo')
  const known = await expectOk(await t.call('GET', `/api/wages/employers?q=${encodeURIComponent('瓯江')}`, { token }), z.object({ employers: z.array(z.object({ id: z.string(), creditCode: z.string() })) }))
  const oujiang = known.employers.find((e) => e.id === seededWageIds.employers.oujiang)
  const filed = await fileComplaint(t, { token }, { form: complaintForm({ employer: { employerId: null, name: '瓯江建设', creditCode: oujiang?.creditCode ?? null } }) })
  expect(filed.employer).toEqual({ name: '温州瓯江建设有限公司', creditCode: oujiang?.creditCode, known: true })
  await acted(t, { token: await t.login('officer-liu') }, filed.id, { kind: 'accept' })
  expect((await readCase(t, { token: employer }, filed.id)).status).toBe(200)
})

test('the officer’s queue lists the region’s open cases nearest deadline first, a page at a time', async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '100' } })
  const zhao = await t.login('worker-zhao')
  for (let n = 1; n <= 4; n += 1) {
    t.clock.advance(minutes(10))
    await fileComplaint(t, { token: zhao }, { draftId: draftIdOf(10 + n) })
  }
  const liu = await t.login('officer-liu')
  const all: CaseSummary[] = []
  let cursor: string | null = null
  do {
    const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2'
    const page = await expectOk(await t.call('GET', `/api/wages/queue${query}`, { token: liu }), Page(CaseSummary))
    expect(page.items.length).toBeLessThanOrEqual(2)
    all.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  expect(all.every((c) => c.regionCode.startsWith('3303'))).toBe(true)
  expect(new Set(all.map((c) => c.id)).size).toBe(all.length)
  expect(all).toHaveLength(6) // the seeded submitted and mediating cases, and the four new ones
  const deadlines = all.map((c) => c.deadlines.stageDeadline ?? '9999')
  expect(deadlines).toEqual([...deadlines].sort())

  const mediating = await expectOk(await t.call('GET', '/api/wages/queue?status=mediating', { token: liu }), Page(CaseSummary))
  expect(mediating.items.map((c) => c.status)).toEqual(['mediating'])
  const closedOnly = await expectOk(await t.call('GET', '/api/wages/queue?status=closed&scope=all', { token: liu }), Page(CaseSummary))
  expect(closedOnly.items).toEqual([])
  const huang = await t.login('officer-huang')
  const ouhai = await expectOk(await t.call('GET', '/api/wages/queue?scope=all', { token: huang }), Page(CaseSummary))
  expect(ouhai.items.map((c) => [c.regionCode, c.status])).toEqual([['330304', 'closed']])
})

test('region statistics count open and overdue cases, the median days to settle and the money recovered', async () => {
  const t = await createTestContext()
  const huang = await t.login('officer-huang')
  const ouhai = await expectOk(await t.call('GET', '/api/wages/stats', { token: huang }), RegionStats)
  const closed = await seededCase(t, 'worker-zhao', 'closed')
  expect(ouhai).toMatchObject({ regionCode: '330304', open: 0, overdue: 0, recoveredFen: 1_320_000 })
  expect(ouhai.byStatus.find((s) => s.status === 'closed')?.count).toBe(1)
  expect(ouhai.medianDaysToSettle).toBe(calendarDaysBetween(closed.submittedOn, chinaDate(new Date(closed.closedAt ?? ''))))

  const liu = await t.login('officer-liu')
  const lucheng = await expectOk(await t.call('GET', '/api/wages/stats', { token: liu }), RegionStats)
  expect(lucheng).toMatchObject({ regionCode: '330302', open: 2, overdue: 0, medianDaysToSettle: null, recoveredFen: 0 })
  expect(lucheng.openAlerts).toBeGreaterThanOrEqual(0)
})

test('the worker’s phone is told which subscribe templates to ask for, and that the development sender sends nothing', async () => {
  const t = await createTestContext({ env: { WECHAT_SUBSCRIBE_TEMPLATE_CASE: 'tmpl-case' } })
  const settings = await expectOk(await t.call('GET', '/api/wages/subscribe-settings', { token: await t.login('worker-zhao') }), z.object({ sender: z.string(), templateIds: z.array(z.string()) }))
  expect(settings).toEqual({ sender: 'development', templateIds: ['tmpl-case'] })
})

test('a worker sees his own cases, newest first, with their deadlines', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const filed = await fileComplaint(t, { token: zhao })
  const { cases } = await expectOk(await t.call('GET', '/api/wages/complaints', { token: zhao }), Cases)
  expect(cases.map((c) => c.status)).toEqual(['submitted', 'mediating', 'closed'])
  expect(cases[0]?.id).toBe(filed.id)
  expect(cases[0]?.deadlines.daysLeft).toBeGreaterThan(0)
})

test('a worker who leaves the phone out is called on the number of his real-name record', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const form = oujiangComplaint()
  const filed = await fileComplaint(t, { token: zhao }, { form: { ...form, contact: {} } })
  expect(filed.worker.maskedPhone).toBe('150****8765')
  const officer = await expectOk(await readCase(t, { token: await t.login('officer-liu') }, filed.id), CaseDetail)
  expect(officer.worker.maskedPhone).toBe('150****8765')
})
