import { writeSync } from 'node:fs'

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

export function createLogger(level: Level | 'silent', write: (line: string) => void = standardOutput()): Logger {
  const log = (at: Level) => (event: string, fields: LogFields = {}) => {
    if (rank[at] < rank[level]) return
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level: at, event }
    for (const [key, value] of Object.entries(fields)) if (allowed.has(key) && value !== undefined) entry[key] = value
    write(JSON.stringify(entry))
  }
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') }
}

/**
 * Log lines to standard output, written together: the lines of one turn of the event loop go
 * out in one write at its end, not one write (one system call) each. Under load a turn answers
 * dozens of requests, and a line each was a tenth of a public lookup's time. A line waits at most
 * until the turn ends; the lines still waiting when the process exits are written before it does.
 */
export function stdoutLines(
  out: { write(text: string): unknown } = process.stdout,
  atExit: (last: () => void) => void = (last) => process.once('exit', last),
  exitWrite: (text: string) => void = (text) => writeSync(1, text),
): (line: string) => void {
  let waiting = ''
  let scheduled = false
  const flush = () => {
    scheduled = false
    const text = waiting
    waiting = ''
    if (text) out.write(text)
  }
  atExit(() => {
    if (waiting) exitWrite(waiting)
    waiting = ''
  })
  return (line) => {
    waiting += `${line}\n`
    if (scheduled) return
    scheduled = true
    setImmediate(flush)
  }
}

let standardOutputLines: ((line: string) => void) | undefined

/** The process's one writer of lines to standard output, shared by every logger it makes. */
function standardOutput(): (line: string) => void {
  standardOutputLines ??= stdoutLines()
  return standardOutputLines
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
