import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { grantProxy, seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { accountOf, auditOf } from '../../testing/retiree-flows'
import { userIdOf } from '../../testing/wages-flows'

test('a pensioner only ever sees her own account and payments: there is no way to name another’s', async () => {
  const t = await createTestContext()
  const wu = await accountOf(t, { token: await t.login('retiree-wu') })
  const sun = await accountOf(t, { token: await t.login('retiree-sun') })
  expect(wu.maskedName).toBe('吴**')
  expect(sun.maskedName).toBe('孙**')
  expect(sun.monthlyFen).not.toBe(wu.monthlyFen)
  expect(sun.payments.every((p) => p.amountFen === 412_500)).toBe(true)
  // Query strings and made-up paths name nobody else.
  const asked = await t.call('GET', '/api/retiree/account?pensionerId=pensioner-wu', { token: await t.login('retiree-sun') })
  expect(((await asked.json()) as { maskedName: string }).maskedName).toBe('孙**')
  await expectProblem(await t.call('GET', '/api/retiree/accounts/pensioner-wu', { token: await t.login('retiree-sun') }), 'not_found')
})

test('someone who draws no pension has no account, and no way to ask for a visit', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  await expectProblem(await t.call('GET', '/api/retiree/account', { token: zhang }), 'not_found')
  await expectProblem(await t.call('POST', '/api/retiree/home-visit', { token: zhang }), 'not_found')
  await expectProblem(await t.call('GET', '/api/retiree/assistance', { token: zhang }), 'not_found')
})

test('staff-zhou, with no grant, cannot act for elder-wang: not on his own, not with staff-chen’s grant', async () => {
  const t = await createTestContext()
  const zhou = await t.login('staff-zhou')
  const { grantId } = await seededGrantOf(t, await t.login('staff-chen'))
  await expectProblem(await t.call('GET', '/api/retiree/account', { token: zhou }), 'forbidden')
  await expectProblem(await t.call('GET', '/api/retiree/account', { token: zhou, actingFor: grantId }), 'proxy_grant_invalid')
  await expectProblem(await t.call('POST', '/api/retiree/home-visit', { token: zhou, actingFor: grantId }), 'proxy_grant_invalid')
  expect(await auditOf(t, 'retiree.getAccount')).toEqual([])
})

test('a grant without retiree.assist does not open the pension account', async () => {
  const t = await createTestContext()
  const sun = await t.login('retiree-sun')
  const grant = await grantProxy(t, sun, { staffCode: 'WG330302002', scopes: ['records.read', 'profile.read'] })
  const zhou = await t.login('staff-zhou')
  await expectProblem(await t.call('GET', '/api/retiree/account', { token: zhou, actingFor: grant.id }), 'proxy_scope_missing')
  const { items } = (await (await t.call('GET', '/api/inbox/pending', { token: zhou, actingFor: grant.id })).json()) as { items: { kind: string }[] }
  expect(items.map((item) => item.kind)).not.toContain('retiree_certification')
})

test('the account never carries the full name or ID number, and the stored ID number is not readable', async () => {
  const t = await createTestContext()
  const token = await t.login('retiree-sun')
  const text = await (await t.call('GET', '/api/retiree/account', { token })).text()
  expect(text).not.toContain('孙建国')
  expect(text).not.toContain('33030219550312301X')
  const dump = JSON.stringify(await t.deps.db.rows(sql`select * from pensioners`))
  expect(dump).not.toContain('33030219550312301X')
  expect(dump).not.toContain('孙建国')
  expect(await userIdOf(t, 'retiree-sun')).toBeTruthy()
})
