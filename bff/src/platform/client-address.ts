import type { Context } from 'hono'
import type { ProxyTrust } from '../config'
import { bucketOfAddress, inNetwork, parseIpAddress, parseIpNetwork, type IpAddress, type IpNetwork } from './ip-address'

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } }
}

const parsedNetworks = new WeakMap<readonly string[], readonly IpNetwork[]>()

function networksOf(texts: readonly string[]): readonly IpNetwork[] {
  let networks = parsedNetworks.get(texts)
  if (!networks) {
    // The configuration checked every entry when it was loaded.
    networks = texts.flatMap((text) => parseIpNetwork(text) ?? [])
    parsedNetworks.set(texts, networks)
  }
  return networks
}

/**
 * The address that sent the request: the socket's peer, and then, from right to left, the
 * `X-Forwarded-For` entries each trusted proxy appended. Only what trusted proxies wrote is
 * believed: with `hops`, the entry that many hops from the socket (Express's "trust proxy n");
 * with `proxies`, the first address, from the right, that is not one of the proxies. Entries to
 * its left are whatever the caller sent, and are never read.
 */
function callerOf(socket: string | undefined, forwardedFor: string | undefined, trust: ProxyTrust): IpAddress | string {
  const peer = socket === undefined ? undefined : parseIpAddress(socket)
  const fallback = peer ?? socket ?? 'local'
  if (trust.kind === 'none' || forwardedFor === undefined) return fallback
  const hops = forwardedFor.split(',').reverse()
  if (trust.kind === 'hops') {
    const entry = hops[Math.min(trust.hops, hops.length) - 1]
    return (entry === undefined ? null : parseIpAddress(entry)) ?? fallback
  }
  const networks = networksOf(trust.networks)
  const trusted = (address: IpAddress) => networks.some((network) => inNetwork(address, network))
  let caller = peer
  if (!caller || !trusted(caller)) return fallback
  for (const entry of hops) {
    const next = parseIpAddress(entry)
    // What a trusted proxy passed on is not an address: stop at the proxy that passed it.
    if (!next) return caller
    caller = next
    if (!trusted(caller)) return caller
  }
  return caller
}

/**
 * The caller, as rate limits count it: its address as far as trusted proxies vouch for it
 * (`TRUST_PROXY_HOPS`, `TRUSTED_PROXIES`), an IPv4 address as itself (also when a dual-stack
 * socket reports it IPv4-mapped), an IPv6 address by its /64. Without a trusted proxy the
 * socket's peer counts, whatever `X-Forwarded-For` says: otherwise a caller could choose its
 * own bucket.
 */
export function clientAddress(c: Context, trust: ProxyTrust): string {
  const socket = (c.env as NodeBindings | undefined)?.incoming?.socket
  const forwardedFor = c.req.header('x-forwarded-for')
  if (!socket || (trust.kind !== 'none' && forwardedFor !== undefined)) return bucketOf(callerOf(socket?.remoteAddress, forwardedFor, trust))
  // Only the socket's peer counts: worked out once per connection, which a keep-alive client
  // sends many requests on.
  let caller = peerOfSocket.get(socket)
  if (caller === undefined) {
    caller = bucketOf(callerOf(socket.remoteAddress, undefined, trust))
    peerOfSocket.set(socket, caller)
  }
  return caller
}

const peerOfSocket = new WeakMap<object, string>()

function bucketOf(caller: IpAddress | string): string {
  return typeof caller === 'string' ? caller : bucketOfAddress(caller)
}
