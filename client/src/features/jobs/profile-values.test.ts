import { expect, test } from 'vitest'
import type { SeekerProfile } from '@renshe/shared/jobs/schemas'
import { translator } from '../../lib/i18n/translate'
import { fieldProblems } from './field-errors'
import { jobsMessages } from './messages'
import { centrePoint, devicePoint } from './place-values'
import { checkProfile, emptyProfile, profileFieldIds, profileValuesOf, type ProfileValues } from './profile-values'

const zh = translator(jobsMessages, 'zh-CN')
const en = translator(jobsMessages, 'en')

const filled: ProfileValues = {
  occupations: ['4-09-08-01'],
  skills: '保洁、做饭',
  certificates: '健康证',
  home: devicePoint({ community: '南浦社区', regionCode: '330302', lat: '', lng: '', source: 'none' }, 28.00811, 120.66432),
  travelKm: '5',
  days: [6, 1, 3],
  from: '8:00',
  to: '17:30',
  payAmount: '180',
  payUnit: 'day',
}

test('a filled form becomes the profile the contract takes: lists split, money in fen, the same hours on each day', () => {
  const checked = checkProfile(filled, 'zh-CN', zh)
  expect(checked).toEqual({
    ok: true,
    value: {
      occupations: ['4-09-08-01'],
      skills: ['保洁', '做饭'],
      certificates: ['健康证'],
      home: { community: '南浦社区', regionCode: '330302', lat: 28.0081, lng: 120.6643 },
      travelKm: 5,
      availability: [
        { day: 1, from: '08:00', to: '17:30' },
        { day: 3, from: '08:00', to: '17:30' },
        { day: 6, from: '08:00', to: '17:30' },
      ],
      expectedPay: { amountFen: 18_000, unit: 'day' },
    },
  })
})

test('an empty form names each field in the reader’s language, in the order of the page, the form’s own words first', () => {
  const checked = checkProfile(emptyProfile, 'zh-CN', zh)
  expect(checked.ok).toBe(false)
  if (checked.ok) return
  const errors = fieldProblems(checked.problems, profileFieldIds)
  expect(errors).toEqual([
    { fieldId: 'profile-community', message: '请填写此项' },
    { fieldId: 'profile-region', message: '请选择一项' },
    { fieldId: 'profile-lat', message: '请点“用我现在的位置”，或选区县后用区县中心的位置' },
    { fieldId: 'profile-days', message: '请至少选择一天' },
    { fieldId: 'profile-pay', message: '请填写金额，例如 180 或 25.5' },
  ])
})

test('the contract’s own limits come back in English too: too far, hours the wrong way round', () => {
  const checked = checkProfile({ ...filled, travelKm: '150', from: '18:00', to: '09:00' }, 'en', en)
  expect(checked.ok).toBe(false)
  if (checked.ok) return
  expect(fieldProblems(checked.problems, profileFieldIds)).toEqual([
    { fieldId: 'profile-travel', message: 'The distance you will travel must be more than 0 and at most 100 km' },
    { fieldId: 'profile-to', message: 'The end must be after the start; split a shift that runs past midnight in two' },
  ])
})

test('coordinates that are not numbers are said to be so, not that they are missing', () => {
  const checked = checkProfile({ ...filled, home: { ...filled.home, lat: '北纬28', source: 'typed' } }, 'zh-CN', zh)
  expect(checked.ok).toBe(false)
  if (checked.ok) return
  expect(fieldProblems(checked.problems, profileFieldIds)).toEqual([{ fieldId: 'profile-lat', message: '经纬度应是数字，纬度在 -90 到 90 之间，经度在 -180 到 180 之间' }])
})

test('without the phone’s location, the chosen county’s rough centre fills the point and says where it came from', () => {
  const place = centrePoint({ community: '', regionCode: '330304', lat: '', lng: '', source: 'none' })
  expect(place).toEqual({ community: '', regionCode: '330304', lat: '27.9713', lng: '120.6364', source: 'centre' })
  // A county without a known centre leaves the point as it was.
  expect(centrePoint({ community: '', regionCode: '110101', lat: '', lng: '', source: 'none' }).source).toBe('none')
})

test('a saved profile comes back into the form as typed, and saves again unchanged', () => {
  const profile: SeekerProfile = {
    occupations: ['4-09-08-01', '4-10-01-06'],
    skills: ['保洁'],
    certificates: [],
    home: { community: '南浦社区', regionCode: '330302', lat: 28.0081, lng: 120.6643 },
    travelKm: 2.5,
    availability: [
      { day: 2, from: '09:00', to: '12:00' },
      { day: 4, from: '09:00', to: '12:00' },
    ],
    expectedPay: { amountFen: 2_550, unit: 'hour' },
  }
  const values = profileValuesOf(profile, '、')
  expect(values).toMatchObject({ skills: '保洁', travelKm: '2.5', days: [2, 4], from: '09:00', to: '12:00', payAmount: '25.5', payUnit: 'hour' })
  expect(checkProfile(values, 'zh-CN', zh)).toEqual({ ok: true, value: profile })
})
