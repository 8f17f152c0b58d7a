import { randomBytes } from 'node:crypto'
import { expect, test } from 'vitest'
import { fromBase64url, toBase64url } from '@renshe/shared/card/base64url'
import { ecardClockSkewSeconds, ecardTokenSeconds, verifyEcardToken, type EcardClaims } from '@renshe/shared/card/ecard-token'
import { nobleVerify } from '@renshe/shared/card/ecard-verify'
import { createEcardSigner, nodeVerify } from './ecard-signing'

const now = 1_796_000_000
const claims: EcardClaims = { c: 'card-ref-0001', m: '王*', b: ['senior70'], r: '330302', i: now, e: now + ecardTokenSeconds, n: 'nonce-00001' }
const portal = createEcardSigner([{ kid: 'k2026a', seed: randomBytes(32) }])
const published = portal.publicKeys()
const check = (token: string, at = now) => [nobleVerify, nodeVerify].map((verify) => verifyEcardToken(token, published, at, verify))

test('a token whose claims were changed is refused: a free ride added to a fare-paying holder, or a later expiry, breaks the signature', () => {
  const [prefix, kid, body, signature] = portal.sign(claims).split('.')
  const decoded = JSON.parse(new TextDecoder().decode(fromBase64url(body ?? '') ?? new Uint8Array())) as EcardClaims
  for (const changed of [{ ...decoded, b: ['senior70', 'disability1'] }, { ...decoded, e: decoded.e + 3600 }, { ...decoded, c: 'card-ref-0002' }]) {
    const forged = [prefix, kid, toBase64url(new TextEncoder().encode(JSON.stringify(changed))), signature].join('.')
    expect(check(forged)).toEqual([
      { ok: false, reason: 'bad_signature' },
      { ok: false, reason: 'bad_signature' },
    ])
  }
})

test('a token signed by a key that is not the portal’s is refused, under the portal’s key id or another', () => {
  const foreign = createEcardSigner([{ kid: 'k2026a', seed: randomBytes(32) }])
  expect(check(foreign.sign(claims))).toEqual([
    { ok: false, reason: 'bad_signature' },
    { ok: false, reason: 'bad_signature' },
  ])
  const unknown = createEcardSigner([{ kid: 'k-other', seed: randomBytes(32) }])
  expect(check(unknown.sign(claims))[0]).toEqual({ ok: false, reason: 'unknown_key' })
})

test('a token is good for its minute only, give or take the verifier’s clock: expired, not yet valid, or made to last longer, it is refused', () => {
  const token = portal.sign(claims)
  expect(check(token, now + ecardTokenSeconds + ecardClockSkewSeconds - 1)[0]?.ok).toBe(true)
  expect(check(token, now + ecardTokenSeconds + ecardClockSkewSeconds)[0]).toEqual({ ok: false, reason: 'expired' })
  expect(check(token, now - ecardClockSkewSeconds - 1)[0]).toEqual({ ok: false, reason: 'not_yet_valid' })
  // Even signed by the portal, a token that claims more than a minute is refused.
  expect(check(portal.sign({ ...claims, e: now + 3600 }))[0]).toEqual({ ok: false, reason: 'expired' })
})

test('what is not a token of the portal is malformed, never an error: cut, padded, too long, another version, or junk', () => {
  const token = portal.sign(claims)
  const signature = token.split('.')[3] ?? ''
  for (const junk of ['', 'RC1', token.slice(0, -2), `${token}=`, `RC2${token.slice(3)}`, `${token}.x`, token.replace(signature, toBase64url(randomBytes(63))), 'RC1.K2026A.e30.AA', 'x'.repeat(10_000)]) {
    expect(check(junk)[0], junk.slice(0, 40)).toEqual({ ok: false, reason: 'malformed' })
  }
})
