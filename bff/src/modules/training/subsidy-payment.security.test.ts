import { generateKeyPairSync } from 'node:crypto'
import { beforeAll, expect, test, vi } from 'vitest'
import { minutes } from '../../platform/clock'
import { fakePayKeys } from '../../platform/payments/fake-wechat-pay'
import { merchant } from '../../platform/payments/wechat-pay-test-context'
import { auditRows, databaseDump } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { realNamedCitizens } from '../../testing/training-flows'
import { institutionSubsidiesOf, queueOf } from '../../testing/training-subsidy-flows'
import {
  accountOf,
  approvedForInstitution,
  approvedMine,
  bankDouble,
  checkMine,
  mineNow,
  paidRun,
  payRun,
  postPayoutNotification,
  seededAccount,
  sentOne,
  setAccount,
  subsidyRow,
  wechatPayouts,
  withOpenid,
} from '../../testing/training-subsidy-payments'

beforeAll(() => void fakePayKeys(), 60_000)
// Each test takes a voucher through enrolment, attendance, a pass, an application and its approval first.
vi.setConfig({ testTimeout: 40_000 })

test('an officer of another region cannot pay a subsidy of Lucheng, nor learn it exists: skipped as not found, nothing sent or written', async () => {
  const bank = bankDouble()
  const t = await createTestContext({ accountTransfers: bank })
  const { application } = await approvedForInstitution(t)
  const huang = await t.login('officer-huang')
  const before = (await auditRows(t)).length
  expect(await paidRun(t, huang, [application.id])).toEqual({ sent: [], skipped: [{ id: application.id, reason: 'not_found' }] })
  expect(bank.asked).toEqual([])
  expect(bank.queried).toEqual([])
  expect(await subsidyRow(t, application.id)).toMatchObject({ status: 'approved', paymentStatus: null, outBillNo: null })
  expect((await auditRows(t)).slice(before)).toEqual([])
})

test('nobody but an officer may pay: the institution paid, the holder paid, an assessor and a supervisor are all refused', async () => {
  const bank = bankDouble()
  const t = await createTestContext({ accountTransfers: bank })
  const { application } = await approvedForInstitution(t)
  for (const account of ['institution-demo', 'citizen-zhang', 'assessor-demo', 'supervisor-wu']) {
    await expectProblem(await payRun(t, await t.login(account), [application.id]), 'forbidden', { because: account })
  }
  expect(bank.asked).toEqual([])
  expect((await subsidyRow(t, application.id)).paymentStatus).toBeNull()
})

test('another person cannot check her payment, nor learn it exists; the institution and the officer cannot check it at all', async () => {
  const { channel } = await wechatPayouts()
  const t = await createTestContext({ payments: channel })
  await withOpenid(t, 'citizen-zhang')
  const { application, voucherId } = await approvedMine(t)
  await paidRun(t, await t.login('officer-liu'), [application.id])
  const [other] = await realNamedCitizens(t, 1)
  if (!other) throw new Error('no citizen')
  await expectProblem(await checkMine(t, other.token, voucherId), 'not_found')
  await expectProblem(await t.call('GET', `/api/training/vouchers/${voucherId}/subsidy`, { token: other.token }), 'not_found')
  for (const account of ['institution-demo', 'officer-liu']) await expectProblem(await checkMine(t, await t.login(account), voucherId), 'forbidden', { because: account })
  await t.deps.audit.drain()
  expect((await auditRows(t)).filter((row) => row.action === 'training.checkMySubsidyPayment')).toEqual([])
  expect((await subsidyRow(t, application.id)).paymentStatus).toBe('pending')
})

test('what confirms the receipt goes to her alone: not to the officer’s queue, not to the institution’s list', async () => {
  const { channel } = await wechatPayouts()
  const t = await createTestContext({ payments: channel })
  await withOpenid(t, 'citizen-zhang')
  const { application, voucherId, token } = await approvedMine(t)
  const liu = await t.login('officer-liu')
  const run = await payRun(t, liu, [application.id])
  expect(await run.text()).not.toContain('fake-package-')
  expect((await mineNow(t, token, voucherId))?.confirmation?.package).toMatch(/^fake-package-/)
  const shown = [await queueOf(t, liu, '?status=approved'), await institutionSubsidiesOf(t, await t.login('institution-demo'))]
  for (const page of shown) {
    expect(page.items.map((item) => item.id)).toEqual([application.id])
    expect(JSON.stringify(page)).not.toContain('fake-package-')
    expect(JSON.stringify(page)).not.toContain(merchant.mchId)
  }
})

test('a settlement account’s number is never in an answer, a log line, the audit or the database in the clear: only its last four digits', async () => {
  const bank = bankDouble()
  const logLines: string[] = []
  const t = await createTestContext({ accountTransfers: bank, logLines })
  const { application, institution } = await approvedForInstitution(t)
  const accountNo = '6222021203004567891'
  const answers: string[] = []
  const answer = async (response: Response) => void answers.push(await response.text())
  await answer(await setAccount(t, institution, { bankName: '中国工商银行温州分行营业部', accountNo: '6222 0212 0300 4567 891' }))
  await answer(await t.call('GET', '/api/training/institution/account', { token: institution }))
  const liu = await t.login('officer-liu')
  await answer(await payRun(t, liu, [application.id]))
  await answer(await t.call('GET', '/api/training/subsidies?status=paid', { token: liu }))
  await answer(await t.call('GET', '/api/training/institution/subsidies', { token: institution }))
  // The channel, and only it, was handed the number in full.
  expect(bank.asked.map((asked) => asked.accountNo)).toEqual([accountNo])
  expect(answers.join('\n')).toContain('****7891')
  await t.deps.audit.drain()
  const everything = [answers.join('\n'), logLines.join('\n'), JSON.stringify(await auditRows(t)), await databaseDump(t)]
  for (const seen of everything) {
    for (const number of [accountNo, seededAccount.accountNo, accountNo.slice(0, 12)]) expect(seen).not.toContain(number)
  }
})

test('a forged, re-keyed, old, foreign or undecryptable payout notification is refused and ends nothing', async () => {
  const { pay, channel } = await wechatPayouts()
  const t = await createTestContext({ payments: channel })
  await withOpenid(t, 'citizen-zhang')
  const { application } = await approvedMine(t)
  await paidRun(t, await t.login('officer-liu'), [application.id])
  const { outBillNo } = await subsidyRow(t, application.id)
  if (!outBillNo) throw new Error('no number')
  pay.wechatPay.endTransfer(outBillNo, 'SUCCESS')
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
  const refused = [
    pay.wechatPay.transferNotificationFor(outBillNo, { signWith: stranger }),
    pay.wechatPay.transferNotificationFor(outBillNo, { serial: 'PUB_KEY_ID_SOMEONE_ELSE' }),
    pay.wechatPay.transferNotificationFor(outBillNo, { at: Math.floor(pay.clock.now() / 1000) - 600 }),
    pay.wechatPay.transferNotificationFor(outBillNo, { mchid: '1900000999' }),
    pay.wechatPay.transferNotificationFor(outBillNo, { apiV3Key: 'Zz9yXw8vUt7sRq6pOn5mLk4jIh3gFe2d' }),
  ]
  for (const notification of refused) expect((await postPayoutNotification(t, notification)).status).toBe(401)
  const genuine = pay.wechatPay.transferNotificationFor(outBillNo)
  expect((await postPayoutNotification(t, { headers: genuine.headers, body: genuine.body.replace('"id":"', '"id":"x') })).status).toBe(401)
  const bare = await t.call('POST', '/api/training/subsidies/payouts/notify', { body: '{}', headers: { 'content-type': 'application/json' } })
  expect(bare.status).toBe(401)
  // A genuine one played again more than five minutes later is stale.
  pay.clock.advance(minutes(6))
  expect((await postPayoutNotification(t, genuine)).status).toBe(401)
  expect(await subsidyRow(t, application.id)).toMatchObject({ status: 'approved', paymentStatus: 'pending' })
})

test('a signed notification naming a number the portal never made, or a bank transfer’s number, ends nothing', async () => {
  const { pay, channel } = await wechatPayouts()
  const bank = bankDouble()
  bank.behave('hold')
  const t = await createTestContext({ payments: channel, accountTransfers: bank })
  await withOpenid(t, 'citizen-zhang')
  const { application } = await approvedForInstitution(t)
  const transfer = sentOne(await paidRun(t, await t.login('officer-liu'), [application.id]))
  expect(transfer.payment?.status).toBe('pending')
  const bankNumber = (await subsidyRow(t, application.id)).outBillNo ?? ''
  // A transfer of the jobs subsidy's, made at WeChat Pay, gives the fake a bill to sign notifications of.
  await channel.payout({ outBillNo: 'FS000000000000000000000001', amountFen: 100, payeeOpenid: 'o-citizen-zhang', remark: '测试', payeeName: null, notifyUrl: 'https://portal.example.gov.cn/api/jobs/subsidy/payouts/notify' })
  pay.wechatPay.endTransfer('FS000000000000000000000001', 'SUCCESS')
  expect((await postPayoutNotification(t, pay.wechatPay.transferNotificationFor('FS000000000000000000000001'))).status).toBe(404)
  expect((await postPayoutNotification(t, pay.wechatPay.transferNotificationFor('FS000000000000000000000001', { outBillNo: bankNumber }))).status).toBe(404)
  expect(await subsidyRow(t, application.id)).toMatchObject({ status: 'approved', paymentStatus: 'pending' })
  expect(await accountOf(t, await t.login('institution-demo'))).toMatchObject({ accountNoMasked: '****8217' })
})
