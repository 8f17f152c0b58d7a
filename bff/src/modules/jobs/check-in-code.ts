import { attendanceRules, codeWindowOf } from '@renshe/shared/jobs/applications'
import { chinaDate } from '@renshe/shared/platform/china-time'
import type { Deps } from '../../platform/deps'

/*
 * The rotating check-in code of a day job: an HMAC, under the server's key, of the post, the
 * China date and the window of minutes, cut to six digits. Nothing is stored: the server makes
 * the same code again to check one typed in. See decision 049.
 */

function codeOf(deps: Pick<Deps, 'blindIndex'>, postId: string, workDate: string, window: number): string {
  const mac = Buffer.from(deps.blindIndex('check_in_code', `${postId}|${workDate}|${window}`), 'base64url')
  return String(mac.readUInt32BE(0) % 10 ** attendanceRules.codeDigits).padStart(attendanceRules.codeDigits, '0')
}

/** The code to show now, and the end of its window. */
export function checkInCodeFor(deps: Pick<Deps, 'blindIndex'>, postId: string, now: Date): { workDate: string; code: string; validUntil: string } {
  const window = codeWindowOf(now)
  return {
    workDate: chinaDate(now),
    code: codeOf(deps, postId, chinaDate(now), window),
    validUntil: new Date((window + 1) * attendanceRules.codeWindowSeconds * 1000).toISOString(),
  }
}

/**
 * Whether a typed code is this post's for today, of the current window or the ones just before
 * it (`acceptedWindows` in all). Compared in constant time.
 */
export function codeMatches(deps: Pick<Deps, 'blindIndex'>, postId: string, now: Date, typed: string): boolean {
  const window = codeWindowOf(now)
  const today = chinaDate(now)
  let matched = false
  for (let back = 0; back < attendanceRules.acceptedWindows; back += 1) {
    const expected = codeOf(deps, postId, today, window - back)
    let difference = expected.length ^ typed.length
    for (let i = 0; i < expected.length; i += 1) difference |= expected.charCodeAt(i) ^ (typed.charCodeAt(i) || 0)
    matched = matched || difference === 0
  }
  return matched
}
