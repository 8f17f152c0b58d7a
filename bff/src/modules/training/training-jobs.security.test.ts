import { expect, test } from 'vitest'
import { auditRows, databaseDump } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { closeSeededProgrammes, openProgramme, programmeRow, realNamedCitizens, runTraining, trainingInboxOf, voucherRows } from '../../testing/training-flows'

/** Zhang (36) and the citizens made here, not the seed's older residents of Lucheng. */
const youngAdults = { minAge: 18, maxAge: 45, groups: [] }

test('two runs at once, as two instances racing would, push to each person once: one voucher and one message each', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  await closeSeededProgrammes(t)
  const programme = await openProgramme(t, await t.login('officer-liu'), { reach: 'targeted', eligibility: youngAdults })
  const citizens = await realNamedCitizens(t, 30)
  const [a, b] = await Promise.all([runTraining(t), runTraining(t)])
  expect((a?.pushed ?? 0) + (b?.pushed ?? 0)).toBe(31)
  const rows = await voucherRows(t)
  expect(rows).toHaveLength(31)
  expect(new Set(rows.map((row) => row.holderUserId)).size).toBe(31)
  expect((await programmeRow(t, programme.id)).issued).toBe(31)
  for (const citizen of citizens.slice(0, 5)) expect(await trainingInboxOf(t, citizen.token)).toHaveLength(1)
  expect((await auditRows(t)).filter((row) => row.action === 'training.pushVoucher')).toHaveLength(31)
})

test('a pushed voucher’s message says nothing personal: the programme and the last day, no name, no ID number', async () => {
  const t = await createTestContext()
  await closeSeededProgrammes(t)
  await openProgramme(t, await t.login('officer-liu'), { reach: 'targeted' })
  const [citizen] = await realNamedCitizens(t, 1)
  await runTraining(t)
  const messages = await trainingInboxOf(t, citizen?.token ?? '')
  expect(messages.map((message) => Object.keys(message.params).sort())).toEqual([['programmeName', 'validUntil']])
  const dump = await databaseDump(t)
  expect(dump).not.toContain('学员000')
})

test('a closed targeted programme, or one past its last day, pushes to nobody', async () => {
  const t = await createTestContext()
  await closeSeededProgrammes(t)
  const token = await t.login('officer-liu')
  const closed = await openProgramme(t, token, { reach: 'targeted' })
  await t.call('POST', `/api/training/programmes/${closed.id}/close`, { token })
  await openProgramme(t, token, { reach: 'targeted', validFrom: '2026-11-01', validUntil: '2026-11-28' })
  await realNamedCitizens(t, 3)
  expect(await runTraining(t)).toEqual({ pushed: 0, expired: 0, flagged: 0, paymentsEnded: 0 })
  expect(await voucherRows(t)).toEqual([])
})
