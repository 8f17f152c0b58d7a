import { expect, test } from 'vitest'
import { translator } from '../../lib/i18n/translate'
import { domainLabels } from '../../ui/domain-labels'
import { byDeadline, daysWords, faceTriesLeft, howCertified, needsCertifying, statusHeadline } from './certification-words'
import { retireeMessages } from './messages'
import { visitItem } from './test-fixtures'

const zh = translator(retireeMessages, 'zh-CN')
const en = translator(retireeMessages, 'en')
const headline = (t: typeof zh, state: Parameters<typeof statusHeadline>[0], daysLeft: number) => {
  const words = statusHeadline(state, daysLeft)
  return t(words.key, { days: words.days, date: '2027年11月29日' })
}

test('a pensioner reads where the certification stands in words, with the days left or late', () => {
  expect(headline(zh, 'due', 20)).toBe('养老金资格认证：还剩 20 天')
  expect(headline(zh, 'due', 1)).toBe('养老金资格认证：还剩 1 天')
  expect(headline(zh, 'due', 0)).toBe('养老金资格认证：今天到期')
  expect(headline(zh, 'overdue', -5)).toBe('养老金资格认证：已逾期 5 天')
  expect(headline(zh, 'overdue', -1)).toBe('养老金资格认证：已逾期 1 天')
  expect(headline(zh, 'suspended', -40)).toBe('养老金已暂停发放，认证后补发')
  expect(headline(zh, 'certified', 300)).toBe('已认证，下次认证 2027年11月29日前')
  expect(headline(en, 'due', 20)).toBe('Pension certification: 20 days left')
  expect(headline(en, 'overdue', -5)).toBe('Pension certification: overdue by 5 days')
})

test('only due, overdue and suspended pensions ask for a certification', () => {
  expect(['certified', 'due', 'overdue', 'suspended', 'stopped'].filter((state) => needsCertifying(state as 'due'))).toEqual(['due', 'overdue', 'suspended'])
})

test('a certification by a partner signal names where it came from', () => {
  const label = translator(domainLabels, 'zh-CN')
  expect(label(howCertified('partner_signal', 'hospital'))).toBe('医院就诊记录自动认证')
  expect(translator(domainLabels, 'en')(howCertified('partner_signal', 'hospital'))).toBe('Certified automatically by a hospital visit')
  expect(label(howCertified('face', null))).toBe('刷脸认证')
  expect(label(howCertified('home_visit', null))).toBe('网格员上门认证')
})

test('deadlines for grid staff read as days left or overdue', () => {
  expect(zh(daysWords(3).key, { days: daysWords(3).days })).toBe('还剩 3 天')
  expect(zh(daysWords(0).key, { days: daysWords(0).days })).toBe('今天到期')
  expect(zh(daysWords(-2).key, { days: daysWords(-2).days })).toBe('已逾期 2 天')
  expect(daysWords(-1)).toEqual({ key: 'days.overdueOne', days: 1, overdue: true })
})

test('three face checks are allowed before a home visit is offered', () => {
  expect([0, 1, 2, 3, 4].map(faceTriesLeft)).toEqual([3, 2, 1, 0, 0])
})

test('the visit list puts the nearest deadline first, the most overdue at the top', () => {
  const sorted = byDeadline([visitItem({ taskId: 'a', daysLeft: 12 }), visitItem({ taskId: 'b', daysLeft: -30 }), visitItem({ taskId: 'c', daysLeft: 0 })])
  expect(sorted.map((item) => item.taskId)).toEqual(['b', 'c', 'a'])
})
