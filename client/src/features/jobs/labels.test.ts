import { expect, test } from 'vitest'
import { translator } from '../../lib/i18n/translate'
import { datesText, daysText, occupationLabel, placeText, shiftsText, statusTone } from './labels'
import { jobsMessages } from './messages'
import { kindAsked, kindFilters } from './open-filter'

const zh = translator(jobsMessages, 'zh-CN')
const en = translator(jobsMessages, 'en')

test('an occupation reads as its classification name and code; an unknown code as itself', () => {
  expect(occupationLabel('4-09-08-01', 'zh-CN')).toBe('保洁员（4-09-08-01）')
  expect(occupationLabel('4-09-08-01', 'en')).toBe('保洁员 (4-09-08-01)')
  expect(occupationLabel('9-99-99-99', 'en')).toBe('9-99-99-99')
})

test('days and shifts read as people say them, Monday first', () => {
  expect(daysText([6, 1, 3], zh)).toBe('周一、周三、周六')
  expect(daysText([6, 1, 3], en)).toBe('Mon, Wed, Sat')
  expect(shiftsText({ kind: 'weekly', times: [{ day: 2, from: '09:00', to: '12:00' }, { day: 4, from: '09:00', to: '12:00' }] }, zh, 'zh-CN')).toBe('周二、周四 09:00–12:00')
  expect(shiftsText({ kind: 'dated', times: [{ date: '2026-11-20', from: '08:00', to: '12:00' }, { date: '2026-11-21', from: '08:00', to: '12:00' }] }, en, 'en')).toBe(
    '20 Nov 2026, 21 Nov 2026 08:00–12:00',
  )
})

test('dates of a job: from a day, or from one to another', () => {
  expect(datesText('2026-11-20', null, zh, 'zh-CN')).toBe('2026年11月20日 起')
  expect(datesText('2026-11-20', '2026-11-21', en, 'en')).toBe('20 Nov 2026 to 21 Nov 2026')
})

test('every kind, unit, status and day has words in both languages', () => {
  for (const t of [zh, en]) {
    for (const key of ['kind.day', 'kind.part_time', 'kind.full_time', 'unit.hour', 'unit.day', 'unit.month', 'unit.piece', 'status.in_review', 'status.held', 'status.open', 'status.declined'] as const) {
      expect(t(key), key).not.toBe('')
    }
  }
  expect(statusTone('open')).toBe('ok')
  expect(statusTone('held')).toBe('warn')
  expect(statusTone('declined')).toBe('plain')
  expect(placeText({ community: '南浦社区', regionCode: '330302' }, (code) => (code === '330302' ? '鹿城区' : code))).toBe('鹿城区 · 南浦社区')
})

test('the kind filter offers day work first, and asks the server for the kind chosen, or for every kind', () => {
  expect(kindFilters).toEqual(['all', 'day', 'part_time', 'full_time'])
  expect(kindFilters.map(kindAsked)).toEqual([undefined, 'day', 'part_time', 'full_time'])
})
