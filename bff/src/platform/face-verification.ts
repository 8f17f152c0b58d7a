import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { Logger } from './logger'
import { createWechatAccessToken, postWechatJson, staleTokenCodes, type WechatAccessToken } from './wechat-access-token'

export interface FaceVerifyInput {
  /** What `startFacialRecognitionVerify` handed the client: an opaque ticket to ask the provider about. */
  readonly verifyResult: string
  /** The caller's WeChat openid when known: the check must have been done in that account. */
  readonly openid: string | null
  /** The person the check must have been of. */
  readonly idNumber: string
  readonly name: string
}

/**
 * Why a check did not pass; never anything of the person. `not_identified`: the face did not
 * match; `stale`: done too long ago (or in the future); `other_account`: done in another
 * WeChat account; `other_person`: done for another ID number or name; `rejected`: the provider
 * does not know the result; `unrecognised`: not a result of this provider at all.
 */
export type FaceFailureReason = 'not_identified' | 'stale' | 'other_account' | 'other_person' | 'rejected' | 'unrecognised'

/**
 * `passed: false` comes with a `reason`. `unavailable`: the provider could not be asked
 * (network, 5xx, our credentials); the same result may be asked about again.
 */
export type FaceVerdict =
  | { readonly ok: true; readonly passed: boolean; readonly reason?: FaceFailureReason }
  | { readonly ok: false; readonly error: 'unavailable' }

/** Tells whether a face check done on the client really passed, for the right person, just now. */
export interface FaceVerifier {
  readonly kind: 'wechat' | 'development'
  verify(input: FaceVerifyInput): Promise<FaceVerdict>
}

/** A result older than this (by the provider's own clock) no longer counts. */
export const faceResultMaxAgeSeconds = 10 * 60

const IdentifyInfo = z.object({
  errcode: z.number().int(),
  errmsg: z.string().optional(),
  identify_ret: z.number().int().optional(),
  identify_time: z.number().int().optional(),
  validate_data: z.string().optional(),
  openid: z.string().optional(),
  user_id_key: z.string().optional(),
  finish_time: z.number().int().optional(),
  id_card_number_md5: z.string().optional(),
  name_utf8_md5: z.string().optional(),
})
type IdentifyInfo = z.infer<typeof IdentifyInfo>

/** -1: WeChat is busy; worth asking again later rather than failing the pensioner. */
const busyCodes = new Set([-1])

const md5 = (value: string): string => createHash('md5').update(value, 'utf8').digest('hex')

export interface WechatFaceOptions {
  readonly apiBase: string
  readonly appId: string
  readonly secret: string
  readonly timeoutMs?: number
  readonly fetch?: typeof fetch
  /** Milliseconds since the epoch: the deps clock, so tests move it by hand. */
  readonly now?: () => number
  /** The app's shared token cache; without one, the verifier keeps its own. */
  readonly accessToken?: WechatAccessToken
  /** Failures are logged by code only. */
  readonly logger?: Logger
}

type Attempt = FaceVerdict | { readonly ok: false; readonly error: 'stale_token' }

/**
 * The real client of WeChat's `cityservice/face/identify/getinfo`: given the `verify_result` of
 * `startFacialRecognitionVerify`, WeChat tells whether the face matched, when, in which account
 * and for which ID number and name (as MD5s). Only the ticket travels; the ID number and the
 * name are compared here, never sent.
 */
export function createWechatFaceVerifier(options: WechatFaceOptions): FaceVerifier {
  const http = { apiBase: options.apiBase, timeoutMs: options.timeoutMs ?? 5000, fetch: options.fetch ?? fetch }
  const now = options.now ?? Date.now
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
  const unavailable = (code: string): FaceVerdict => {
    options.logger?.warn('face_verification_unavailable', { code })
    return { ok: false, error: 'unavailable' }
  }

  async function attempt(input: FaceVerifyInput): Promise<Attempt> {
    const got = await accessToken.get()
    if (!got.ok) return unavailable(got.code)
    const answered = await postWechatJson(http, '/cityservice/face/identify/getinfo', { verify_result: input.verifyResult }, { access_token: got.token })
    if (!answered.ok) return unavailable(answered.code)
    const parsed = IdentifyInfo.safeParse(answered.payload)
    if (!parsed.success) return unavailable('bad_response')
    const info = parsed.data
    if (staleTokenCodes.has(info.errcode)) {
      accessToken.invalidate(got.token)
      return { ok: false, error: 'stale_token' }
    }
    if (busyCodes.has(info.errcode)) return unavailable(String(info.errcode))
    if (info.errcode !== 0) {
      options.logger?.info('face_verification_rejected', { code: String(info.errcode) })
      return { ok: true, passed: false, reason: 'rejected' }
    }
    return judge(info, input, now())
  }

  return {
    kind: 'wechat',
    async verify(input) {
      const first = await attempt(input)
      if (first.ok || first.error !== 'stale_token') return first
      const second = await attempt(input)
      if (second.ok || second.error !== 'stale_token') return second
      return unavailable('token_refused')
    },
  }
}

function judge(info: IdentifyInfo, input: FaceVerifyInput, nowMs: number): FaceVerdict {
  if (info.identify_ret !== 0) return { ok: true, passed: false, reason: 'not_identified' }
  if (info.identify_time === undefined || Math.abs(nowMs / 1000 - info.identify_time) > faceResultMaxAgeSeconds) {
    return { ok: true, passed: false, reason: 'stale' }
  }
  if (input.openid !== null && info.openid !== input.openid) return { ok: true, passed: false, reason: 'other_account' }
  const idNumberMd5 = md5(input.idNumber.toUpperCase())
  const nameMd5 = md5(input.name)
  if (info.id_card_number_md5?.toLowerCase() !== idNumberMd5 || info.name_utf8_md5?.toLowerCase() !== nameMd5) {
    return { ok: true, passed: false, reason: 'other_person' }
  }
  return { ok: true, passed: true }
}

/** Outside demo mode a WeChat app is the only provider: without one, no face check can pass. */
export function createUnconfiguredFaceVerifier(): FaceVerifier {
  return { kind: 'wechat', verify: () => Promise.resolve({ ok: false, error: 'unavailable' }) }
}

const developmentResult = /^dev-face:(pass|fail):/

/**
 * FOR DEVELOPMENT ONLY (h5 and demos, where there is no WeChat): `dev-face:pass:<anything>`
 * passes, `dev-face:fail:<anything>` fails, anything else is not recognised. It checks no face.
 */
export function createDevelopmentFaceVerifier(): FaceVerifier {
  return {
    kind: 'development',
    verify({ verifyResult }) {
      const outcome = developmentResult.exec(verifyResult)?.[1]
      if (outcome === 'pass') return Promise.resolve({ ok: true, passed: true })
      return Promise.resolve({ ok: true, passed: false, reason: outcome === 'fail' ? 'not_identified' : 'unrecognised' })
    },
  }
}
