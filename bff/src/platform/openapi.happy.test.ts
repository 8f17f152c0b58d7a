import { expect, test } from 'vitest'
import { z } from 'zod'
import { allOperations } from '@renshe/shared/platform/operations'
import { createTestContext } from '../testing/harness'

const Document = z.object({
  openapi: z.string(),
  info: z.object({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.object({ operationId: z.string(), responses: z.record(z.string(), z.unknown()) }).passthrough())),
  components: z.object({ securitySchemes: z.record(z.string(), z.unknown()) }).passthrough(),
})

function openApiPath(path: string): string {
  return `/api${path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`
}

test('the OpenAPI document is version 3.1 and describes every operation of the contract at its path and method', async () => {
  const t = await createTestContext({ seed: false })
  const response = await t.call('GET', '/api/openapi.json')
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
  const document = Document.parse(await response.json())
  expect(document.openapi).toBe('3.1.0')
  expect(document.components.securitySchemes).toHaveProperty('bearer')

  for (const operation of allOperations) {
    const described = document.paths[openApiPath(operation.path)]?.[operation.method]
    expect(described?.operationId, operation.id).toBe(operation.id)
    expect(Object.keys(described?.responses ?? {}), operation.id).toContain(String(operation.successStatus ?? 200))
    if (operation.access.kind !== 'public') expect(Object.keys(described?.responses ?? {}), operation.id).toEqual(expect.arrayContaining(['401', '403']))
  }
  const described = Object.values(document.paths).flatMap((methods) => Object.values(methods).map((entry) => entry.operationId))
  expect(described.sort()).toEqual(allOperations.map((operation) => operation.id).sort())
})

test('the OpenAPI document tells which operations take an Idempotency-Key and which can be done by proxy', async () => {
  const t = await createTestContext({ seed: false })
  const text = JSON.stringify(await (await t.call('GET', '/api/openapi.json')).json())
  const document = Document.parse(JSON.parse(text))
  const parameters = (path: string, method: string) =>
    JSON.stringify(document.paths[path]?.[method]?.parameters ?? [])
  expect(parameters('/api/records/certificates', 'post')).toContain('Idempotency-Key')
  expect(parameters('/api/records/summary', 'get')).toContain('X-Acting-For')
  expect(parameters('/api/me/access-log', 'get')).not.toContain('X-Acting-For')
})

test('partner operations are described as needing the partner key of their data level; session operations keep the bearer token', async () => {
  const t = await createTestContext({ seed: false })
  const document = Document.parse(await (await t.call('GET', '/api/openapi.json')).json())
  expect(document.components.securitySchemes.partnerKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Partner-Key' })
  const partnerOperations = allOperations.filter((operation) => operation.access.kind === 'partner')
  expect(partnerOperations.length).toBeGreaterThan(0)
  for (const operation of allOperations) {
    const described = document.paths[openApiPath(operation.path)]?.[operation.method]
    const expected = { public: [], session: [{ bearer: [] }], partner: [{ partnerKey: [] }] }[operation.access.kind]
    expect(described?.security, operation.id).toEqual(expected)
    if (operation.access.kind === 'partner') {
      expect(described?.['x-data-level'], operation.id).toBe(operation.access.dataLevel)
      expect(Object.keys(described?.responses ?? {}), operation.id).toEqual(expect.arrayContaining(['401', '403', '429']))
    }
  }
})
