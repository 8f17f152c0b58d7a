import { generateSync, verifySync } from 'otplib'
import { attendanceRules } from '@renshe/shared/training/attendance'
import type { Deps } from '../../platform/deps'

/*
 * The rotating check-in code of a training session (decision 061): a time-based one-time
 * password (RFC 6238, through otplib) whose secret is the server's keyed hash of the session id.
 * Nothing is stored: the server makes the secret again to check a code. The time is always the
 * injected clock's, handed to otplib, so tests and a second instance agree with the screen.
 */

type CodeDeps = Pick<Deps, 'blindIndex'>

const step = attendanceRules.codeStepSeconds
const options = { period: step, digits: attendanceRules.codeDigits, algorithm: 'sha1' } as const

/** 32 bytes of HMAC under the server's key: a secret no one else can make, one per session. */
function secretOf(deps: CodeDeps, sessionId: string): Uint8Array {
  return new Uint8Array(Buffer.from(deps.blindIndex('training_totp', sessionId), 'base64url'))
}

const secondsOf = (at: Date) => Math.floor(at.getTime() / 1000)

/** The code the institution's screen shows at `now`, and when its step ends. */
export function sessionCodeAt(deps: CodeDeps, sessionId: string, now: Date): { code: string; validUntil: string } {
  const epoch = secondsOf(now)
  const code = generateSync({ ...options, secret: secretOf(deps, sessionId), epoch })
  const stepEnds = (Math.floor(epoch / step) + 1) * step
  return { code, validUntil: new Date(stepEnds * 1000).toISOString() }
}

/**
 * Whether a typed code is this session's at `now`: of the current step or of the
 * `acceptedPastSteps` before it, never a future one. otplib compares in constant time.
 */
export function sessionCodeMatches(deps: CodeDeps, sessionId: string, now: Date, typed: string): boolean {
  if (!/^\d+$/.test(typed) || typed.length !== attendanceRules.codeDigits) return false
  const result = verifySync({ ...options, secret: secretOf(deps, sessionId), token: typed, epoch: secondsOf(now), epochTolerance: [attendanceRules.acceptedPastSteps * step, 0] })
  return result.valid
}
