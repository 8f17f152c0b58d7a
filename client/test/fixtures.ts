import { z } from 'zod'
import type { Me } from '@renshe/shared/identity/schemas'
import type { Problem } from '@renshe/shared/platform/problem'

export const citizen: Me = {
  id: 'u-zhang',
  displayName: '张*',
  roles: ['citizen'],
  realName: {
    bound: true,
    maskedName: '张*',
    maskedIdNumber: '330302********1231',
    maskedPhone: null,
    regionCode: '330302',
    boundAt: '2025-01-02T03:04:05.000Z',
  },
  regionCode: null,
  staffCode: null,
  suggestCareMode: false,
}

export const unboundCitizen: Me = { ...citizen, id: 'u-li', displayName: null, realName: { bound: false } }

export function problem(code: Problem['code'], status: number, extra: Partial<Problem> = {}): Problem {
  return { type: `https://renshe.example.gov.cn/problems/${code}`, title: code, status, code, requestId: 'req-1', ...extra }
}

/** What `Taro.request` resolves with for an HTTP answer. */
export function answer(statusCode: number, data: unknown) {
  return { statusCode, header: { 'Content-Type': 'application/json' }, data, errMsg: 'request:ok' }
}

/** What `Taro.request` rejects with when no answer arrives. */
export function noAnswer() {
  return Object.assign(new Error('request:fail timeout'), { errMsg: 'request:fail timeout' })
}

const SentRequest = z.object({
  url: z.string(),
  method: z.string(),
  header: z.record(z.string(), z.string()),
  data: z.unknown(),
})
type SentRequest = z.infer<typeof SentRequest>

/** The options of the n-th call of the `Taro.request` mock. */
export function sent(mock: { mock: { calls: unknown[][] } }, index = 0): SentRequest {
  return SentRequest.parse(mock.mock.calls[index]?.[0])
}
