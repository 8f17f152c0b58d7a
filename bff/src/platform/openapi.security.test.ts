import { expect, test } from 'vitest'
import { z } from 'zod'
import { LoginProvider } from '@renshe/shared/identity/schemas'
import { allOperations } from '@renshe/shared/platform/operations'
import { createTestContext } from '../testing/harness'
import { expectOk, expectProblem } from '../testing/http'

const Document = z.object({ openapi: z.string(), paths: z.record(z.string(), z.record(z.string(), z.object({ operationId: z.string() }).passthrough())) })
const production = { NODE_ENV: 'production' }

test('in production the OpenAPI document leaves out the development login, and keeps everything else', async () => {
  const t = await createTestContext({ env: production, seed: false })
  const document = Document.parse(await (await t.call('GET', '/api/openapi.json')).json())
  expect(Object.keys(document.paths).filter((path) => path.startsWith('/api/auth/dev/'))).toEqual([])
  const described = Object.values(document.paths).flatMap((methods) => Object.values(methods).map((entry) => entry.operationId))
  const expected = allOperations.filter((operation) => !operation.path.startsWith('/auth/dev/')).map((operation) => operation.id)
  expect(described.sort()).toEqual(expected.sort())
  expect(expected.length).toBe(allOperations.length - 2)
})

test('in production the development login routes do not exist', async () => {
  const t = await createTestContext({ env: production, seed: false })
  await expectProblem(await t.call('POST', '/api/auth/dev/login', { body: { account: 'admin' } }), 'not_found')
  await expectProblem(await t.call('GET', '/api/auth/dev/accounts'), 'not_found')
  const providers = await expectOk(await t.call('GET', '/api/auth/providers'), z.object({ providers: z.array(LoginProvider) }))
  expect(providers).toEqual({ providers: [] })
})

test('in production the development login stays absent even when the demo accounts exist in the database', async () => {
  const t = await createTestContext({ env: production })
  await expectProblem(await t.call('POST', '/api/auth/dev/login', { body: { account: 'admin' } }), 'not_found')
})
