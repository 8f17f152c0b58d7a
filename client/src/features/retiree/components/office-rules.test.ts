import { expect, test } from 'vitest'
import type { Overpayment } from '@renshe/shared/retiree/schemas'
import { canSendGridStaff, openFirst } from './office-rules'

test('grid staff can be sent to a pensioner who is due, overdue or suspended and has nobody going yet', () => {
  for (const state of ['due', 'overdue', 'suspended'] as const) {
    expect(canSendGridStaff({ state, openTask: false }), state).toBe(true)
    expect(canSendGridStaff({ state, openTask: true }), `${state} with a task`).toBe(false)
  }
})

test('nobody is sent to a pensioner already certified or whose pension has stopped', () => {
  expect(canSendGridStaff({ state: 'certified', openTask: false })).toBe(false)
  expect(canSendGridStaff({ state: 'stopped', openTask: false })).toBe(false)
})

const overpayment = (id: string, status: Overpayment['status'], recordedAt: string): Overpayment => ({
  id,
  pensionerMaskedName: '周*明',
  diedOn: '2026-09-14',
  months: ['2026-10'],
  amountFen: 298_000,
  status,
  recordedAt,
  partnerName: '温州市民政局',
})

test('overpayments still to recover come first, the newest first within each group', () => {
  const ordered = openFirst([
    overpayment('old-recovered', 'recovered', '2026-01-05T02:00:00.000Z'),
    overpayment('old-open', 'open', '2026-03-05T02:00:00.000Z'),
    overpayment('new-recovered', 'recovered', '2026-11-05T02:00:00.000Z'),
    overpayment('new-open', 'open', '2026-11-20T02:00:00.000Z'),
  ])
  expect(ordered.map((item) => item.id)).toEqual(['new-open', 'old-open', 'new-recovered', 'old-recovered'])
})
