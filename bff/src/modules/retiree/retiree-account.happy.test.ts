import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { PendingItem } from '@renshe/shared/inbox/schemas'
import { PensionAccount } from '@renshe/shared/retiree/schemas'
import { visitTasks } from '../../db/schema'
import { seededRetireeIds } from '../../db/seed/retiree'
import { seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { accountOf, auditOf } from '../../testing/retiree-flows'
import { inboxOf, userIdOf } from '../../testing/wages-flows'

const Pending = z.object({ items: z.array(PendingItem) })

test('elder-wang sees her pension: masked, due in 20 days, two years of payments newest first, and the read is recorded', async () => {
  const t = await createTestContext()
  const account = await accountOf(t, { token: await t.login('elder-wang') })
  expect(account).toMatchObject({
    maskedName: '王**',
    maskedIdNumber: '330302********0025',
    regionCode: '330302',
    status: 'active',
    monthlyFen: 326_800,
    diedOn: null,
    heldFen: 0,
  })
  expect(account.certification).toMatchObject({
    state: 'due',
    cycleStart: '2025-12-19',
    dueDate: '2026-12-19',
    daysLeft: 20,
    suspendsOn: '2027-01-19',
    lastCertifiedOn: '2025-12-19',
    lastMethod: 'face',
    faceFailures: 0,
    homeVisitOffered: false,
    homeVisitPending: false,
  })
  expect(account.payments).toHaveLength(24)
  expect(account.payments[0]).toEqual({ month: '2026-11', amountFen: 326_800, status: 'paid', paidOn: '2026-11-10', arrears: false })
  expect(account.payments.at(-1)?.month).toBe('2024-12')
  expect(account.certifications).toEqual([{ certifiedOn: '2025-12-19', method: 'face', source: null, review: 'none' }])
  const [read] = await auditOf(t, 'retiree.getAccount')
  expect(read).toMatchObject({ kind: 'read', actorUserId: await userIdOf(t, 'elder-wang'), subjectUserId: await userIdOf(t, 'elder-wang'), objectId: seededRetireeIds.pensioners.wang })
})

test('staff-chen, acting for elder-wang under her grant, sees her account; the read names both', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const account = await accountOf(t, { token: chen, actingFor: grantId })
  expect(account.maskedName).toBe('王**')
  expect((await auditOf(t, 'retiree.getAccount')).at(-1)).toMatchObject({ actorUserId: await userIdOf(t, 'staff-chen'), subjectUserId: await userIdOf(t, 'elder-wang'), viaGrantId: grantId })
})

test('retiree-wu’s pension is suspended: October and November are held, and Home says so', async () => {
  const t = await createTestContext()
  const wu = await t.login('retiree-wu')
  const account = await accountOf(t, { token: wu })
  expect(account.status).toBe('suspended')
  expect(account.certification.state).toBe('suspended')
  expect(account.heldFen).toBe(2 * 251_000)
  expect(account.payments.slice(0, 3).map((p) => [p.month, p.status])).toEqual([
    ['2026-11', 'held'],
    ['2026-10', 'held'],
    ['2026-09', 'paid'],
  ])
  const { items } = await expectOk(await t.call('GET', '/api/inbox/pending', { token: wu }), Pending)
  expect(items).toContainEqual({ kind: 'retiree_certification', state: 'suspended', dueDate: '2026-08-31', daysLeft: -90, deathRecordUnderReview: false })
  expect((await inboxOf(t, wu)).map((m) => m.template)).toContain('retiree.suspended')
})

test('Home shows a pensioner how many days are left, also to the grid staff member acting for her', async () => {
  const t = await createTestContext()
  const expected = { kind: 'retiree_certification', state: 'due', dueDate: '2026-12-19', daysLeft: 20, deathRecordUnderReview: false }
  const own = await expectOk(await t.call('GET', '/api/inbox/pending', { token: await t.login('elder-wang') }), Pending)
  expect(own.items).toContainEqual(expected)
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const proxied = await expectOk(await t.call('GET', '/api/inbox/pending', { token: chen, actingFor: grantId }), Pending)
  expect(proxied.items).toContainEqual(expected)
  const zhang = await expectOk(await t.call('GET', '/api/inbox/pending', { token: await t.login('citizen-zhang') }), Pending)
  expect(zhang.items.map((item) => item.kind)).not.toContain('retiree_certification')
})

test('asking for a home visit assigns the grid staff member of her grid, once however often she asks', async () => {
  const t = await createTestContext()
  const wang = await t.login('elder-wang')
  const first = await expectOk(await t.call('POST', '/api/retiree/home-visit', { token: wang }), PensionAccount)
  expect(first.certification.homeVisitPending).toBe(true)
  const again = await expectOk(await t.call('POST', '/api/retiree/home-visit', { token: wang }), PensionAccount)
  expect(again).toEqual(first)
  const tasks = await t.deps.db.read((q) => q.select().from(visitTasks).where(eq(visitTasks.pensionerId, seededRetireeIds.pensioners.wang)))
  expect(tasks).toHaveLength(1)
  expect(tasks[0]).toMatchObject({ reason: 'requested', status: 'open', staffUserId: await userIdOf(t, 'staff-chen'), createdByUserId: await userIdOf(t, 'elder-wang') })
  const assigned = (await inboxOf(t, await t.login('staff-chen'))).filter((m) => m.template === 'retiree.visitAssigned')
  expect(assigned).toHaveLength(1)
  expect(assigned[0]?.link).toBe(`/features/retiree/pages/visit/index?id=${tasks[0]?.id}`)
  expect(await auditOf(t, 'retiree.requestHomeVisit')).toHaveLength(1)
})

test('asking for a home visit twice at once (a double tap on two instances) makes one task', async () => {
  const t = await createTestContext()
  const wang = await t.login('elder-wang')
  const responses = await Promise.all([t.call('POST', '/api/retiree/home-visit', { token: wang }), t.call('POST', '/api/retiree/home-visit', { token: wang })])
  expect(responses.map((response) => response.status)).toEqual([200, 200])
  expect(await t.deps.db.read((q) => q.select().from(visitTasks).where(eq(visitTasks.pensionerId, seededRetireeIds.pensioners.wang)))).toHaveLength(1)
  expect(await auditOf(t, 'retiree.requestHomeVisit')).toHaveLength(1)
})
