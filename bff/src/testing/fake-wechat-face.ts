import { createHash } from 'node:crypto'
import { z } from 'zod'
import { startFakeWechatApi, type FakeWechatApi } from './fake-wechat-api'

/** A face check the fake knows: who did it, in which account, whether it matched, and when. */
export interface FakeFaceCheck {
  readonly openid: string
  readonly idNumber: string
  readonly name: string
  /** 0: the face matched. */
  readonly identifyRet?: number
  /** Seconds since the epoch. */
  readonly identifyTime: number
}

export interface FakeWechatFace extends Omit<FakeWechatApi, 'tokenBodies'> {
  /** Every `getinfo` call: the token it came with and its body. */
  readonly received: { readonly accessToken: string; readonly body: unknown }[]
}

/** Verify results that make the fake misbehave the way WeChat sometimes does. */
export const fakeFaceResults = {
  serverError: 'vr-500',
  busy: 'vr-busy',
  notJson: 'vr-not-json',
  hang: 'vr-hang',
} as const

const md5 = (value: string) => createHash('md5').update(value, 'utf8').digest('hex')

/**
 * A local stand-in for WeChat's `POST /cgi-bin/stable_token` and
 * `POST /cityservice/face/identify/getinfo`, for tests only. It issues numbered tokens, checks
 * the app, the token and the body, and answers a known `verify_result` with the check's record
 * in WeChat's format (MD5s of the ID number and the UTF-8 name; JSON labelled text/plain).
 */
export async function startFakeWechatFace(options: {
  readonly appId: string
  readonly secret: string
  readonly checks: Readonly<Record<string, FakeFaceCheck>>
}): Promise<FakeWechatFace> {
  const received: { accessToken: string; body: unknown }[] = []
  const api = await startFakeWechatApi({
    appId: options.appId,
    secret: options.secret,
    endpoints: {
      '/cityservice/face/identify/getinfo': ({ body, accessToken, tokenValid, answer }) => {
        received.push({ accessToken, body })
        if (!tokenValid) return answer(200, { errcode: 42001, errmsg: 'access_token expired' })
        const request = z.strictObject({ verify_result: z.string().min(1) }).safeParse(body)
        if (!request.success) return answer(200, { errcode: 47001, errmsg: 'data format error' })
        const verifyResult = request.data.verify_result
        if (verifyResult === fakeFaceResults.hang) return undefined
        if (verifyResult === fakeFaceResults.serverError) return answer(500, 'system error')
        if (verifyResult === fakeFaceResults.notJson) return answer(200, '<html>busy</html>')
        if (verifyResult === fakeFaceResults.busy) return answer(200, { errcode: -1, errmsg: 'system error' })
        const check = options.checks[verifyResult]
        // WeChat's error message may quote what it was given: the client must not pass it on.
        if (!check) return answer(200, { errcode: 40097, errmsg: `invalid verify_result ${verifyResult}` })
        return answer(200, {
          errcode: 0,
          errmsg: 'ok',
          identify_ret: check.identifyRet ?? 0,
          identify_time: check.identifyTime,
          validate_data: '8392',
          openid: check.openid,
          user_id_key: `uik-${check.openid}`,
          finish_time: check.identifyTime + 3,
          id_card_number_md5: md5(check.idNumber),
          name_utf8_md5: md5(check.name),
        })
      },
    },
  })
  return { ...api, received }
}
