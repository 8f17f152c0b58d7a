import type { FaceCheckResult, FaceCheckSession } from './face-check-types'

export type { FaceCheckResult, FaceCheckSession } from './face-check-types'

interface RequestFacialVerifyOptions {
  readonly verifyId: string
  readonly success: () => void
  readonly fail: (failure: unknown) => void
}

// Taro 4.2 does not know wx.requestFacialVerify (base library 3.8.12), so it is called on wx
// itself; it has no promise form.
declare const wx: { readonly requestFacialVerify?: (options: RequestFacialVerifyOptions) => void }

// WeChat's codes for "the person left the check": 90100 on older clients, 90002–90006 today.
const leftBeforeTheEnd = new Set([90_002, 90_003, 90_004, 90_005, 90_006, 90_100])

function fields(value: unknown): { readonly errCode?: unknown; readonly errMsg?: unknown } {
  return typeof value === 'object' && value !== null ? value : {}
}

/**
 * WeChat's own face check ("微信人脸核身2.0") in the session the server opened. Success and
 * failure alike only say that it ran: the server asks WeChat what the result was.
 */
export function startFaceCheck(session: FaceCheckSession): Promise<FaceCheckResult> {
  const request = typeof wx === 'object' ? wx.requestFacialVerify : undefined
  if (typeof request !== 'function') return Promise.resolve({ kind: 'outdated' })
  return new Promise((resolve) => {
    try {
      request({
        verifyId: session.verifyId,
        success: () => resolve({ kind: 'done' }),
        fail: (failure) => {
          const { errCode, errMsg } = fields(failure)
          if ((typeof errCode === 'number' && leftBeforeTheEnd.has(errCode)) || (typeof errMsg === 'string' && /cancel/i.test(errMsg))) {
            return resolve({ kind: 'cancelled' })
          }
          // A face that was not recognised ran in the session too: the server counts the attempt.
          resolve(typeof errCode === 'number' ? { kind: 'done' } : { kind: 'error' })
        },
      })
    } catch {
      resolve({ kind: 'error' })
    }
  })
}
