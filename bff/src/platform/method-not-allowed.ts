import type { Operation } from '@renshe/shared/platform/operation'

/**
 * Not `hono/method-not-allowed`: it lists `HEAD` for every GET route (the tested `Allow` of
 * `DELETE /api/me` is `GET`), and it reads every registered route rather than the served
 * operations, so `/api/health` and `/api/openapi.json` would start answering 405 too.
 *
 * For a path the API serves, but not with the method asked: the methods it does serve, so the
 * answer can be 405 with `Allow` rather than a misleading 404.
 */
export function allowedMethods(operations: readonly Operation[]): (path: string) => string[] {
  const routes = operations.map((operation) => ({
    method: operation.method.toUpperCase(),
    pattern: new RegExp(`^/api${operation.path.replace(/:[A-Za-z0-9_]+/g, '[^/]+')}/?$`),
  }))
  return (path) => [...new Set(routes.filter((route) => route.pattern.test(path)).map((route) => route.method))]
}
