import { expect, test } from 'vitest'
import { z } from 'zod'
import { ProxyGrant, StaffCard } from '@renshe/shared/identity/schemas'
import { CaseDetail } from '@renshe/shared/wages/schemas'
import { giveConsent, grantProxy, seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { acted, fileComplaint, readCase } from '../../testing/wages-flows'

test('looking a staff member up by code, before any grant, shows the name masked only', async () => {
  const t = await createTestContext()
  const card = await expectOk(await t.call('GET', '/api/proxy/staff/WG330302001', { token: await t.login('citizen-zhang') }), StaffCard.strict())
  expect(card.maskedName).toBe('陈**')
  expect(JSON.stringify(card)).not.toContain('陈建华')
})

test('a citizen’s grants name only the staff she granted; another citizen’s grant list never names them', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  await grantProxy(t, zhang, { staffCode: 'WG330302002', scopes: ['records.read'] })
  const hers = await expectOk(await t.call('GET', '/api/proxy/grants', { token: zhang }), z.object({ grants: z.array(ProxyGrant) }))
  expect(hers.grants.map((grant) => grant.staff.name)).toEqual(['周敏'])
  const li = await t.login('citizen-li')
  await giveConsent(t, li, 'proxy.sharing')
  const body = await (await t.call('GET', '/api/proxy/grants', { token: li })).text()
  expect(body).not.toContain('周敏')
})

test('the helper’s full name on a case goes to the worker’s side only, never to the officer or the employer', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const filed = await fileComplaint(t, { token: chen, actingFor: grantId })
  const liu = await t.login('officer-liu')
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  for (const account of ['officer-liu', 'supervisor-wu', 'employer-demo']) {
    const response = await readCase(t, { token: await t.login(account) }, filed.id)
    const text = await response.clone().text()
    if (response.status === 200) expect(CaseDetail.parse(JSON.parse(text)).filedByStaffName, account).toBeNull()
    expect(text, account).not.toContain('陈建华')
  }
})
