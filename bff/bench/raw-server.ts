// The baseline: node:http with the engine's own driver and prepared statements (better-sqlite3,
// synchronous as it is, or node-postgres on PostgreSQL), answering the portal's hot reads with
// no framework, no validation and no audit.
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import Database from 'better-sqlite3'
import pg from 'pg'
import { rawQueries } from './raw-queries'

type Route = { readonly kind: 'year'; readonly year: string; readonly tokenHash: string | null } | { readonly kind: 'certificate'; readonly code: string } | null

function routeOf(req: IncomingMessage): Route {
  const url = new URL(req.url ?? '/', 'http://raw')
  const year = /^\/api\/records\/years\/(\d{4})$/.exec(url.pathname)?.[1]
  if (year) {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    return { kind: 'year', year, tokenHash: token ? createHash('sha256').update(token).digest('hex') : null }
  }
  const code = /^\/api\/verify\/certificates\/([0-9A-Z]{12})$/.exec(url.pathname)?.[1]
  return code ? { kind: 'certificate', code } : null
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) res.writeHead(status).end()
  else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}

function sqliteHandler(path: string) {
  const db = new Database(path, { readonly: true })
  const q = rawQueries.sqlite
  const session = db.prepare<[string, string], { user_id: string }>(q.session)
  const person = db.prepare<[string], { id: string }>(q.person)
  const year = db.prepare<[string, string, string]>(q.year)
  const certificate = db.prepare<[string]>(q.certificate)
  return (req: IncomingMessage, res: ServerResponse) => {
    const route = routeOf(req)
    if (route?.kind === 'year') {
      const userId = route.tokenHash ? session.get(route.tokenHash, new Date().toISOString())?.user_id : undefined
      const personId = userId ? person.get(userId)?.id : undefined
      if (!personId) return send(res, 401)
      return send(res, 200, { year: Number(route.year), rows: year.all(personId, `${route.year}-01`, `${route.year}-12`) })
    }
    if (route?.kind === 'certificate') {
      const row = certificate.get(route.code)
      return row ? send(res, 200, row) : send(res, 404)
    }
    return send(res, 404)
  }
}

function postgresHandler(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  const q = rawQueries.postgres
  const rows = async (name: string, text: string, values: unknown[]) => (await pool.query({ name, text, values })).rows as Record<string, unknown>[]
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const route = routeOf(req)
    if (route?.kind === 'year') {
      const userId = route.tokenHash ? (await rows('raw_session', q.session, [route.tokenHash, new Date().toISOString()]))[0]?.user_id : undefined
      const personId = userId ? (await rows('raw_person', q.person, [userId]))[0]?.id : undefined
      if (!personId) return send(res, 401)
      return send(res, 200, { year: Number(route.year), rows: await rows('raw_year', q.year, [personId, `${route.year}-01`, `${route.year}-12`]) })
    }
    if (route?.kind === 'certificate') {
      const [row] = await rows('raw_certificate', q.certificate, [route.code])
      return row ? send(res, 200, row) : send(res, 404)
    }
    return send(res, 404)
  }
  return (req: IncomingMessage, res: ServerResponse) => {
    answer(req, res).catch(() => send(res, 500))
  }
}

const handler = process.env.DATABASE_URL ? postgresHandler(process.env.DATABASE_URL) : sqliteHandler(process.env.DATABASE_PATH ?? '')
createServer(handler).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'))
