import { isIPv4, isIPv6 } from 'node:net'

/** An IP address as a number: 32 bits for IPv4, 128 for IPv6. */
export interface IpAddress {
  readonly family: 4 | 6
  readonly value: bigint
}

/** A range of addresses, `10.0.0.0/8` or `fd00::/8`. */
export interface IpNetwork {
  readonly family: 4 | 6
  readonly network: bigint
  readonly prefix: number
}

const bitsOf = { 4: 32, 6: 128 } as const
const mappedPrefix = 0xffffn

function ipv4Value(text: string): bigint {
  return text.split('.').reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n)
}

function ipv6Value(text: string): bigint {
  let plain = text
  // A dotted IPv4 tail (`::ffff:192.0.2.1`) is the last two groups.
  const lastColon = plain.lastIndexOf(':')
  const tail = plain.slice(lastColon + 1)
  if (tail.includes('.')) {
    const v4 = ipv4Value(tail)
    plain = `${plain.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`
  }
  const [left = '', right] = plain.split('::')
  const head = left === '' ? [] : left.split(':')
  const rest = right === undefined ? [] : right === '' ? [] : right.split(':')
  const groups = [...head, ...Array<string>(8 - head.length - rest.length).fill('0'), ...rest]
  return groups.reduce((value, group) => (value << 16n) | BigInt(Number.parseInt(group, 16)), 0n)
}

/**
 * Reads an address as a proxy or a socket writes it: bare, in brackets, with a port, or with an
 * IPv6 zone. IPv4-mapped IPv6 (`::ffff:192.0.2.1`, what a dual-stack socket reports for an IPv4
 * caller) is read as the IPv4 address it is. Anything else is null.
 */
export function parseIpAddress(raw: string): IpAddress | null {
  let text = raw.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text)
  if (bracketed?.[1]) text = bracketed[1]
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.indexOf(':'))
  text = text.replace(/%[^%]*$/, '')
  if (isIPv4(text)) return { family: 4, value: ipv4Value(text) }
  if (!isIPv6(text)) return null
  const value = ipv6Value(text)
  if (value >> 32n === mappedPrefix) return { family: 4, value: value & 0xffffffffn }
  return { family: 6, value }
}

/** `10.0.0.0/8`, `fd00::/8`, or one address (`/32`, `/128`). Null when it is none of these. */
export function parseIpNetwork(text: string): IpNetwork | null {
  const [addressText = '', prefixText, ...more] = text.trim().split('/')
  if (more.length > 0) return null
  const address = parseIpAddress(addressText)
  if (!address) return null
  // A mapped network (`::ffff:10.0.0.0/104`) is read as the IPv4 network it covers.
  const mapped = address.family === 4 && isIPv6(addressText.trim())
  const bits = bitsOf[address.family]
  let prefix = bits
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText)) return null
    prefix = Number(prefixText) - (mapped ? 96 : 0)
    if (prefix < 0 || prefix > bits) return null
  }
  return { family: address.family, network: maskOf(address, prefix), prefix }
}

function maskOf(address: IpAddress, prefix: number): bigint {
  const host = BigInt(bitsOf[address.family] - prefix)
  return (address.value >> host) << host
}

export function inNetwork(address: IpAddress, network: IpNetwork): boolean {
  return address.family === network.family && maskOf(address, network.prefix) === network.network
}

/**
 * The rate-limit bucket of an address. An IPv4 address is its own bucket. An IPv6 address is
 * bucketed by its /64: one subscriber (a home, a phone) is usually given a whole /64, and
 * would otherwise hold 2^64 buckets, one fresh for every request.
 */
export function bucketOfAddress(address: IpAddress): string {
  if (address.family === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String((address.value >> shift) & 0xffn)).join('.')
  }
  const groups = [112n, 96n, 80n, 64n].map((shift) => ((address.value >> shift) & 0xffffn).toString(16))
  return `${groups.join(':')}::/64`
}
