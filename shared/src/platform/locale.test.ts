import { expect, test } from 'vitest'
import { negotiateLocale } from './locale'
import { fieldMessages, problemTitles } from './messages'

test.each([
  [undefined, 'zh-CN'],
  ['', 'zh-CN'],
  ['en-GB,en;q=0.9', 'en'],
  ['zh-TW,zh;q=0.9,en;q=0.8', 'zh-CN'],
  ['fr-FR,en;q=0.5,zh;q=0.4', 'en'],
  ['en;q=0.2,zh-CN;q=0.8', 'zh-CN'],
  ['de-DE', 'zh-CN'],
  ['en;q=0', 'zh-CN'],
])('Accept-Language %j answers in %s', (header, locale) => {
  expect(negotiateLocale(header)).toBe(locale)
})

test('every message and problem title exists in both languages', () => {
  for (const texts of [...Object.values(fieldMessages), ...Object.values(problemTitles)]) {
    expect(texts['zh-CN'].trim()).not.toBe('')
    expect(texts.en.trim()).not.toBe('')
  }
})
