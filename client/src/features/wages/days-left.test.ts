import { expect, test } from 'vitest'
import { translator } from '../../lib/i18n/translate'
import { chinaToday, daysLeftWords, daysUntil } from './days-left'
import { wagesMessages } from './messages'

const say = (days: number, locale: 'zh-CN' | 'en') => {
  const words = daysLeftWords(days)
  return translator(wagesMessages, locale)(words.key, { days: words.days })
}

test('days to a deadline are counted in China calendar days', () => {
  expect(daysUntil('2026-12-04', '2026-11-29')).toBe(5)
  expect(daysUntil('2026-11-29', '2026-11-29')).toBe(0)
  expect(daysUntil('2026-11-27', '2026-11-29')).toBe(-2)
  // 20:00 UTC on the 28th is already the 29th in China.
  expect(chinaToday(new Date('2026-11-28T20:00:00.000Z'))).toBe('2026-11-29')
})

test('a deadline reads as days left, due today, or overdue by so many days, in both languages', () => {
  expect(say(5, 'zh-CN')).toBe('还剩 5 天')
  expect(say(1, 'en')).toBe('1 day left')
  expect(say(3, 'en')).toBe('3 days left')
  expect(say(0, 'zh-CN')).toBe('今天到期')
  expect(say(-1, 'en')).toBe('Overdue by 1 day')
  expect(say(-4, 'zh-CN')).toBe('已超期 4 天')
  expect(say(-4, 'en')).toBe('Overdue by 4 days')
  expect(daysLeftWords(-4).overdue).toBe(true)
  expect(daysLeftWords(0).overdue).toBe(false)
})
