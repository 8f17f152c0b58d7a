import Taro from '@tarojs/taro'
import type { Operation, OperationInput } from '@renshe/shared/platform/operation'
import { operationUrl, requestHeaders, resultOf, type CallResult } from '../api'
import type { HttpResponse } from '../http/send'

/** An operation that takes one file as multipart/form-data. */
export type UploadOperation = Operation & { readonly upload: { readonly field: string; readonly maxBytes: number } }

export interface UploadRequest<O extends UploadOperation> {
  /** A WeChat file path (temporary or saved) or, in the browser, a `blob:` URL of the file. */
  readonly filePath: string
  /** The name the server shows; the type is decided from the bytes, never from it. */
  readonly fileName?: string
  readonly params?: OperationInput<O>['params']
  /** What the operation's query says of the file (e.g. what it is for); the file itself goes in the body. */
  readonly query?: OperationInput<O>['query']
  /** The key of the first attempt, so that a retried upload is the same upload. */
  readonly idempotencyKey?: string
  /** The grant to act under instead of the current one (see `CallOptions.actingFor`). */
  readonly actingFor?: string | null
  /** Whole percent sent so far, 0–100. */
  readonly onProgress?: (percent: number) => void
}

// A 10 MB photo on a weak 3G link takes minutes, not the 20 s a JSON request is given.
const uploadTimeoutMs = 5 * 60 * 1000

/**
 * Sends one file to an upload operation with the same headers as `call` (token, acting grant,
 * language, Idempotency-Key) and checks the answer with the operation's response schema.
 * `Taro.uploadFile` does this on both ends: in the browser it is an XMLHttpRequest with FormData,
 * the file in the operation's field, and `upload.onprogress` behind `onProgressUpdate`.
 */
export async function upload<O extends UploadOperation>(operation: O, request: UploadRequest<O>): Promise<CallResult<O>> {
  const url = operationUrl(operation, request.params, request.query)
  if (url === null) return resultOf(operation, { kind: 'response', status: 404, headers: {}, data: null })
  const headers = requestHeaders(operation, {
    ...(request.idempotencyKey ? { idempotencyKey: request.idempotencyKey } : {}),
    ...(request.actingFor !== undefined ? { actingFor: request.actingFor } : {}),
  })
  return resultOf(operation, await sendFile(url, operation.upload.field, headers, request), headers['X-Acting-For'] ?? null)
}

async function sendFile(
  url: string,
  field: string,
  headers: Record<string, string>,
  request: UploadRequest<UploadOperation>,
): Promise<HttpResponse> {
  try {
    const task = Taro.uploadFile({
      url,
      filePath: request.filePath,
      name: field,
      header: headers,
      timeout: uploadTimeoutMs,
      ...(request.fileName ? { fileName: request.fileName } : {}),
    })
    const onProgress = request.onProgress
    if (onProgress && typeof task.onProgressUpdate === 'function') {
      task.onProgressUpdate((update) => onProgress(Math.max(0, Math.min(100, Math.round(update.progress)))))
    }
    const answer = await task
    return { kind: 'response', status: answer.statusCode, headers: {}, data: parseBody(answer.data) }
  } catch {
    return { kind: 'network' }
  }
}

/** uploadFile hands the body over as text on both ends. */
function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return null
  }
}
