import { expect, test } from 'vitest'
import { minutes } from '../../platform/clock'
import { getMyPayments, myPayments } from '../../testing/card-holder-payments'
import { orderedPayment } from '../../testing/card-money-flows'
import { auditRows, grantProxy, seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { userIdOf } from '../../testing/wages-flows'

test('nobody sees another person’s payments: each page holds the caller’s own, whatever cursor she sends', async () => {
  const t = await createTestContext()
  const mine = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'z-1', amountFen: 1_000 })
  t.clock.advance(minutes(1))
  const hers = await orderedPayment(t, 'elder-wang', { sourceRef: 'w-1', amountFen: 77_700 })
  t.clock.advance(minutes(1))
  const zhang = await t.login('citizen-zhang')
  const page = await getMyPayments(t, { token: zhang })
  const text = await page.clone().text()
  for (const secret of [hers.id, hers.reference ?? 'none', 'A****1877', '温州银行', '777', 'A30231234', mine.reference ?? 'none']) expect(text).not.toContain(secret)
  expect(await page.json()).toMatchObject({ items: [{ id: mine.id }], creditedFen: 0, onTheWayFen: 1_000, heldFen: 0 })

  // A cursor made from her payment pages through zhang's own, never into hers.
  const after = await myPayments(t, { token: zhang }, { cursor: `${hers.orderedAt}|${hers.id}` })
  expect(after.items.map((item) => item.id)).toEqual([mine.id])
  const beyond = await myPayments(t, { token: zhang }, { cursor: `9999-12-31T00:00:00.000Z|zzzz` })
  expect(beyond.items.map((item) => item.id)).toEqual([mine.id])
  // Hers stay hers, and his are not among them.
  const wang = await myPayments(t, { token: await t.login('elder-wang') })
  expect(wang.items.map((item) => item.id)).toEqual([hers.id])
})

test('a grid staff member whose grant lacks card.assist is refused her payments, and nothing is recorded as read', async () => {
  const t = await createTestContext()
  await orderedPayment(t, 'citizen-zhang', { sourceRef: 'z-1', amountFen: 1_000 })
  const grant = await grantProxy(t, await t.login('citizen-zhang'), { staffCode: 'WG330302002', scopes: ['records.read', 'retiree.assist'] })
  const staff = await t.login('staff-zhou')
  const problem = await expectProblem(await getMyPayments(t, { token: staff, actingFor: grant.id }), 'proxy_scope_missing')
  expect(JSON.stringify(problem)).not.toContain('1000')
  expect((await auditRows(t)).filter((row) => row.action === 'card.getMyCardPayments')).toEqual([])
})

test('with card.assist a helper reads hers for her only: not his own, and not another citizen’s with her grant', async () => {
  const t = await createTestContext()
  const mine = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'z-1', amountFen: 1_000 })
  t.clock.advance(minutes(1))
  const hers = await orderedPayment(t, 'elder-wang', { sourceRef: 'w-1', amountFen: 10_000, period: '2026-11' })
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const forWang = await myPayments(t, { token: chen, actingFor: grantId })
  expect(forWang.items.map((item) => item.id)).toEqual([hers.id])
  expect(forWang.items.map((item) => item.id)).not.toContain(mine.id)
  // A grant of zhang's to staff-zhou does not reach her through staff-chen's login.
  const grant = await grantProxy(t, await t.login('citizen-zhang'), { staffCode: 'WG330302002', scopes: ['card.assist'] })
  await expectProblem(await getMyPayments(t, { token: chen, actingFor: grant.id }), 'proxy_grant_invalid')
  expect((await auditRows(t)).filter((row) => row.action === 'card.getMyCardPayments').map((row) => [row.actorUserId, row.subjectUserId])).toEqual([
    [await userIdOf(t, 'staff-chen'), await userIdOf(t, 'elder-wang')],
  ])
})

test('officers, supervisors, employers, institutions, assessors, venues, admins and grid staff alone are refused the holder’s payments; no login, none at all', async () => {
  const t = await createTestContext()
  for (const account of ['officer-liu', 'officer-huang', 'supervisor-wu', 'employer-demo', 'institution-demo', 'assessor-demo', 'venue-park', 'venue-bus', 'admin', 'staff-zhou']) {
    await expectProblem(await getMyPayments(t, { token: await t.login(account) }), 'forbidden', { because: account })
  }
  await expectProblem(await t.call('GET', '/api/card/me/payments'), 'unauthenticated')
  expect((await auditRows(t)).filter((row) => row.action === 'card.getMyCardPayments')).toEqual([])
})
