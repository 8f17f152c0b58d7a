import { expect, test } from 'vitest'
import { KeptProfileAnswer } from '@renshe/shared/identity/kept'
import { Me } from '@renshe/shared/identity/schemas'
import { auditRows, giveConsent } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { keptResident, otherRegionResident, registerKept } from '../../testing/kept-flows'

const path = '/api/assist/kept-people'

test('a staff member cannot register a resident of another region', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  await expectProblem(await t.call('POST', path, { token: chen, body: otherRegionResident }), 'forbidden')
  await t.deps.audit.drain()
  expect((await auditRows(t)).filter((row) => row.action === 'identity.registerKeptPerson').length).toBe(0)
})

test('registering the ID number of someone with an account is refused, and takes nothing over: she can grant jobs.assist herself', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const refused = await t.call('POST', path, { token: chen, body: { ...keptResident, name: '王秀英', idNumber: '330302194406080025' } })
  const problem = await expectProblem(refused, 'id_number_taken')
  expect(JSON.stringify(problem)).toContain('jobs.assist')
  // Her account is untouched: still bound to her, no new grant to him.
  const elder = await t.login('elder-wang')
  expect((await expectOk(await t.call('GET', '/api/me', { token: elder }), Me)).realName).toMatchObject({ bound: true })
  await t.deps.audit.drain()
  const rows = await auditRows(t)
  expect(rows.filter((row) => row.action === 'identity.registerKeptPerson.refused').length).toBe(1)
  expect(JSON.stringify(rows)).not.toContain('330302194406080025')
})

test('a second staff member cannot register the first one’s kept person again, nor act for her, nor read her registration', async () => {
  const t = await createTestContext()
  const kept = await registerKept(t, await t.login('staff-chen'))
  const zhou = await t.login('staff-zhou')
  await expectProblem(await t.call('POST', path, { token: zhou, body: keptResident }), 'id_number_taken')
  await expectProblem(await t.call('GET', '/api/jobs/me/profile', { token: zhou, actingFor: kept.grantId }), 'proxy_grant_invalid')
  await expectProblem(await t.call('POST', `/api/jobs/assist/callbacks/${kept.grantId}/called`, { token: zhou }), 'not_found')
})

test('only grid staff register, and a citizen cannot register herself or act for anyone this way', async () => {
  const t = await createTestContext()
  for (const account of ['citizen-zhang', 'officer-liu', 'employer-demo']) {
    await expectProblem(await t.call('POST', path, { token: await t.login(account), body: keptResident }), 'forbidden')
  }
  await expectProblem(await t.call('POST', path, { body: keptResident }), 'unauthenticated')
})

test('binding with the kept person’s number but another name is refused as binding refuses, and shows nothing kept', async () => {
  const t = await createTestContext()
  await registerKept(t, await t.login('staff-chen'))
  const li = await t.login('citizen-li')
  await giveConsent(t, li, 'identity.real_name')
  await expectProblem(await t.call('POST', '/api/me/real-name', { token: li, body: { name: '李娜', idNumber: keptResident.idNumber } }), 'validation_failed')
  expect(await expectOk(await t.call('GET', '/api/me/kept-profile', { token: li }), KeptProfileAnswer)).toEqual({ kept: null })
  await expectProblem(await t.call('POST', '/api/me/kept-profile/refuse', { token: li }), 'not_found')
  await t.deps.audit.drain()
  expect((await auditRows(t)).filter((row) => row.action === 'identity.bindRealName.refused').length).toBe(1)
})

test('once claimed, the number cannot be claimed again by another account, and a decision is made once', async () => {
  const t = await createTestContext()
  await registerKept(t, await t.login('staff-chen'))
  const li = await t.login('citizen-li')
  await giveConsent(t, li, 'identity.real_name')
  await expectOk(await t.call('POST', '/api/me/real-name', { token: li, body: { name: keptResident.name, idNumber: keptResident.idNumber } }), Me)
  await expectOk(await t.call('POST', '/api/me/kept-profile/confirm', { token: li, body: { keepGrant: true } }), KeptProfileAnswer)
  await expectProblem(await t.call('POST', '/api/me/kept-profile/refuse', { token: li }), 'conflict')

  const zhang = await t.login('citizen-zhang')
  await expectProblem(await t.call('POST', '/api/me/real-name', { token: zhang, body: { name: keptResident.name, idNumber: keptResident.idNumber } }), 'real_name_already_bound')
})

test('a citizen with no kept profile sees none and has nothing to decide', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  expect(await expectOk(await t.call('GET', '/api/me/kept-profile', { token: zhang }), KeptProfileAnswer)).toEqual({ kept: null })
  await expectProblem(await t.call('POST', '/api/me/kept-profile/confirm', { token: zhang, body: { keepGrant: true } }), 'not_found')
})
