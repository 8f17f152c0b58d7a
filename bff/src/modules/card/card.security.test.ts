import { expect, test } from 'vitest'
import { MyCard } from '@renshe/shared/card/schemas'
import { days } from '../../platform/clock'
import { cancelLoss, cardEventsOf, cardRowOfAccount, getCard, myCard, reportLoss, reported, reveal, runCard } from '../../testing/card-flows'
import { auditRows, databaseDump, grantProxy, seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'

const zhangNumber = 'A30231234'
const wangNumber = 'A30201877'

test('nobody reaches another person’s card: every call acts on the caller’s own, and reporting hers leaves everyone else’s alone', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  await reported(t, { token: zhang })
  const wang = await t.login('elder-wang')
  const hers = await myCard(t, { token: wang })
  expect(hers).toMatchObject({ cardNumberMasked: 'A****1877', holderMaskedName: '王**', status: 'normal' })
  for (const account of ['elder-wang', 'worker-zhao', 'retiree-sun', 'retiree-wu', 'staff-chen']) expect((await cardRowOfAccount(t, account)).status, account).toBe('normal')
  const answers = [await getCard(t, { token: zhang }), await reveal(t, zhang), await cancelLoss(t, { token: zhang })]
  for (const answer of answers) {
    const text = await answer.text()
    expect(text).not.toContain(wangNumber)
    expect(text).not.toContain('1877')
    expect(text).not.toContain('王')
  }
})

test('a grid staff member whose grant lacks card.assist is refused every card operation for the citizen, and changes nothing', async () => {
  const t = await createTestContext()
  const grant = await grantProxy(t, await t.login('citizen-zhang'), { staffCode: 'WG330302002', scopes: ['records.read', 'retiree.assist'] })
  const staff = await t.login('staff-zhou')
  const helper = { token: staff, actingFor: grant.id }
  await expectProblem(await getCard(t, helper), 'proxy_scope_missing')
  await expectProblem(await reportLoss(t, helper), 'proxy_scope_missing')
  await expectProblem(await cancelLoss(t, helper), 'proxy_scope_missing')
  await expectProblem(await t.call('GET', '/api/card/me/revealed', helper), 'proxy_not_allowed')
  expect((await cardRowOfAccount(t, 'citizen-zhang')).status).toBe('normal')
  expect((await auditRows(t)).filter((row) => row.action.startsWith('card.'))).toEqual([])
})

test('with card.assist a grid staff member reads the card masked and reports it, but never shows it whole, for her or as himself', async () => {
  const t = await createTestContext()
  const grant = await grantProxy(t, await t.login('citizen-zhang'), { staffCode: 'WG330302002', scopes: ['card.assist'] })
  const staff = await t.login('staff-zhou')
  const helper = { token: staff, actingFor: grant.id }
  const read = await getCard(t, helper)
  expect(await read.clone().text()).not.toContain(zhangNumber)
  expect((await expectOk(await reportLoss(t, helper), MyCard)).status).toBe('temporarily_lost')
  await expectProblem(await t.call('GET', '/api/card/me/revealed', helper), 'proxy_not_allowed')
  // Grid staff alone hold no card of their own here: the holder's operations are a citizen's.
  await expectProblem(await reveal(t, staff), 'forbidden')
  await expectProblem(await getCard(t, { token: staff }), 'forbidden')
  expect((await auditRows(t)).filter((row) => row.action === 'card.revealMyCard')).toEqual([])
})

test('staff-chen’s grant from elder-wang reaches her card only: he cannot use it to show her card whole, and his own card stays his', async () => {
  const t = await createTestContext()
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  await expectProblem(await t.call('GET', '/api/card/me/revealed', { token: staff, actingFor: grantId }), 'proxy_not_allowed')
  // Without the grant he is a citizen too, and his own card is what he sees.
  expect(await myCard(t, { token: staff })).toMatchObject({ cardNumberMasked: 'A****4028', holderMaskedName: '陈**' })
  const own = await reveal(t, staff)
  expect(await own.clone().text()).not.toContain(wangNumber)
  expect(await own.json()).toMatchObject({ cardNumber: 'A30264028' })
})

test('officers, supervisors, employers, institutions, assessors, venues and admins are refused every card operation', async () => {
  const t = await createTestContext()
  for (const account of ['officer-liu', 'officer-huang', 'supervisor-wu', 'employer-demo', 'institution-demo', 'assessor-demo', 'venue-park', 'admin', 'staff-zhou']) {
    const token = await t.login(account)
    for (const response of [await getCard(t, { token }), await reveal(t, token), await reportLoss(t, { token }), await cancelLoss(t, { token })]) {
      await expectProblem(response, 'forbidden', { because: account })
    }
  }
  expect((await auditRows(t)).filter((row) => row.action.startsWith('card.'))).toEqual([])
})

test('the whole card number is in no answer but the holder’s own reveal: not in her card, her inbox or access log, no log line, and not in the database in clear', async () => {
  const lines: string[] = []
  const t = await createTestContext({ logLines: lines })
  const token = await t.login('citizen-zhang')
  const answers: Response[] = [await getCard(t, { token }), await reportLoss(t, { token }, 'card-report-secret'), await reportLoss(t, { token }, 'card-report-secret')]
  answers.push(await reportLoss(t, { token }), await cancelLoss(t, { token }), await reportLoss(t, { token }))
  t.clock.advance(days(7))
  await runCard(t)
  const later = await t.login('citizen-zhang')
  answers.push(await getCard(t, { token: later }), await t.call('GET', '/api/inbox/messages?limit=50', { token: later }), await t.call('GET', '/api/me/access-log?limit=50', { token: later }))
  const revealed = await reveal(t, later)
  expect(await revealed.clone().text()).toContain(zhangNumber)
  for (const answer of answers) {
    const text = await answer.text()
    expect(text).not.toContain(zhangNumber)
    expect(text).not.toContain('30231234')
    expect(text).not.toContain('330302199003151231')
  }
  const logged = lines.join('\n')
  for (const secret of [zhangNumber, '30231234', '330302199003151231', '张伟']) expect(logged).not.toContain(secret)
  expect(lines.length).toBeGreaterThan(0)
  const dump = await databaseDump(t)
  expect(dump).not.toContain(zhangNumber)
  expect(dump).not.toContain('30231234')
  expect((await cardEventsOf(t, (await cardRowOfAccount(t, 'citizen-zhang')).id)).length).toBeGreaterThan(0)
})
