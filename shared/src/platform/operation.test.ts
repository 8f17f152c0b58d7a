import { expect, test } from 'vitest'
import { fillPath } from './operation'
import { allOperations } from './operations'

test('path parameters are filled in and encoded', () => {
  expect(fillPath('/records/certificates/:id', { id: 'a b/c' })).toBe('/records/certificates/a%20b%2Fc')
  expect(() => fillPath('/records/certificates/:id', {})).toThrow('missing path parameter id')
})

test('every operation has a unique id and a unique method and path', () => {
  const ids = allOperations.map((op) => op.id)
  const routes = allOperations.map((op) => `${op.method} ${op.path}`)
  expect(new Set(ids).size).toBe(ids.length)
  expect(new Set(routes).size).toBe(routes.length)
})

test('only operations that citizens call can be done by proxy', () => {
  for (const op of allOperations) {
    if (op.access.kind === 'session' && op.access.proxyScope) expect(op.access.roles).toContain('citizen')
  }
})
