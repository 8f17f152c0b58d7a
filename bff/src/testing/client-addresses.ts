import { Hono } from 'hono'
import { clientAddress } from '../platform/client-address'
import { testConfig, type TestContext } from './harness'

/** What @hono/node-server hands a request as its environment: the socket it came on. */
export const fromSocket = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } })

const forwarded = (forwardedFor: string | undefined): Record<string, string> => (forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor })

/**
 * Who the portal, configured with `env`, takes for the caller of a request that came on a
 * socket from `socket` with this `X-Forwarded-For`: the rate-limit bucket it would count in.
 */
export function addressSeen(env: Record<string, string>): (socket: string, forwardedFor?: string) => Promise<string> {
  const config = testConfig(env)
  const app = new Hono().get('/', (c) => c.text(clientAddress(c, config.trustProxy)))
  return async (socket, forwardedFor) => (await app.request('/', { headers: forwarded(forwardedFor) }, fromSocket(socket))).text()
}

/** A public certificate lookup (limited per client address by VERIFY_RATE_LIMIT) from a socket, through proxies. */
export function lookUpFrom(t: TestContext, socket: string, forwardedFor?: string): Promise<Response> {
  return Promise.resolve(t.app.request('/api/verify/certificates/AAAABBBBCCCC', { headers: forwarded(forwardedFor) }, fromSocket(socket)))
}
