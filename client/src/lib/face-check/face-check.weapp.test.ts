import { afterEach, expect, test, vi } from 'vitest'
import { startFaceCheck } from './face-check.weapp'

type Options = { readonly verifyId: string; readonly success: () => void; readonly fail: (failure: unknown) => void }

function phoneWith(requestFacialVerify?: (options: Options) => void) {
  vi.stubGlobal('wx', requestFacialVerify ? { requestFacialVerify } : {})
}

afterEach(() => {
  vi.unstubAllGlobals()
})

test('the check runs in the session the server opened, and a finished check only says it ran', async () => {
  const requestFacialVerify = vi.fn((options: Options) => options.success())
  phoneWith(requestFacialVerify)
  expect(await startFaceCheck({ verifyId: 'wx-session-1' })).toEqual({ kind: 'done' })
  expect(requestFacialVerify.mock.calls[0]?.[0].verifyId).toBe('wx-session-1')
})

test('a face that was not recognised also ran: the server asks WeChat about it', async () => {
  phoneWith((options) => options.fail({ errCode: 90_011, errMsg: 'requestFacialVerify:fail' }))
  expect(await startFaceCheck({ verifyId: 'wx-session-1' })).toEqual({ kind: 'done' })
})

test('leaving the check is a cancel, not a failure', async () => {
  phoneWith((options) => options.fail({ errCode: 90_002, errMsg: 'requestFacialVerify:fail' }))
  expect(await startFaceCheck({ verifyId: 'wx-session-1' })).toEqual({ kind: 'cancelled' })
  phoneWith((options) => options.fail({ errMsg: 'requestFacialVerify:fail cancel' }))
  expect(await startFaceCheck({ verifyId: 'wx-session-1' })).toEqual({ kind: 'cancelled' })
})

test('a WeChat too old for the check says so, and a broken call is an error', async () => {
  phoneWith()
  expect(await startFaceCheck({ verifyId: 'wx-session-1' })).toEqual({ kind: 'outdated' })
  phoneWith(() => {
    throw new Error('boom')
  })
  expect(await startFaceCheck({ verifyId: 'wx-session-1' })).toEqual({ kind: 'error' })
  phoneWith((options) => options.fail({ errMsg: 'requestFacialVerify:fail system error' }))
  expect(await startFaceCheck({ verifyId: 'wx-session-1' })).toEqual({ kind: 'error' })
})
