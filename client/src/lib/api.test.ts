import Taro from '@tarojs/taro'
import { renderHook, act } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { bindRealName, getMe, listProxyGrants } from '@renshe/shared/identity/contract'
import { verifyCertificate } from '@renshe/shared/records/contract'
import { answer, citizen, noAnswer, problem, sent } from '../../test/fixtures'
import { actingForStore, actingStopNoticeStore } from './acting-for/acting-for-store'
import { call } from './api'
import { sessionStore } from './auth/session-store'
import { localeStore } from './i18n/locale-store'
import { useSubmission } from './use-submission'

const request = vi.mocked(Taro.request)
const bindBody = { name: '李娜', idNumber: '330304198807214523' }

function loggedIn() {
  sessionStore.set({ token: 'token-abc', me: citizen })
}

test('a logged-in person asks in their language and shows their bearer token', async () => {
  loggedIn()
  localeStore.set('en')
  request.mockResolvedValueOnce(answer(200, citizen))

  const result = await call(getMe, {})

  expect(result).toEqual({ ok: true, value: citizen })
  const { url, method, header } = sent(request)
  expect(url).toBe('/api/me')
  expect(method).toBe('GET')
  expect(header.Authorization).toBe('Bearer token-abc')
  expect(header['Accept-Language']).toBe('en')
  expect(header['X-Acting-For']).toBeUndefined()
})

test('a school checking a certificate sends no token, even from a logged-in phone', async () => {
  loggedIn()
  request.mockResolvedValueOnce(answer(404, problem('not_found', 404)))

  const result = await call(verifyCertificate, { params: { code: '7KQ2M9XD4TPA' } })

  expect(sent(request).url).toBe('/api/verify/certificates/7KQ2M9XD4TPA')
  expect(sent(request).header.Authorization).toBeUndefined()
  expect(result.ok).toBe(false)
})

test('grid staff acting for a citizen send the grant with every request', async () => {
  loggedIn()
  actingForStore.set({ grantId: 'grant-7', maskedName: '王**', idNumberHint: '3303…', scopes: ['profile.read'], expiresAt: '2030-01-01T00:00:00.000Z' })
  request.mockResolvedValue(answer(200, citizen))

  await call(getMe, {})
  await call(listProxyGrants, {})

  expect(sent(request, 0).header['X-Acting-For']).toBe('grant-7')
  expect(sent(request, 1).header['X-Acting-For']).toBe('grant-7')
})

test('retrying a submission whose answer was lost sends the same Idempotency-Key', async () => {
  loggedIn()
  request.mockRejectedValueOnce(noAnswer()).mockResolvedValueOnce(answer(200, citizen))
  const { result } = renderHook(() => useSubmission(bindRealName))

  let first: Awaited<ReturnType<typeof result.current.submit>> | undefined
  await act(async () => {
    first = await result.current.submit({ body: bindBody })
  })
  await act(async () => {
    await result.current.submit({ body: bindBody })
  })

  expect(first).toEqual({ ok: false, network: true })
  const firstKey = sent(request, 0).header['Idempotency-Key']
  expect(firstKey).toMatch(/^[A-Za-z0-9_-]{16,64}$/)
  expect(sent(request, 1).header['Idempotency-Key']).toBe(firstKey)
  expect(sent(request, 0).header['Content-Type']).toBe('application/json')
  expect(sent(request, 0).data).toEqual(bindBody)
})

test('changing the form after a failed attempt makes the next submission a new one', async () => {
  loggedIn()
  request.mockRejectedValueOnce(noAnswer()).mockResolvedValueOnce(answer(200, citizen))
  const { result } = renderHook(() => useSubmission(bindRealName))

  await act(async () => {
    await result.current.submit({ body: bindBody })
  })
  act(() => result.current.edited())
  await act(async () => {
    await result.current.submit({ body: { ...bindBody, name: '李 娜' } })
  })

  expect(sent(request, 1).header['Idempotency-Key']).not.toBe(sent(request, 0).header['Idempotency-Key'])
})

test('a refusal comes back as a problem with its field errors, not as a network failure', async () => {
  loggedIn()
  const refusal = problem('validation_failed', 400, {
    errors: [{ path: 'body.idNumber', key: 'idNumber.checkDigit', message: 'check digit' }],
  })
  request.mockResolvedValueOnce(answer(400, refusal))

  const result = await call(bindRealName, { body: bindBody })

  expect(result).toEqual({ ok: false, network: false, problem: refusal })
})

test('no answer at all is told apart from a refusal', async () => {
  loggedIn()
  request.mockRejectedValueOnce(noAnswer())

  expect(await call(getMe, {})).toEqual({ ok: false, network: true })
  expect(sessionStore.get()?.token).toBe('token-abc')
})

test('an ended session forgets the token and sends the person to log in again', async () => {
  loggedIn()
  request.mockResolvedValueOnce(answer(401, problem('session_expired', 401)))

  const result = await call(getMe, {})

  expect(result.ok).toBe(false)
  expect(sessionStore.get()).toBeNull()
  expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index?reason=session_expired' })
})

test('a proxy grant that is no longer valid stops the acting and says so', async () => {
  loggedIn()
  actingForStore.set({ grantId: 'grant-7', maskedName: '王**', idNumberHint: '3303…', scopes: ['records.read'], expiresAt: '2030-01-01T00:00:00.000Z' })
  request.mockResolvedValueOnce(answer(403, problem('proxy_grant_invalid', 403)))

  await call(getMe, {})

  expect(actingForStore.get()).toBeNull()
  expect(actingStopNoticeStore.get()).toBe('grant_invalid')
  expect(sessionStore.get()).not.toBeNull()
})

test('an answer that does not match the contract is not trusted', async () => {
  loggedIn()
  request.mockResolvedValueOnce(answer(200, { id: 'u-zhang', roles: 'citizen' }))

  const result = await call(getMe, {})

  expect(result.ok).toBe(false)
  if (!result.ok && !result.network) expect(result.problem.code).toBe('internal')
})
