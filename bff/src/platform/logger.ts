type Level = 'debug' | 'info' | 'warn' | 'error'
const rank: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 }

/**
 * Only these fields reach the log, so personal data cannot slip in by accident: no bodies, no
 * query strings, no names or numbers — a route pattern, ids, statuses and timings.
 */
export interface LogFields {
  requestId?: string
  method?: string
  route?: string
  status?: number
  durationMs?: number
  userId?: string
  actingForGrant?: string
  /** The partner department of a partner API call. */
  partnerId?: string
  operation?: string
  code?: string
  /** A message template key or a WeChat template id: names a kind of message, never a person. */
  template?: string
  errorName?: string
  /** A stack trace is kept for 500s; messages of our own errors never hold personal data. */
  stack?: string
  detail?: string
}

export interface Logger {
  debug(event: string, fields?: LogFields): void
  info(event: string, fields?: LogFields): void
  warn(event: string, fields?: LogFields): void
  error(event: string, fields?: LogFields): void
}

const allowed = new Set<string>([
  'requestId', 'method', 'route', 'status', 'durationMs', 'userId', 'actingForGrant', 'partnerId', 'operation', 'code', 'template', 'errorName', 'stack', 'detail',
])

export function createLogger(level: Level | 'silent', write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const log = (at: Level) => (event: string, fields: LogFields = {}) => {
    if (rank[at] < rank[level]) return
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level: at, event }
    for (const [key, value] of Object.entries(fields)) if (allowed.has(key) && value !== undefined) entry[key] = value
    write(JSON.stringify(entry))
  }
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') }
}

/**
 * What a log may say of an error: its class (the innermost cause's, when a library wraps the
 * error it met) and its stack frames, never its message. A message can quote personal data, and
 * can run over several lines: a failed query's message names the statement and its parameters.
 */
export function errorFields(error: unknown): { errorName: string; stack: string; code?: string } {
  let innermost: unknown = error
  while (innermost instanceof Error && innermost.cause instanceof Error) innermost = innermost.cause
  // Some drivers name every error plainly "error": their class says more.
  const errorName = innermost instanceof Error ? (/^error$/i.test(innermost.name) ? innermost.constructor.name : innermost.name) : 'unknown'
  // A database's own code (SQLSTATE 23505, SQLITE_BUSY) says what went wrong without saying with what.
  const code = innermost instanceof Error && 'code' in innermost && typeof innermost.code === 'string' ? innermost.code : undefined
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)) : []
  return { errorName, stack: frames.join('\n'), ...(code ? { code } : {}) }
}
