// The baseline: node:http and better-sqlite3 prepared statements, answering the same
// authenticated year-of-records read with no framework, no validation and no audit.
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import Database from 'better-sqlite3'

const db = new Database(process.env.DATABASE_PATH ?? '', { readonly: true })
db.pragma('journal_mode = WAL')
const sessionOf = db.prepare('select user_id from sessions where token_hash = ? and revoked_at is null and expires_at > ?')
const personOf = db.prepare(
  'select p.id from real_names r join insured_persons p on p.id_number_index = r.id_number_index where r.user_id = ?',
)
const yearOf = db.prepare(
  'select month, type, base_fen, personal_fen, employer_fen, employer_name, region_code from contributions where person_id = ? and month >= ? and month <= ? order by month, type',
)
const certificateOf = db.prepare('select verification_code, holder_masked_name, period_from, period_to, expires_at from certificates where verification_code = ?')

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://raw')
  const year = /^\/api\/records\/years\/(\d{4})$/.exec(url.pathname)?.[1]
  if (year) {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    const session = token
      ? (sessionOf.get(createHash('sha256').update(token).digest('hex'), new Date().toISOString()) as { user_id: string } | undefined)
      : undefined
    const person = session ? (personOf.get(session.user_id) as { id: string } | undefined) : undefined
    if (!person) {
      res.writeHead(401).end()
      return
    }
    const rows = yearOf.all(person.id, `${year}-01`, `${year}-12`)
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ year: Number(year), rows }))
    return
  }
  const code = /^\/api\/verify\/certificates\/([0-9A-Z]{12})$/.exec(url.pathname)?.[1]
  if (code) {
    const row = certificateOf.get(code)
    if (!row) res.writeHead(404).end()
    else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(row))
    return
  }
  res.writeHead(404).end()
})
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'))
