import { expect, test } from 'vitest'
import { CardApplication } from '@renshe/shared/card/applications'
import {
  apply,
  applied,
  applicationRows,
  collect,
  createOutlet,
  damagedAtIcbc,
  getApplication,
  getOutlets,
  madeCard,
  myApplication,
  newOutlet,
  outletIds,
  producedAndDelivered,
  bankKeys,
  queue,
  reportLostAtCounter,
  updateOutlet,
} from '../../testing/card-application-flows'
import { cardRowOfAccount, myCard } from '../../testing/card-flows'
import { auditRows, databaseDump, grantProxy, seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'

const zhangIdNumber = '330302199003151231'

test('nobody reaches another person’s application: each call acts on the caller’s own, and a retry key of hers gives him nothing of hers', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  const hers = await applied(t, { token: zhang }, damagedAtIcbc, 'card-apply-shared-key')
  const wang = await t.login('elder-wang')
  expect(await myApplication(t, { token: wang })).toBeNull()
  // The same Idempotency-Key from another account is another request: his own application, not hers.
  const his = await expectOk(await apply(t, { token: wang }, { kind: 'replacement', reason: 'expired', outletId: outletIds.wuma }, 'card-apply-shared-key'), CardApplication, 201)
  expect(his.id).not.toBe(hers.id)
  expect(await myApplication(t, { token: wang })).toEqual(his)
  expect(await myApplication(t, { token: zhang })).toEqual(hers)
  const text = await (await getApplication(t, { token: wang })).text()
  expect(text).not.toContain(hers.id)
  expect(text).not.toContain('张')
  expect((await cardRowOfAccount(t, 'worker-zhao')).status).toBe('normal')
})

test('a grid staff member whose grant lacks card.assist is refused the outlets and applications, and applies for no one', async () => {
  const t = await createTestContext()
  const grant = await grantProxy(t, await t.login('citizen-zhang'), { staffCode: 'WG330302002', scopes: ['records.read', 'retiree.assist'] })
  const helper = { token: await t.login('staff-zhou'), actingFor: grant.id }
  await expectProblem(await getOutlets(t, helper), 'proxy_scope_missing')
  await expectProblem(await apply(t, helper, damagedAtIcbc), 'proxy_scope_missing')
  await expectProblem(await getApplication(t, helper), 'proxy_scope_missing')
  expect(await applicationRows(t)).toEqual([])
  expect((await cardRowOfAccount(t, 'citizen-zhang')).status).toBe('normal')
})

test('staff-chen’s grant from elder-wang applies for her only: his own card and applications stay his', async () => {
  const t = await createTestContext()
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  await applied(t, { token: staff, actingFor: grantId }, { kind: 'replacement', reason: 'damaged', outletId: outletIds.wuma })
  expect((await cardRowOfAccount(t, 'staff-chen')).status).toBe('normal')
  expect(await myApplication(t, { token: staff })).toBeNull()
  expect((await cardRowOfAccount(t, 'elder-wang')).status).toBe('being_replaced')
})

test('officers, supervisors, employers, institutions, assessors, venues, admins and grid staff alone are refused the holder’s outlets and applications', async () => {
  const t = await createTestContext()
  for (const account of ['officer-liu', 'supervisor-wu', 'employer-demo', 'institution-demo', 'assessor-demo', 'venue-park', 'admin', 'staff-zhou']) {
    const token = await t.login(account)
    for (const response of [await getOutlets(t, { token }), await apply(t, { token }, damagedAtIcbc), await getApplication(t, { token })]) {
      await expectProblem(response, 'forbidden', { because: account })
    }
  }
  expect(await applicationRows(t)).toEqual([])
})

test('a citizen, grid staff or a venue cannot keep outlets: the officers’ operations refuse them, and nothing is written', async () => {
  const t = await createTestContext()
  for (const account of ['citizen-zhang', 'staff-chen', 'venue-bus', 'supervisor-wu', 'admin']) {
    const token = await t.login(account)
    await expectProblem(await t.call('GET', '/api/card/region-outlets', { token }), 'forbidden', { because: account })
    await expectProblem(await createOutlet(t, token, newOutlet), 'forbidden', { because: account })
    await expectProblem(await updateOutlet(t, token, outletIds.wuma, { ...newOutlet, open: false }), 'forbidden', { because: account })
  }
  expect((await auditRows(t)).filter((row) => row.action.endsWith('Outlet') || row.action.endsWith('Outlets'))).toEqual([])
})

test('a session is no bank key: every partner operation of the card refuses a citizen, an officer and an admin', async () => {
  const t = await createTestContext()
  for (const account of ['citizen-zhang', 'officer-liu', 'admin']) {
    const token = await t.login(account)
    await expectProblem(await t.call('GET', '/api/partner/card-applications', { token }), 'unauthenticated', { because: account })
    await expectProblem(await t.call('POST', '/api/partner/cards/lost', { token, body: { reference: 'R', cardNumber: 'A30231234', idNumber: zhangIdNumber } }), 'unauthenticated', { because: account })
  }
  expect((await cardRowOfAccount(t, 'citizen-zhang')).status).toBe('normal')
})

test('neither an ID number nor a card number whole is in any answer to the holder, any log line or the database in clear, from application to collection and loss', async () => {
  const lines: string[] = []
  const t = await createTestContext({ logLines: lines })
  const token = await t.login('citizen-zhang')
  const application = await applied(t, { token }, damagedAtIcbc)
  const answers: Response[] = [await getApplication(t, { token }), await queue(t, bankKeys.icbc)]
  await producedAndDelivered(t, bankKeys.icbc, application.id)
  answers.push(await getApplication(t, { token }))
  answers.push(await collect(t, bankKeys.icbc, application.id, { reference: 'SECRET-C', idNumber: zhangIdNumber }))
  answers.push(await reportLostAtCounter(t, bankKeys.icbc, { reference: 'SECRET-L', cardNumber: madeCard.newCardNumber, idNumber: zhangIdNumber }))
  answers.push(await reportLostAtCounter(t, bankKeys.icbc, { reference: 'SECRET-L2', cardNumber: 'A30201877', idNumber: '330302194406080025' }))
  expect((await myCard(t, { token }))?.status).toBe('lost')
  answers.push(await getApplication(t, { token }), await t.call('GET', '/api/inbox/messages?limit=50', { token }), await t.call('GET', '/api/me/access-log?limit=50', { token }))
  const secrets = [madeCard.newCardNumber, madeCard.newCardNumber.slice(1), 'A30231234', '30231234', zhangIdNumber, 'A30201877', '330302194406080025']
  for (const answer of answers) {
    const text = await answer.text()
    for (const secret of secrets) expect(text).not.toContain(secret)
  }
  const logged = lines.join('\n')
  expect(lines.length).toBeGreaterThan(0)
  for (const secret of [...secrets, '张伟']) expect(logged).not.toContain(secret)
  const dump = await databaseDump(t)
  for (const secret of secrets) expect(dump).not.toContain(secret)
})
