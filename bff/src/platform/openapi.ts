import type { Hono } from 'hono'
import { z } from 'zod'
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi'
import type { Operation } from '@renshe/shared/platform/operation'
import { Problem } from '@renshe/shared/platform/problem'
import type { AppEnv } from './app-env'
import type { Deps } from './deps'
import { servedOperations } from './served-operations'

const problemContent = { 'application/problem+json': { schema: Problem } }

function problems(operation: Operation): ZodOpenApiOperationObject['responses'] {
  const statuses: Record<string, string> = { '400': 'Invalid input', '500': 'Unexpected error' }
  if (operation.access.kind === 'session') {
    statuses['401'] = 'Not logged in, or the session has ended'
    statuses['403'] = 'Wrong role, missing real name or consent, or an invalid proxy grant'
  }
  if (operation.access.kind === 'partner') {
    statuses['401'] = 'Missing, unknown or revoked partner key'
    statuses['403'] = `The key's data level is below ${operation.access.dataLevel}`
  }
  if (operation.params) statuses['404'] = 'No such object, or not yours'
  if (operation.body) {
    statuses['413'] = 'Body too large'
    statuses['415'] = 'Body is not application/json'
  }
  if (operation.upload) {
    statuses['413'] = `File larger than ${operation.upload.maxBytes} bytes`
    statuses['415'] = 'Body is not multipart/form-data'
  }
  if (operation.idempotent) {
    statuses['409'] = 'The first request with this Idempotency-Key is still running'
    statuses['422'] = 'This Idempotency-Key was used with a different request'
  }
  if (operation.rateLimit) statuses['429'] = 'Too many requests; see Retry-After'
  return Object.fromEntries(Object.entries(statuses).map(([status, description]) => [status, { description, content: problemContent }]))
}

/**
 * One binary part, the file. OpenAPI 3.1 says binary with `contentMediaType`; `format: binary`
 * is the 3.0 way, kept because generators and Swagger UI still look for it to offer a file picker.
 */
function uploadBody(upload: NonNullable<Operation['upload']>): NonNullable<ZodOpenApiOperationObject['requestBody']> {
  return {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: [upload.field],
          properties: {
            [upload.field]: {
              type: 'string',
              format: 'binary',
              contentMediaType: 'application/octet-stream',
              description: `At most ${upload.maxBytes} bytes. The type is decided from the content, not the name.`,
            },
          },
          additionalProperties: false,
        },
      },
    },
  }
}

function describe(operation: Operation): ZodOpenApiOperationObject {
  const headers: Record<string, z.ZodType> = {}
  if (operation.idempotent) headers['Idempotency-Key'] = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/).optional()
  if (operation.access.kind === 'session' && operation.access.proxyScope) {
    headers['X-Acting-For'] = z
      .string()
      .optional()
      .meta({ description: `Grant id, when a grid staff member acts for a citizen. Needs scope ${operation.access.proxyScope}.` })
  }
  const requestParams: NonNullable<ZodOpenApiOperationObject['requestParams']> = {}
  if (operation.params) requestParams.path = operation.params as z.ZodObject
  if (operation.query) requestParams.query = operation.query as z.ZodObject
  if (Object.keys(headers).length > 0) requestParams.header = z.object(headers)

  const described: ZodOpenApiOperationObject = {
    operationId: operation.id,
    summary: operation.summary,
    tags: [...operation.tags],
    security: securityOf(operation),
    requestParams,
    responses: {
      [String(operation.successStatus ?? 200)]: { description: 'Success', content: { 'application/json': { schema: operation.response } } },
      ...problems(operation),
    },
  }
  if (operation.body) described.requestBody = { required: true, content: { 'application/json': { schema: operation.body } } }
  if (operation.upload) described.requestBody = uploadBody(operation.upload)
  if (operation.access.kind === 'session') {
    described['x-roles'] = [...operation.access.roles]
  }
  if (operation.access.kind === 'partner') {
    described['x-data-level'] = operation.access.dataLevel
  }
  return described
}

function securityOf(operation: Operation): NonNullable<ZodOpenApiOperationObject['security']> {
  if (operation.access.kind === 'session') return [{ bearer: [] }]
  if (operation.access.kind === 'partner') return [{ partnerKey: [] }]
  return []
}

export function buildOpenApiDocument(operations: readonly Operation[]) {
  const paths: ZodOpenApiPathsObject = {}
  for (const operation of operations) {
    const path = `/api${operation.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`
    paths[path] = { ...paths[path], [operation.method]: describe(operation) }
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Renshe Portal API',
      version: '1.0.0',
      description:
        'Human-resources and social-security services of the province. Errors are RFC 9457 problem details with a stable `code`.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Opaque session token from a login operation' },
        partnerKey: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Partner-Key',
          description:
            'Key of a registered partner department, issued once at registration. Its data level (1: life signals; 2: also death records) must reach the operation\'s `x-data-level`. Calls are rate-limited per key and audited.',
        },
      },
    },
    paths,
  })
}

export function registerOpenApi(app: Hono<AppEnv>, deps: Deps): void {
  let document: string | null = null
  app.get('/api/openapi.json', (c) => {
    document ??= JSON.stringify(buildOpenApiDocument(servedOperations(deps.config)))
    return c.body(document, 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' })
  })
}
