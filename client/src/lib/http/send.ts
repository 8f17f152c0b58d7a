import Taro from '@tarojs/taro'
import type { HttpMethod } from '@renshe/shared/platform/operation'

export interface HttpRequest {
  readonly method: HttpMethod
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body?: unknown
}

export type HttpResponse =
  | { readonly kind: 'response'; readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly data: unknown }
  | { readonly kind: 'network' }

const timeoutMs = 20_000
const methods = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE' } as const satisfies Record<HttpMethod, string>

/** One HTTP exchange. A response of any status is a response; only no response at all is `network`. */
export async function send(request: HttpRequest): Promise<HttpResponse> {
  try {
    const response = await Taro.request({
      url: request.url,
      method: methods[request.method],
      header: { ...request.headers },
      data: request.body,
      dataType: 'json',
      timeout: timeoutMs,
    })
    return { kind: 'response', status: response.statusCode, headers: lowerCaseKeys(response.header), data: response.data }
  } catch {
    return { kind: 'network' }
  }
}

function lowerCaseKeys(headers: unknown): Record<string, string> {
  const result: Record<string, string> = {}
  if (headers && typeof headers === 'object') {
    for (const [name, value] of Object.entries(headers)) {
      if (typeof value === 'string') result[name.toLowerCase()] = value
    }
  }
  return result
}
