import { expect, test } from 'vitest'
import { checkTerms, hourlyMinimumOf, monthlyMinimumOf } from './terms'
import type { ContractTerms } from './schemas'

const partTime: ContractTerms = {
  position: '保洁员',
  workPlace: '鹿城区江滨西路 88 号',
  startsOn: '2026-12-01',
  endsOn: null,
  task: '',
  probationMonths: 0,
  wageBasis: 'hourly',
  wageFen: 2_400,
  payDay: 15,
  hoursSystem: 'standard',
  socialInsurance: false,
  otherTerms: '',
}

test('part-time work is paid at least the county’s hourly minimum for part-time work on the day it starts', () => {
  // Lucheng is in the first tier (24 yuan an hour since 2024); another county of the province in the third (20).
  expect(hourlyMinimumOf('330302', '2026-12-01')).toBe(2_400)
  expect(hourlyMinimumOf('330304', '2026-12-01')).toBe(2_000)
  expect(checkTerms('part_time', partTime, '330302')).toEqual([])
  expect(checkTerms('part_time', { ...partTime, wageFen: 2_399 }, '330302')).toEqual([{ path: ['terms', 'wageFen'], key: 'contracts.belowHourlyMinimum' }])
  expect(checkTerms('part_time', { ...partTime, wageFen: 2_000 }, '330304')).toEqual([])
  // A contract that started under the 2021 notice is held against its figure (22 yuan).
  expect(hourlyMinimumOf('330302', '2023-12-31')).toBe(2_200)
  expect(checkTerms('part_time', { ...partTime, startsOn: '2023-12-31', wageFen: 2_200 }, '330302')).toEqual([])
  // Before any notice the table holds, there is no figure to hold it against.
  expect(hourlyMinimumOf('330302', '2020-01-01')).toBeUndefined()
  expect(checkTerms('part_time', { ...partTime, startsOn: '2020-01-01', wageFen: 100 }, '330302')).toEqual([])
  // Outside the province's table, none either.
  expect(hourlyMinimumOf('110101', '2026-12-01')).toBeUndefined()
})

test('a monthly wage is at least the county’s monthly minimum on the day the contract starts, from the same table the jobs module and arbitration use', () => {
  const monthly: ContractTerms = { ...partTime, wageBasis: 'monthly', wageFen: 249_000, endsOn: '2027-11-30' }
  expect(monthlyMinimumOf('330302', '2026-12-01')).toBe(249_000)
  expect(monthlyMinimumOf('330304', '2026-12-01')).toBe(201_000)
  expect(checkTerms('fixed_term', monthly, '330302')).toEqual([])
  expect(checkTerms('fixed_term', { ...monthly, wageFen: 248_999 }, '330302')).toEqual([{ path: ['terms', 'wageFen'], key: 'contracts.belowMinimum' }])
  expect(checkTerms('fixed_term', { ...monthly, wageFen: 201_000 }, '330304')).toEqual([])
})
