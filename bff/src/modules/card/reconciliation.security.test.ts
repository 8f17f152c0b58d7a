import { expect, test } from 'vitest'
import { cardLedgerEntries, users } from '../../db/schema'
import { hours } from '../../platform/clock'
import { newId } from '../../platform/random'
import { bankKeys } from '../../testing/card-application-flows'
import { confirmationOf, confirmCredits, getReconciliation, orderedPayment, reconciliationOf, resultOf } from '../../testing/card-money-flows'
import { createTestContext, testStart, type TestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'

/** 张伟's and 王秀英's payments are Lucheng's (330302), 孙建国's Ouhai's (330304); ICBC sends a line of no payment of ours. */
async function paymentsOfTwoCounties(t: TestContext) {
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'S-Z', amountFen: 10_000, regionCode: '330302' })
  const wang = await orderedPayment(t, 'elder-wang', { sourceRef: 'S-W', amountFen: 5_000, regionCode: '330302' })
  const sun = await orderedPayment(t, 'retiree-sun', { sourceRef: 'S-S', amountFen: 2_000, regionCode: '330304' })
  await resultOf(await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, zhang, { amountFen: 10_001 }), confirmationOf(t, sun, { reference: 'CPNOTOURS' })] }))
  t.clock.advance(hours(48))
  return { zhang, wang, sun }
}

async function addOfficer(t: TestContext, id: string, regionCode: string): Promise<string> {
  await t.deps.db.transaction((tx) => tx.insert(users).values({ id, devAccount: id, roles: ['officer'], regionCode, createdAt: testStart }))
  return t.login(id)
}

test('Ouhai’s officer sees none of Lucheng’s payments, names, refusals or banks, whichever day; only the bank’s lines that matched no payment at all', async () => {
  const t = await createTestContext()
  const { zhang, wang, sun } = await paymentsOfTwoCounties(t)
  const token = await t.login('officer-huang')
  for (const day of ['2026-11-29', '2026-11-30']) {
    const response = await getReconciliation(t, token, { day })
    const text = await response.clone().text()
    for (const secret of [zhang.reference ?? '', wang.reference ?? '', '张', '王', 'A30231234', '10001', '15000']) expect(text, `${day} ${secret}`).not.toContain(secret)
    const ouhai = await reconciliationOf(t, token, { day })
    expect(ouhai.banks.map((bank) => bank.bankName)).toEqual(['中国工商银行温州分行'])
    expect(ouhai.banks.flatMap((bank) => bank.items.map((item) => item.reference))).toEqual(day === '2026-11-29' ? ['CPNOTOURS'] : [sun.reference])
  }
})

test('an officer may not read a county outside their region, nor their city as a whole; a city officer may not read another city', async () => {
  const t = await createTestContext()
  await paymentsOfTwoCounties(t)
  const liu = await t.login('officer-liu')
  for (const regionCode of ['330304', '330300', '330100', '330000']) {
    await expectProblem(await getReconciliation(t, liu, { day: '2026-11-29', regionCode }), 'forbidden', { because: regionCode })
  }
  const hangzhou = await addOfficer(t, 'officer-hangzhou', '330100')
  for (const regionCode of ['330302', '330300']) {
    await expectProblem(await getReconciliation(t, hangzhou, { day: '2026-11-29', regionCode }), 'forbidden', { because: regionCode })
  }
  // Hangzhou's own city holds no Wenzhou payment; ICBC's unmatched line names no one and no place.
  const own = await reconciliationOf(t, hangzhou, { day: '2026-11-29' })
  expect(own).toMatchObject({ regionCode: '330100', held: { count: 0, fen: 0 }, balanced: true })
  expect(own.banks.map((bank) => [bank.queued, bank.outstanding, bank.items.map((item) => [item.kind, item.reference, item.holderMaskedName])])).toEqual([
    [{ count: 0, fen: 0 }, { count: 0, fen: 0 }, [['unknown_reference', 'CPNOTOURS', null]]],
  ])
})

test('no one but an officer reads a reconciliation', async () => {
  const t = await createTestContext()
  for (const account of ['citizen-zhang', 'staff-chen', 'supervisor-wu', 'employer-demo', 'venue-bus', 'admin']) {
    await expectProblem(await getReconciliation(t, await t.login(account), { day: '2026-11-28' }), 'forbidden', { because: account })
  }
  await expectProblem(await getReconciliation(t, '', { day: '2026-11-28' }), 'unauthenticated')
  await expectProblem(await t.call('GET', '/api/card/reconciliation', { partnerKey: bankKeys.icbc }), 'unauthenticated')
})

test('a journal of the region’s ledger that does not sum to zero shows as unbalanced to that region’s officers only', async () => {
  const t = await createTestContext()
  const { zhang } = await paymentsOfTwoCounties(t)
  expect((await reconciliationOf(t, await t.login('officer-liu'), { day: '2026-11-29' })).balanced).toBe(true)
  // An entry slipped into the ledger beneath the portal, as an attacker with the database would.
  await t.deps.db.transaction((tx) =>
    tx.insert(cardLedgerEntries).values({ id: newId(t.deps.random), journalId: newId(t.deps.random), paymentId: zhang.id, movement: 'credited', account: 'card:forged', amountFen: 10_000, at: t.clock.now().toISOString() }),
  )
  expect((await reconciliationOf(t, await t.login('officer-liu'), { day: '2026-11-29' })).balanced).toBe(false)
  expect((await reconciliationOf(t, await t.login('officer-huang'), { day: '2026-11-29' })).balanced).toBe(true)
})
