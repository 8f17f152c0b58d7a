import { expect, test, vi } from 'vitest'
import { citizen } from '../../../test/fixtures'

/**
 * The app starting afresh with `stored` (a JSON text) in storage: its storage and its session
 * store, new modules both (the store reads storage when it is made).
 */
async function startWith(stored: string | undefined) {
  vi.resetModules()
  const Taro = (await import('@tarojs/taro')).default
  Taro.clearStorageSync()
  if (stored !== undefined) Taro.setStorageSync('renshe.session', stored)
  const { sessionStore } = await import('./session-store')
  return { Taro, sessionStore }
}

test('a session written by this client is read back on the next start, stamped with its format', async () => {
  const first = await startWith(undefined)
  expect(first.sessionStore.get()).toBeNull()
  first.sessionStore.set({ token: 't-1', me: citizen })
  const written = String(first.Taro.getStorageSync('renshe.session'))
  expect(JSON.parse(written)).toEqual({ format: STORED_FORMAT, value: { token: 't-1', me: citizen } })

  const next = await startWith(written)
  expect(next.sessionStore.get()).toEqual({ token: 't-1', me: citizen })
})

test.each([
  ['written before stored values carried a format', { token: 't-1', me: citizen }],
  ['written by a client whose Me had another shape', { format: '0123456789abcdef', value: { token: 't-1', me: citizen } }],
  ['with no token', { format: STORED_FORMAT, value: { token: '', me: citizen } }],
  ['with no person', { format: STORED_FORMAT, value: { token: 't-1', me: null } }],
  ['that is not an object', 't-1'],
])('a stored session %s is not read: its holder logs in again', async (_, stored) => {
  const { sessionStore, Taro } = await startWith(JSON.stringify(stored))
  expect(Taro.getStorageSync('renshe.session')).toBe(JSON.stringify(stored))
  expect(sessionStore.get()).toBeNull()
})

test('storage that is not JSON at all is no session', async () => {
  expect((await startWith('{"token":')).sessionStore.get()).toBeNull()
})
