import { expect, test } from 'vitest'
import { z } from 'zod'
import { Me, ProxyClient } from '../../shared/src/identity/schemas'
import { storedFormat } from './stored-format'

test('the stamp of what the app stores is the same on every build of the same shapes, and changes with any of them', () => {
  expect(storedFormat()).toMatch(/^[0-9a-f]{16}$/)
  expect(storedFormat()).toBe(storedFormat([Me, ProxyClient]))
  expect(storedFormat([Me.extend({ phone: z.string() }), ProxyClient])).not.toBe(storedFormat())
  expect(storedFormat([Me.omit({ staffCode: true }), ProxyClient])).not.toBe(storedFormat())
  expect(storedFormat([Me.extend({ suggestCareMode: z.string() }), ProxyClient])).not.toBe(storedFormat())
  expect(storedFormat([Me, ProxyClient.extend({ scopes: z.array(z.string()) })])).not.toBe(storedFormat())
})

test('the client under test is built with the stamp of today’s shapes', () => {
  expect(STORED_FORMAT).toBe(storedFormat())
})
