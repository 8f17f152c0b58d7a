import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { Logger } from './logger'
import { createWechatAccessToken, postWechatJson, staleTokenCodes, type WechatAccessToken } from './wechat-access-token'

/** Whose face is to be checked, and under which of our attempts. */
export interface FaceSubject {
  /** Our attempt's id: WeChat's `out_seq_no`, which binds the session to this attempt. */
  readonly outSeqNo: string
  /** The caller's WeChat openid; WeChat's check is done in that account, so without one there is none. */
  readonly openid: string | null
  readonly idNumber: string
  readonly name: string
}

export interface FaceVerifyInput extends FaceSubject {
  /** The session the phone's check ran in, as `start` issued it. */
  readonly verifyId: string
  /** Read by the development verifier only: the outcome its labelled panel simulates. WeChat's answer is WeChat's. */
  readonly simulated?: 'pass' | 'fail'
}

/**
 * `unavailable`: the provider could not be asked (network, 5xx, our credentials), so the same
 * step may be tried again; `no_wechat_account`: the caller did not log in with WeChat, and
 * WeChat's check runs only in the account it is for.
 */
export type FaceSession = { readonly ok: true; readonly verifyId: string } | { readonly ok: false; readonly error: 'unavailable' | 'no_wechat_account' }

/**
 * Why a check did not pass; never anything of the person. `not_identified`: the face check ran
 * and did not succeed; `rejected`: the provider refused the question (a session it does not
 * know, or one opened for another attempt, account or person); `unrecognised`: not a session of
 * this provider at all.
 */
export type FaceFailureReason = 'not_identified' | 'rejected' | 'unrecognised'

/** `passed: false` comes with a `reason`. `unavailable`: the same session may be asked about again. */
export type FaceVerdict =
  | { readonly ok: true; readonly passed: boolean; readonly reason?: FaceFailureReason }
  | { readonly ok: false; readonly error: 'unavailable' }

/**
 * Opens a face check for one person and later tells whether it passed. The phone only runs the
 * check in the session `start` opened; whether it passed is asked of the provider, never taken
 * from the phone.
 */
export interface FaceVerifier {
  readonly kind: 'wechat' | 'development'
  start(subject: FaceSubject): Promise<FaceSession>
  verify(input: FaceVerifyInput): Promise<FaceVerdict>
}

/** WeChat's `verify_ret` for "the face check succeeded"; every other value is a check that did not. */
export const faceVerifiedCode = 10_000

const VerifyIdAnswer = z.object({
  errcode: z.number().int().optional(),
  errmsg: z.string().optional(),
  verify_id: z.string().min(1).max(256).optional(),
  expires_in: z.number().int().optional(),
})

const VerifyInfoAnswer = z.object({
  errcode: z.number().int().optional(),
  errmsg: z.string().optional(),
  verify_ret: z.number().int().optional(),
})

/** -1: WeChat is busy; worth asking again later rather than failing the pensioner. */
const busyCodes = new Set([-1])

/** The only kind of document this portal checks faces against: the resident ID card. */
const identityCard = 'IDENTITY_CARD'

/** WeChat's `cert_info`: the ID number as printed, with a capital X. */
export function certInfoOf(subject: Pick<FaceSubject, 'idNumber' | 'name'>) {
  return { cert_type: identityCard, cert_name: subject.name, cert_no: subject.idNumber.toUpperCase() }
}

const base64 = (value: string): string => Buffer.from(value, 'utf8').toString('base64')

/**
 * WeChat's `cert_hash`: each field of `cert_info` in standard base64, joined as
 * `cert_type=…&cert_name=…&cert_no=…`, then SHA-256 in lower-case hex (queryVerifyInfo, 注意事项).
 */
export function certHashOf(certInfo: ReturnType<typeof certInfoOf>): string {
  const joined = `cert_type=${base64(certInfo.cert_type)}&cert_name=${base64(certInfo.cert_name)}&cert_no=${base64(certInfo.cert_no)}`
  return createHash('sha256').update(joined, 'utf8').digest('hex')
}

export interface WechatFaceOptions {
  readonly apiBase: string
  readonly appId: string
  readonly secret: string
  readonly timeoutMs?: number
  readonly fetch?: typeof fetch
  /** Milliseconds since the epoch, for the shared token's expiry; tests move it by hand. */
  readonly now?: () => number
  /** The app's shared token cache; without one, the verifier keeps its own. */
  readonly accessToken?: WechatAccessToken
  /** Failures are logged by code only. */
  readonly logger?: Logger
}

type Asked = { readonly ok: true; readonly payload: unknown } | { readonly ok: false; readonly code: string } | { readonly ok: false; readonly code: 'stale_token' }

/**
 * The real client of WeChat's face verification ("微信人脸核身2.0"): `getVerifyId` opens a
 * session for a name and ID number in one WeChat account, the phone runs
 * `wx.requestFacialVerify` in it, and `queryVerifyInfo` tells the result. WeChat itself checks
 * that the question names the same attempt (`out_seq_no`), account and person (`cert_hash`) as
 * the session. The ID number and the name go to WeChat once, in the body of `getVerifyId`;
 * afterwards only their hash does.
 */
export function createWechatFaceVerifier(options: WechatFaceOptions): FaceVerifier {
  const http = { apiBase: options.apiBase, timeoutMs: options.timeoutMs ?? 5000, fetch: options.fetch ?? fetch }
  const accessToken =
    options.accessToken ??
    createWechatAccessToken({
      apiBase: options.apiBase,
      appId: options.appId,
      secret: options.secret,
      timeoutMs: http.timeoutMs,
      fetch: http.fetch,
      ...(options.now ? { now: options.now } : {}),
    })

  /** One call with the shared token; a token WeChat calls stale is dropped and the call made once more. */
  async function ask(path: string, body: unknown): Promise<Asked> {
    for (let round = 0; round < 2; round += 1) {
      const got = await accessToken.get()
      if (!got.ok) return { ok: false, code: got.code }
      const answered = await postWechatJson(http, path, body, { access_token: got.token })
      if (!answered.ok) return answered
      const errcode = z.object({ errcode: z.number().int().optional() }).safeParse(answered.payload)
      if (!errcode.success) return { ok: false, code: 'bad_response' }
      if (errcode.data.errcode === undefined || !staleTokenCodes.has(errcode.data.errcode)) return answered
      accessToken.invalidate(got.token)
    }
    return { ok: false, code: 'token_refused' }
  }

  const unavailable = (event: string, code: string) => {
    options.logger?.warn(event, { code })
    return { ok: false, error: 'unavailable' } as const
  }

  return {
    kind: 'wechat',
    async start(subject) {
      if (subject.openid === null) return { ok: false, error: 'no_wechat_account' }
      const asked = await ask('/cityservice/face/identify/getverifyid', {
        out_seq_no: subject.outSeqNo,
        cert_info: certInfoOf(subject),
        openid: subject.openid,
      })
      if (!asked.ok) return unavailable('face_session_unavailable', asked.code)
      const parsed = VerifyIdAnswer.safeParse(asked.payload)
      if (!parsed.success) return unavailable('face_session_unavailable', 'bad_response')
      const { errcode = 0, verify_id: verifyId } = parsed.data
      if (errcode !== 0) return unavailable('face_session_unavailable', busyCodes.has(errcode) ? 'busy' : String(errcode))
      if (!verifyId) return unavailable('face_session_unavailable', 'bad_response')
      return { ok: true, verifyId }
    },
    async verify(input) {
      // No session can have been opened without an account: nothing to ask WeChat.
      if (input.openid === null) return { ok: true, passed: false, reason: 'rejected' }
      const asked = await ask('/cityservice/face/identify/queryverifyinfo', {
        verify_id: input.verifyId,
        out_seq_no: input.outSeqNo,
        cert_hash: certHashOf(certInfoOf(input)),
        openid: input.openid,
      })
      if (!asked.ok) return unavailable('face_verification_unavailable', asked.code)
      const parsed = VerifyInfoAnswer.safeParse(asked.payload)
      if (!parsed.success) return unavailable('face_verification_unavailable', 'bad_response')
      const { errcode = 0, verify_ret: verifyRet } = parsed.data
      if (busyCodes.has(errcode)) return unavailable('face_verification_unavailable', 'busy')
      if (errcode !== 0) {
        options.logger?.info('face_verification_rejected', { code: String(errcode) })
        return { ok: true, passed: false, reason: 'rejected' }
      }
      if (verifyRet === undefined) return unavailable('face_verification_unavailable', 'bad_response')
      return verifyRet === faceVerifiedCode ? { ok: true, passed: true } : { ok: true, passed: false, reason: 'not_identified' }
    },
  }
}

/** Outside demo mode a WeChat app is the only provider: without one, no face check can start or pass. */
export function createUnconfiguredFaceVerifier(): FaceVerifier {
  return {
    kind: 'wechat',
    start: () => Promise.resolve({ ok: false, error: 'unavailable' }),
    verify: () => Promise.resolve({ ok: false, error: 'unavailable' }),
  }
}

const developmentPrefix = 'dev-face:'

/**
 * FOR DEVELOPMENT ONLY (h5 and demos, where there is no WeChat): its sessions are
 * `dev-face:<attempt>`, and a check passes or fails as its labelled panel says (`simulated`).
 * It checks no face; the ID number and the name go nowhere.
 */
export function createDevelopmentFaceVerifier(): FaceVerifier {
  return {
    kind: 'development',
    start: ({ outSeqNo }) => Promise.resolve({ ok: true, verifyId: `${developmentPrefix}${outSeqNo}` }),
    verify({ verifyId, outSeqNo, simulated }) {
      if (verifyId !== `${developmentPrefix}${outSeqNo}` || simulated === undefined) {
        return Promise.resolve({ ok: true, passed: false, reason: 'unrecognised' })
      }
      return Promise.resolve(simulated === 'pass' ? { ok: true, passed: true } : { ok: true, passed: false, reason: 'not_identified' })
    },
  }
}
