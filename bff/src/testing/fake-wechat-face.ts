import { createHash } from 'node:crypto'
import { z } from 'zod'
import { startFakeWechatApi, type FakeWechatApi } from './fake-wechat-api'

/** How the fake misbehaves, the way WeChat sometimes does, until told otherwise. */
export type FakeFaceTrouble = 'serverError' | 'busy' | 'notJson' | 'hang'

/** A session the fake opened: for whom, in which account, under which of the caller's attempts. */
export interface FakeFaceSession {
  readonly outSeqNo: string
  readonly openid: string
  readonly certInfo: { readonly cert_type: string; readonly cert_name: string; readonly cert_no: string }
  /** Set once the phone ran the check (`completeCheck`): WeChat's `verify_ret`. */
  verifyRet: number | null
}

export interface FakeWechatFace extends Omit<FakeWechatApi, 'tokenBodies'> {
  /** Every call after the token: its path, the token it came with and its body. */
  readonly received: { readonly path: string; readonly accessToken: string; readonly body: unknown }[]
  /** Sessions by verify id, in the order they were opened. */
  readonly sessions: Map<string, FakeFaceSession>
  /** The phone ran `wx.requestFacialVerify` in this session and it ended with `verifyRet` (10000: success). */
  completeCheck(verifyId: string, verifyRet?: number): void
  setTrouble(trouble: FakeFaceTrouble | null): void
}

/**
 * Codes of the fake's own for questions that do not match their session. WeChat documents that
 * it answers those with an `errcode` rather than a `verify_ret`, but not which one.
 */
export const fakeFaceCodes = { unknownSession: 84_001, mismatch: 84_002, notChecked: 84_003, badRequest: 47_001 } as const

const base64 = (value: string) => Buffer.from(value, 'utf8').toString('base64')

/** The hash exactly as WeChat's documentation spells it out, written here on its own so a slip in the client shows. */
function documentedCertHash(info: FakeFaceSession['certInfo']): string {
  const joined = ['cert_type', 'cert_name', 'cert_no'].map((key) => `${key}=${base64(info[key as keyof typeof info])}`).join('&')
  return createHash('sha256').update(joined).digest('hex')
}

const GetVerifyId = z.strictObject({
  out_seq_no: z.string().regex(/^[0-9A-Za-z_-]{5,32}$/),
  cert_info: z.strictObject({ cert_type: z.literal('IDENTITY_CARD'), cert_name: z.string().min(1), cert_no: z.string().regex(/^\d{17}[\dX]$/) }),
  openid: z.string().min(1),
})

const QueryVerifyInfo = z.strictObject({
  verify_id: z.string().min(1),
  out_seq_no: z.string().min(1),
  cert_hash: z.string().regex(/^[0-9a-f]{64}$/),
  openid: z.string().min(1),
})

/**
 * A local stand-in for WeChat's `POST /cgi-bin/stable_token`,
 * `POST /cityservice/face/identify/getverifyid` and `POST /cityservice/face/identify/queryverifyinfo`,
 * for tests only. It opens numbered sessions, lets the test say how the phone's check ended,
 * and answers a question only when its attempt, account and `cert_hash` match the session's.
 * Answers are JSON labelled text/plain, as WeChat's are.
 */
export async function startFakeWechatFace(options: { readonly appId: string; readonly secret: string }): Promise<FakeWechatFace> {
  const received: { path: string; accessToken: string; body: unknown }[] = []
  const sessions = new Map<string, FakeFaceSession>()
  let trouble: FakeFaceTrouble | null = null
  let opened = 0

  const troubled = (answer: (status: number, body: unknown) => void): boolean => {
    if (trouble === 'hang') return true
    if (trouble === 'serverError') answer(500, 'system error')
    if (trouble === 'notJson') answer(200, '<html>busy</html>')
    if (trouble === 'busy') answer(200, { errcode: -1, errmsg: 'system error' })
    return trouble !== null
  }

  const api = await startFakeWechatApi({
    appId: options.appId,
    secret: options.secret,
    endpoints: {
      '/cityservice/face/identify/getverifyid': ({ url, body, accessToken, tokenValid, answer }) => {
        received.push({ path: url.pathname, accessToken, body })
        if (troubled(answer)) return
        if (!tokenValid) return answer(200, { errcode: 42001, errmsg: 'access_token expired' })
        const request = GetVerifyId.safeParse(body)
        if (!request.success) return answer(200, { errcode: fakeFaceCodes.badRequest, errmsg: 'data format error' })
        opened += 1
        const verifyId = `fake-verify-${opened}`
        sessions.set(verifyId, { outSeqNo: request.data.out_seq_no, openid: request.data.openid, certInfo: request.data.cert_info, verifyRet: null })
        return answer(200, { errcode: 0, errmsg: 'ok', verify_id: verifyId, expires_in: 3600 })
      },
      '/cityservice/face/identify/queryverifyinfo': ({ url, body, accessToken, tokenValid, answer }) => {
        received.push({ path: url.pathname, accessToken, body })
        if (troubled(answer)) return
        if (!tokenValid) return answer(200, { errcode: 42001, errmsg: 'access_token expired' })
        const request = QueryVerifyInfo.safeParse(body)
        if (!request.success) return answer(200, { errcode: fakeFaceCodes.badRequest, errmsg: 'data format error' })
        const session = sessions.get(request.data.verify_id)
        // WeChat's message may quote what it was given: the client must not pass it on.
        if (!session) return answer(200, { errcode: fakeFaceCodes.unknownSession, errmsg: `invalid verify_id ${request.data.verify_id}` })
        if (session.outSeqNo !== request.data.out_seq_no || session.openid !== request.data.openid || documentedCertHash(session.certInfo) !== request.data.cert_hash) {
          return answer(200, { errcode: fakeFaceCodes.mismatch, errmsg: 'cert_info or openid not match' })
        }
        if (session.verifyRet === null) return answer(200, { errcode: fakeFaceCodes.notChecked, errmsg: 'verify not finished' })
        return answer(200, { errcode: 0, errmsg: 'ok', verify_ret: session.verifyRet })
      },
    },
  })
  return {
    ...api,
    received,
    sessions,
    completeCheck(verifyId, verifyRet = 10_000) {
      const session = sessions.get(verifyId)
      if (!session) throw new Error(`the fake opened no session ${verifyId}`)
      session.verifyRet = verifyRet
    },
    setTrouble(next) {
      trouble = next
    },
  }
}
