import { afterEach, expect, test } from 'vitest'
import { currentLocale, localeStore } from './locale-store'

function phoneSpeaks(...languages: string[]): void {
  Object.defineProperty(window.navigator, 'languages', { get: () => languages, configurable: true })
}

afterEach(() => phoneSpeaks('zh-CN', 'zh'))

test('on first open the portal speaks the phone’s language: English for an English phone, Chinese for a Chinese one or any other', () => {
  phoneSpeaks('en-GB', 'en')
  expect(currentLocale()).toBe('en')
  phoneSpeaks('zh-TW', 'en')
  expect(currentLocale()).toBe('zh-CN')
  phoneSpeaks('fr-FR')
  expect(currentLocale()).toBe('zh-CN')
})

test('once the person chooses, the choice sticks whatever the phone says', () => {
  phoneSpeaks('en-US')
  localeStore.set('zh-CN')
  expect(currentLocale()).toBe('zh-CN')
  phoneSpeaks('zh-CN')
  localeStore.set('en')
  expect(currentLocale()).toBe('en')
})
