import { expect, test } from 'vitest'
import { fieldMessage, isFieldMessageKey } from '../platform/messages'
import { jobsFieldMessages } from './messages'
import { payText, reasonsText, reasonText, yuanText } from './match-messages'
import type { NameOf } from './match-messages'
import type { MatchReason } from './schemas'

// Names as a lookup of occupations and skills would give them; the codes are test data.
const names: Record<string, Record<'zh-CN' | 'en', string>> = {
  '4-09-08-01': { 'zh-CN': '保洁员', en: 'cleaner' },
  cleaning: { 'zh-CN': '保洁', en: 'cleaning' },
  ironing: { 'zh-CN': '熨烫', en: 'ironing' },
  cooking: { 'zh-CN': '烹饪', en: 'cooking' },
  health: { 'zh-CN': '健康证', en: 'health certificate' },
}
const nameOf: NameOf = (_kind, key, locale) => names[key]?.[locale]

const dayJobReasons: MatchReason[] = [
  { kind: 'distance', km: 1.2 },
  { kind: 'skills', matched: ['cleaning'] },
  { kind: 'jobKind', jobKind: 'day' },
  { kind: 'pay', pay: { amountFen: 18_000, unit: 'day' } },
]

test('a seeker reads a day job in plain words, in Chinese and in English', () => {
  expect(reasonsText(dayJobReasons, 'zh-CN', nameOf)).toBe('离您 1.2 公里 · 符合您的保洁技能 · 日结 · 每天 180 元')
  expect(reasonsText(dayJobReasons, 'en', nameOf)).toBe('1.2 km from you · matches your cleaning skill · paid daily · ¥180 a day')
})

test('distances under 1 km are read in hundreds of metres, never less than 100 m', () => {
  const text = (km: number, locale: 'zh-CN' | 'en') => reasonText({ kind: 'distance', km }, locale)
  expect(text(0.34, 'zh-CN')).toBe('离您 300 米')
  expect(text(0.34, 'en')).toBe('300 m from you')
  expect(text(0.01, 'zh-CN')).toBe('离您 100 米')
  expect(text(0.96, 'en')).toBe('1.0 km from you')
  expect(text(12.345, 'zh-CN')).toBe('离您 12.3 公里')
})

test('pay is read in its own unit, with cents only when there are any', () => {
  expect(payText({ amountFen: 2_500, unit: 'hour' }, 'zh-CN')).toBe('每小时 25 元')
  expect(payText({ amountFen: 2_500, unit: 'hour' }, 'en')).toBe('¥25 an hour')
  expect(payText({ amountFen: 650_000, unit: 'month' }, 'zh-CN')).toBe('每月 6500 元')
  expect(payText({ amountFen: 650_000, unit: 'month' }, 'en')).toBe('¥6,500 a month')
  expect(payText({ amountFen: 80, unit: 'piece' }, 'zh-CN')).toBe('每件 0.80 元')
  expect(payText({ amountFen: 80, unit: 'piece' }, 'en')).toBe('¥0.80 a piece')
  expect(yuanText(123_456_789, 'en')).toBe('1,234,567.89')
})

test('occupations and skills are named through the lookup, and by their keys without one', () => {
  const occupation: MatchReason = { kind: 'occupation', occupation: '4-09-08-01' }
  expect(reasonText(occupation, 'zh-CN', nameOf)).toBe('您想找的保洁员工作')
  expect(reasonText(occupation, 'en', nameOf)).toBe('the cleaner work you are looking for')
  expect(reasonText(occupation, 'en')).toBe('the 4-09-08-01 work you are looking for')
  const related: MatchReason = { kind: 'relatedOccupation', occupation: '4-09-08-02', wanted: '4-09-08-01' }
  expect(reasonText(related, 'zh-CN', nameOf)).toBe('与您想找的保洁员工作相近')
  expect(reasonText(related, 'en', nameOf)).toBe('close to the cleaner work you are looking for')
})

test('several skills, certificates held and what is still missing read as lists', () => {
  const skills: MatchReason = { kind: 'skills', matched: ['cleaning', 'ironing', 'cooking'] }
  expect(reasonText(skills, 'zh-CN', nameOf)).toBe('符合您的保洁、熨烫、烹饪技能')
  expect(reasonText(skills, 'en', nameOf)).toBe('matches your cleaning, ironing and cooking skills')
  expect(reasonText({ kind: 'skills', matched: ['cleaning', 'ironing'] }, 'en', nameOf)).toBe('matches your cleaning and ironing skills')
  expect(reasonText({ kind: 'certificates', matched: ['health'] }, 'zh-CN', nameOf)).toBe('您持有所需的健康证')
  expect(reasonText({ kind: 'certificates', matched: ['health'] }, 'en', nameOf)).toBe('you hold the health certificate it asks for')
  const missing: MatchReason = { kind: 'missing', skills: ['ironing'], certificates: ['health'] }
  expect(reasonText(missing, 'zh-CN', nameOf)).toBe('还要求：熨烫、健康证')
  expect(reasonText(missing, 'en', nameOf)).toBe('also asks for: ironing, health certificate')
  expect(reasonText({ kind: 'noRequirements' }, 'zh-CN')).toBe('不要求技能和证书')
  expect(reasonText({ kind: 'noRequirements' }, 'en')).toBe('no skills or certificates asked for')
})

test('schedule overlap reads in whole percent, rounded down so only a full fit says "all"', () => {
  const schedule = (share: number, locale: 'zh-CN' | 'en') => reasonText({ kind: 'schedule', share }, locale)
  expect(schedule(1, 'zh-CN')).toBe('工作时间都在您有空的时段')
  expect(schedule(1, 'en')).toBe('all within your free hours')
  expect(schedule(0.999, 'en')).toBe('99% within your free hours')
  expect(schedule(0.5, 'zh-CN')).toBe('50% 的工作时间在您有空的时段')
  expect(schedule(0.001, 'en')).toBe('1% within your free hours')
  expect(schedule(0, 'zh-CN')).toBe('工作时间不在您有空的时段')
  expect(schedule(0, 'en')).toBe('outside your free hours')
})

test('kinds of job, pay below expectation and piece rates are named in both languages', () => {
  expect(reasonText({ kind: 'jobKind', jobKind: 'full_time' }, 'zh-CN')).toBe('全职')
  expect(reasonText({ kind: 'jobKind', jobKind: 'part_time' }, 'en')).toBe('part-time')
  const below: MatchReason = { kind: 'payBelowExpectation', expected: { amountFen: 20_000, unit: 'day' } }
  expect(reasonText(below, 'zh-CN')).toBe('低于您期望的每天 200 元')
  expect(reasonText(below, 'en')).toBe('below the ¥200 a day you expect')
  expect(reasonText({ kind: 'payNotComparable' }, 'zh-CN')).toBe('计件报酬，不与您的期望比较')
  expect(reasonText({ kind: 'payNotComparable' }, 'en')).toBe('piece rate, not compared with the pay you expect')
})

test('the jobs field messages have both languages and keys of their own, clashing with none already shared', () => {
  for (const [key, texts] of Object.entries(jobsFieldMessages)) {
    expect(key).toMatch(/^(jobs|occupation|contributionBase|paymentPeriod)\./)
    if (isFieldMessageKey(key)) expect(fieldMessage(key, 'en')).toBe(texts.en)
    expect(texts['zh-CN'].length).toBeGreaterThan(0)
    expect(texts.en.length).toBeGreaterThan(0)
  }
})
