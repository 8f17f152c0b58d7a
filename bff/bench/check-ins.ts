import { randomUUID } from 'node:crypto'
import autocannon, { type RequestSetup } from 'autocannon'
import { benchClass, institutionToken, traineeToken, type ClassTally } from './training-class'

/*
 * The check-in figure: the class prepared by training-class.ts checks in at the start of its
 * session, every trainee once, from her own phone, with the code on the institution's screen.
 */

interface ShownCode {
  readonly code: string
  readonly validUntil: string
  readonly checkedIn: number
}

interface CodeScreen {
  readonly code: () => string
  /** What the screen shows now, read again: its count of check-ins. */
  readonly readAgain: () => Promise<ShownCode>
  readonly stop: () => void
}

/**
 * The institution's screen: reads the session's code from the portal, as the screen does, and
 * again when its 30 s step ends. A code of the step before still checks in, so requests sent
 * while it is read again are not refused.
 */
async function watchSessionCode(bffUrl: string, secret: string): Promise<CodeScreen> {
  const url = `${bffUrl}/api/training/institution/sessions/${benchClass.sessionId}/code`
  const headers = { authorization: `Bearer ${institutionToken(secret)}` }
  const read = async (): Promise<ShownCode> => {
    const response = await fetch(url, { headers })
    if (!response.ok) throw new Error(`the institution's screen was answered ${response.status}: ${await response.text()}`)
    return (await response.json()) as ShownCode
  }
  let shown = await read()
  let timer: NodeJS.Timeout | undefined
  const readWhenItTurns = () => {
    timer = setTimeout(() => {
      // A failed read leaves the old code on the screen: the check-ins it refuses count as failures.
      void read().then((next) => {
        shown = next
        readWhenItTurns()
      }, (error: unknown) => process.stderr.write(`${String(error)}\n`))
    }, Math.max(0, new Date(shown.validUntil).getTime() - Date.now()) + 100)
    timer.unref()
  }
  readWhenItTurns()
  return { code: () => shown.code, readAgain: read, stop: () => clearTimeout(timer) }
}

/** Every request the next trainee of the class, with her own token and a device id of her own. */
function traineeCheckIns(tokens: readonly string[], screen: CodeScreen): { setupRequest: RequestSetup; sent: () => number } {
  let next = 0
  const setupRequest: RequestSetup = (request) => {
    const token = tokens[next % tokens.length] as string
    next += 1
    return { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` }, body: JSON.stringify({ code: screen.code(), deviceId: randomUUID() }) }
  }
  return { setupRequest, sent: () => next }
}

export interface CheckInFigure {
  readonly name: string
  readonly checkIns: number
  readonly seconds: number
  /** Check-ins over the wall-clock time of the whole burst, first request to last answer. */
  readonly rps: number
  readonly p50: number
  readonly p99: number
  readonly non2xx: number
  /** Trainees sent: each exactly once when this equals the class size. */
  readonly sent: number
  /** The count of check-ins the institution's screen showed afterwards. */
  readonly shownCheckedIn: number
}

/** The whole class checks in, `connections` phones at a time, each trainee once. */
export async function measureCheckIns(name: string, bffUrl: string, secret: string, size: number, connections: number): Promise<CheckInFigure> {
  const tokens = Array.from({ length: size }, (_, i) => traineeToken(secret, i))
  const screen = await watchSessionCode(bffUrl, secret)
  try {
    const trainees = traineeCheckIns(tokens, screen)
    const started = performance.now()
    const result = await autocannon({
      url: `${bffUrl}/api/training/sessions/${benchClass.sessionId}/check-ins`,
      connections: Math.min(connections, size),
      amount: size,
      requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: trainees.setupRequest }],
    })
    const seconds = (performance.now() - started) / 1000
    const shown = await screen.readAgain()
    return { name, checkIns: size, seconds, rps: size / seconds, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx + result.errors, sent: trainees.sent(), shownCheckedIn: shown.checkedIn }
  } finally {
    screen.stop()
  }
}

/** What is wrong with a check-in figure: empty when every trainee checked in once and every voucher is attending. */
export function checkInProblems(figure: CheckInFigure, tally: ClassTally, size: number): string[] {
  const problems: string[] = []
  if (figure.sent !== size) problems.push(`${figure.sent} check-ins were sent for a class of ${size}`)
  if (tally.attendance !== size) problems.push(`${tally.attendance} attendance rows, not ${size}`)
  if (tally.distinctTrainees !== size) problems.push(`${tally.distinctTrainees} trainees checked in, not ${size}`)
  if (tally.vouchers.attending !== size) problems.push(`vouchers by status ${JSON.stringify(tally.vouchers)}, not ${size} attending`)
  if (tally.flags !== 0) problems.push(`${tally.flags} flags raised`)
  if (figure.shownCheckedIn !== size) problems.push(`the institution's screen counts ${figure.shownCheckedIn} check-ins`)
  return problems
}
