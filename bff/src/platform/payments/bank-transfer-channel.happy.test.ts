import { expect, test } from 'vitest'
import { systemRandom } from '../random'
import { accountTransferEnded } from './account-transfer'
import { bankStart, gatewayClient, institutionTransfer, startBankContext } from './bank-gateway-test-context'
import { createBankTransferChannel } from './bank-transfer-channel'

const no = institutionTransfer.outTransferNo

test('a subsidy is paid to the institution’s account: the gateway holds the payee as sent, and the result is a real, credited transfer', async () => {
  const { gateway, channel } = await startBankContext()
  const paid = await channel.transfer(institutionTransfer)
  const held = gateway.transfers.get(no)
  expect(held).toEqual({
    amountFen: 180_000,
    accountName: institutionTransfer.payeeAccountName,
    accountNo: institutionTransfer.payeeAccountNo,
    bankName: institutionTransfer.payeeBankName,
    purpose: institutionTransfer.purpose,
    bankSerialNo: expect.stringMatching(/^FB\d{18}$/),
    state: 'SUCCESS',
    failureCode: null,
  })
  expect(paid).toEqual({ ok: true, transfer: { outTransferNo: no, bankSerialNo: held?.bankSerialNo, state: 'SUCCESS', amountFen: 180_000, failureCode: null, development: false } })
  expect(channel.kind).toBe('bank')
  expect(gateway.received).toEqual([{ method: 'POST', path: '/v1/transfers', signed: true }])
})

test('the same transfer asked again under its number is the same transfer, not a second payment', async () => {
  const { gateway, channel } = await startBankContext()
  const first = await channel.transfer(institutionTransfer)
  const again = await channel.transfer(institutionTransfer)
  expect(again).toEqual(first)
  expect(gateway.transfers.size).toBe(1)
})

test('a transfer on its way through clearing is PROCESSING until the bank settles it; the query says so, then says credited', async () => {
  const { gateway, channel } = await startBankContext()
  gateway.holdTransfers(true)
  const sent = await channel.transfer(institutionTransfer)
  expect(sent.ok && sent.transfer.state).toBe('PROCESSING')
  expect(sent.ok && accountTransferEnded(sent.transfer.state)).toBeNull()
  const waiting = await channel.queryTransfer(no)
  expect(waiting.ok && waiting.transfer).toMatchObject({ outTransferNo: no, state: 'PROCESSING', amountFen: 180_000, failureCode: null })
  gateway.settle(no)
  const settled = await channel.queryTransfer(no)
  expect(settled.ok && settled.transfer).toMatchObject({ state: 'SUCCESS', failureCode: null, development: false })
  expect(settled.ok && accountTransferEnded(settled.transfer.state)).toBe('paid')
  expect(gateway.received.at(-1)).toEqual({ method: 'GET', path: `/v1/transfers/${no}`, signed: true })
})

test('a transfer to a closed account ends FAILED with the bank’s code, and one returned by the payee’s bank does too', async () => {
  const { gateway, channel } = await startBankContext()
  gateway.refuseAccount(institutionTransfer.payeeAccountNo, 'ACCOUNT_CLOSED')
  const refused = await channel.transfer(institutionTransfer)
  expect(refused.ok && refused.transfer).toMatchObject({ state: 'FAILED', failureCode: 'ACCOUNT_CLOSED' })
  expect(refused.ok && accountTransferEnded(refused.transfer.state)).toBe('failed')

  gateway.holdTransfers(true)
  const other = { ...institutionTransfer, outTransferNo: 'TS01JD4X0000000000000002', payeeAccountNo: '6217000010012345678' }
  expect((await channel.transfer(other)).ok).toBe(true)
  gateway.settle(other.outTransferNo, 'RETURNED_BY_PAYEE_BANK')
  const returned = await channel.queryTransfer(other.outTransferNo)
  expect(returned.ok && returned.transfer).toMatchObject({ state: 'FAILED', failureCode: 'RETURNED_BY_PAYEE_BANK' })
})

test('a transfer whose answer was lost on the way is found again by its number, and asking again does not pay twice', async () => {
  const { gateway, channel } = await startBankContext()
  gateway.loseNextAnswers(1)
  expect(await channel.transfer(institutionTransfer)).toEqual({ ok: false, error: 'unavailable', code: 'network' })
  expect(gateway.transfers.size).toBe(1)
  const found = await channel.queryTransfer(no)
  expect(found.ok && found.transfer.state).toBe('SUCCESS')
  const again = await channel.transfer(institutionTransfer)
  expect(again).toEqual(found)
  expect(gateway.transfers.size).toBe(1)
})

test('our clock and the gateway’s may differ by four minutes either way and the gateway is still believed', async () => {
  const { gateway } = await startBankContext()
  for (const skew of [4 * 60_000, -4 * 60_000]) {
    const channel = createBankTransferChannel({ ...gatewayClient, baseUrl: `${gateway.url}/`, now: () => bankStart + skew, random: systemRandom, logger: { debug() {}, info() {}, warn() {}, error() {} } })
    const number = `TS01JD4X00000000000000${skew > 0 ? 'P4' : 'M4'}`
    const paid = await channel.transfer({ ...institutionTransfer, outTransferNo: number })
    expect(paid.ok && paid.transfer.state, String(skew)).toBe('SUCCESS')
  }
  expect(gateway.received.map((request) => request.signed)).toEqual([true, true])
})

test('nothing is logged when all goes well', async () => {
  const { channel, logLines } = await startBankContext()
  await channel.transfer(institutionTransfer)
  await channel.queryTransfer(no)
  expect(logLines).toEqual([])
})
