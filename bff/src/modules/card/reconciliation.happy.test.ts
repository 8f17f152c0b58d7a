import { expect, test } from 'vitest'
import { users } from '../../db/schema'
import { hours, minutes } from '../../platform/clock'
import { bankIds, bankKeys } from '../../testing/card-application-flows'
import { confirmationOf, confirmCredits, getReconciliation, orderedPayment, reconciliationOf, resultOf } from '../../testing/card-money-flows'
import { auditRows } from '../../testing/flows'
import { createTestContext, testStart, type TestContext } from '../../testing/harness'
import { expectFieldErrors } from '../../testing/http'
import { userIdOf } from '../../testing/wages-flows'

const none = { count: 0, fen: 0 }
const icbcName = '中国工商银行温州分行'
const wzbankName = '温州银行'

/**
 * Two days of Lucheng (330302) and Ouhai (330304), from 10:00 on 29 November (China time): on the
 * 29th ICBC credits 张伟's allowance, 温州银行 returns 王秀英's, and ICBC sends a line of no
 * payment of ours and one with 孙建国's amount wrong (his payment is Ouhai's); on the 30th a
 * second payment of 张伟's goes to ICBC and one of 赵's is held (her card's bank is no partner).
 * The clock ends at 10:00 on 1 December.
 */
async function twoDays(t: TestContext) {
  const zhang = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'D1-Z', amountFen: 10_000, regionCode: '330302' })
  const sun = await orderedPayment(t, 'retiree-sun', { sourceRef: 'D1-S', amountFen: 2_000, regionCode: '330304' })
  const wang = await orderedPayment(t, 'elder-wang', { sourceRef: 'D1-W', amountFen: 5_000, regionCode: '330302' })
  t.clock.advance(hours(2))
  await resultOf(await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, zhang), confirmationOf(t, sun, { amountFen: 2_001 })] }))
  await resultOf(await confirmCredits(t, bankKeys.wzbank, { confirmations: [confirmationOf(t, wang, { outcome: 'failed', reason: '户名不符' })] }))
  t.clock.advance(minutes(1))
  await resultOf(await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, zhang, { reference: 'CPNOTOURS', amountFen: 500 })] }))
  t.clock.advance(hours(22) - minutes(1))
  const zhangAgain = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'D2-Z', amountFen: 3_000, regionCode: '330302' })
  const zhao = await orderedPayment(t, 'worker-zhao', { sourceRef: 'D2-H', amountFen: 700, regionCode: '330302' })
  t.clock.advance(hours(24))
  return { zhang, sun, wang, zhangAgain, zhao }
}

test('Lucheng’s officer reads a day bank by bank: sent, credited, returned, still at the bank, and a line of the bank’s that matched no payment', async () => {
  const t = await createTestContext()
  const { zhang, wang } = await twoDays(t)
  const token = await t.login('officer-liu')
  expect(await reconciliationOf(t, token, { day: '2026-11-29' })).toEqual({
    day: '2026-11-29',
    regionCode: '330302',
    banks: [
      {
        partnerId: bankIds.icbc,
        bankName: icbcName,
        queued: { count: 1, fen: zhang.amountFen },
        credited: { count: 1, fen: zhang.amountFen },
        returned: none,
        outstanding: none,
        // No payment of ours, nothing personal: every officer sees it under its bank.
        items: [{ kind: 'unknown_reference', reference: 'CPNOTOURS', amountFen: null, bankAmountFen: 500, holderMaskedName: null, at: '2026-11-29T04:01:00.000Z' }],
      },
      { partnerId: bankIds.wzbank, bankName: wzbankName, queued: { count: 1, fen: wang.amountFen }, credited: none, returned: { count: 1, fen: wang.amountFen }, outstanding: none, items: [] },
    ],
    held: none,
    balanced: true,
  })
  const reads = (await auditRows(t)).filter((row) => row.action === 'card.getCardReconciliation')
  expect(reads.map((row) => [row.kind, row.actorUserId, row.objectType, row.objectId])).toEqual([['read', await userIdOf(t, 'officer-liu'), 'region', '330302']])
})

test('yesterday unless asked: still at the bank at the day’s end, and held at the day’s end, whenever they started', async () => {
  const t = await createTestContext()
  const { zhangAgain, zhao } = await twoDays(t)
  const yesterday = await reconciliationOf(t, await t.login('officer-liu'))
  expect(yesterday.day).toBe('2026-11-30')
  expect(yesterday.banks.map((bank) => [bank.bankName, bank.queued, bank.credited, bank.returned, bank.outstanding, bank.items])).toEqual([
    [icbcName, { count: 1, fen: zhangAgain.amountFen }, none, none, { count: 1, fen: zhangAgain.amountFen }, []],
    [wzbankName, none, none, none, none, []],
  ])
  expect(yesterday.held).toEqual({ count: 1, fen: zhao.amountFen })
  // Before it was ordered, nothing was held.
  expect((await reconciliationOf(t, await t.login('officer-liu'), { day: '2026-11-29' })).held).toEqual(none)
})

test('a payment the bank has not confirmed a day after it was sent is listed with the masked name; a past day reads the same after it is credited', async () => {
  const t = await createTestContext()
  const { sun } = await twoDays(t)
  const token = await t.login('officer-huang')
  const ouhai = await reconciliationOf(t, token, { day: '2026-11-29' })
  expect(ouhai).toEqual({
    day: '2026-11-29',
    regionCode: '330304',
    banks: [
      {
        partnerId: bankIds.icbc,
        bankName: icbcName,
        queued: { count: 1, fen: 2_000 },
        credited: none,
        returned: none,
        outstanding: { count: 1, fen: 2_000 },
        items: [
          { kind: 'amount_mismatch', reference: sun.reference, amountFen: 2_000, bankAmountFen: 2_001, holderMaskedName: '孙**', at: '2026-11-29T04:00:00.000Z' },
          { kind: 'unknown_reference', reference: 'CPNOTOURS', amountFen: null, bankAmountFen: 500, holderMaskedName: null, at: '2026-11-29T04:01:00.000Z' },
        ],
      },
    ],
    held: none,
    balanced: true,
  })
  // Sent at 10:00 on the 29th: at the end of the 30th it is more than a day unconfirmed.
  expect((await reconciliationOf(t, token, { day: '2026-11-30' })).banks).toEqual([
    {
      partnerId: bankIds.icbc,
      bankName: icbcName,
      queued: none,
      credited: none,
      returned: none,
      outstanding: { count: 1, fen: 2_000 },
      items: [{ kind: 'unconfirmed', reference: sun.reference, amountFen: 2_000, bankAmountFen: null, holderMaskedName: '孙**', at: sun.queuedAt }],
    },
  ])
  await resultOf(await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, sun)] }))
  expect(await reconciliationOf(t, token, { day: '2026-11-29' })).toEqual(ouhai)
  const today = await reconciliationOf(t, token, { day: '2026-12-01' })
  expect(today.banks[0]).toMatchObject({ credited: { count: 1, fen: 2_000 }, outstanding: none, items: [] })
})

test('a city officer reads the whole city, or one county of it', async () => {
  const t = await createTestContext()
  await twoDays(t)
  await t.deps.db.transaction((tx) => tx.insert(users).values({ id: 'officer-wenzhou', devAccount: 'officer-wenzhou', roles: ['officer'], regionCode: '330300', createdAt: testStart }))
  const token = await t.login('officer-wenzhou')
  const city = await reconciliationOf(t, token, { day: '2026-11-29' })
  expect(city.regionCode).toBe('330300')
  expect(city.banks.map((bank) => [bank.bankName, bank.queued, bank.outstanding, bank.items.map((item) => item.kind)])).toEqual([
    [icbcName, { count: 2, fen: 12_000 }, { count: 1, fen: 2_000 }, ['amount_mismatch', 'unknown_reference']],
    [wzbankName, { count: 1, fen: 5_000 }, none, []],
  ])
  const ouhai = await reconciliationOf(t, token, { day: '2026-11-29', regionCode: '330304' })
  expect(ouhai).toEqual(await reconciliationOf(t, await t.login('officer-huang'), { day: '2026-11-29' }))
})

test('a day to come, or a day that is no date, is refused', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  expect(await expectFieldErrors(await getReconciliation(t, token, { day: '2026-11-30' }))).toEqual({ 'query.day': 'field.invalid' })
  expect(await expectFieldErrors(await getReconciliation(t, token, { day: '2026-02-30' }))).toEqual({ 'query.day': 'date.format' })
  expect(await expectFieldErrors(await getReconciliation(t, token, { regionCode: '3303' }))).toEqual({ 'query.regionCode': 'field.invalid' })
  // Today is read as it stands so far.
  expect((await reconciliationOf(t, token, { day: '2026-11-29' })).day).toBe('2026-11-29')
})
