import { expect, test } from 'vitest'
import { institutionTransfer } from './bank-gateway-test-context'
import { createDevelopmentAccountTransferChannel } from './development-account-transfer'

const no = institutionTransfer.outTransferNo

test('the development channel credits a transfer at once, moves no money and says so in every result', async () => {
  const channel = createDevelopmentAccountTransferChannel()
  expect(channel.kind).toBe('development')
  const credited = { outTransferNo: no, bankSerialNo: `dev-bank:${no}`, state: 'SUCCESS', amountFen: 180_000, failureCode: null, development: true }
  expect(await channel.transfer(institutionTransfer)).toEqual({ ok: true, transfer: credited })
  expect(await channel.queryTransfer(no)).toEqual({ ok: true, transfer: credited })
})

test('the same number is the same transfer; the number with another amount or account is refused and the first stands', async () => {
  const channel = createDevelopmentAccountTransferChannel()
  const first = await channel.transfer(institutionTransfer)
  expect(await channel.transfer(institutionTransfer)).toEqual(first)
  expect(await channel.transfer({ ...institutionTransfer, amountFen: 1 })).toEqual({ ok: false, error: 'conflict', code: 'DUPLICATE_OUT_TRANSFER_NO' })
  expect(await channel.transfer({ ...institutionTransfer, payeeAccountNo: '6217000010012345678' })).toEqual({ ok: false, error: 'conflict', code: 'DUPLICATE_OUT_TRANSFER_NO' })
  const queried = await channel.queryTransfer(no)
  expect(queried.ok && queried.transfer.amountFen).toBe(180_000)
})

test('the development channel keeps the real one’s rules: whole positive fen, a proper number, and unknown numbers not found', async () => {
  const channel = createDevelopmentAccountTransferChannel()
  for (const change of [{ amountFen: 0 }, { amountFen: 1800.5 }, { outTransferNo: 'short' }]) {
    expect(await channel.transfer({ ...institutionTransfer, ...change }), JSON.stringify(change)).toEqual({ ok: false, error: 'rejected', code: 'PARAM_ERROR' })
  }
  expect(await channel.queryTransfer(no)).toEqual({ ok: false, error: 'not_found', code: 'TRANSFER_NOT_FOUND' })
  const results = [await channel.transfer(institutionTransfer), await channel.transfer({ ...institutionTransfer, outTransferNo: 'TS01JD4X0000000000000002' }), await channel.queryTransfer(no)]
  expect(results.map((result) => result.ok && result.transfer.development)).toEqual([true, true, true])
})
