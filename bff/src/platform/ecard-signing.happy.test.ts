import { randomBytes } from 'node:crypto'
import { expect, test } from 'vitest'
import { ecardTokenSeconds, verifyEcardToken, type EcardClaims } from '@renshe/shared/card/ecard-token'
import { nobleVerify } from '@renshe/shared/card/ecard-verify'
import { CardSigningKeys, createEcardSigner, developmentEcardSigner, nodeVerify } from './ecard-signing'

const now = 1_796_000_000
const claims: EcardClaims = { c: 'card-ref-0001', m: '王*', b: ['senior70'], r: '330302', i: now, e: now + ecardTokenSeconds, n: 'nonce-00001' }
const key = (kid: string) => ({ kid, seed: randomBytes(32) })

test('a token the portal signs is checked offline by a venue with the published key (noble, no node:crypto), and by the portal itself, and says what was signed', () => {
  const signer = createEcardSigner([key('k2026a')])
  const token = signer.sign(claims)
  expect(token).toMatch(/^RC1\.k2026a\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/)
  // Small enough for a QR code a phone at a gate reads at once.
  expect(token.length).toBeLessThan(300)
  for (const verify of [nobleVerify, nodeVerify]) {
    expect(verifyEcardToken(token, signer.publicKeys(), now + 10, verify)).toEqual({ ok: true, kid: 'k2026a', claims })
  }
})

test('keys rotate by id: a key published second verifies nothing it has not signed, then signs once moved first, and tokens of the old key stay good while it is published', () => {
  const [old, next] = [key('k2026a'), key('k2027a')]
  const before = createEcardSigner([old, next])
  const oldToken = before.sign(claims)
  const after = createEcardSigner([next, old])
  const newToken = after.sign({ ...claims, n: 'nonce-00002' })
  expect(newToken.split('.')[1]).toBe('k2027a')
  // A verifier that fetched the list while the new key was second holds both.
  const held = before.publicKeys()
  expect(held.map((published) => published.kid)).toEqual(['k2026a', 'k2027a'])
  expect(verifyEcardToken(oldToken, held, now, nobleVerify).ok).toBe(true)
  expect(verifyEcardToken(newToken, held, now, nobleVerify).ok).toBe(true)
  // Once the old key is dropped, its tokens are no one's.
  expect(verifyEcardToken(oldToken, createEcardSigner([next]).publicKeys(), now, nobleVerify)).toEqual({ ok: false, reason: 'unknown_key' })
})

test('configured keys are read as kid:seed pairs, the first signing; the development signer says it is one and stays the same for the same secret', () => {
  const [a, b] = [key('k2026a'), key('k2027a')]
  const parsed = CardSigningKeys.parse(`${a.kid}:${a.seed.toString('base64')}, ${b.kid}:${b.seed.toString('base64')}`)
  expect(parsed.map((entry) => entry.kid)).toEqual(['k2026a', 'k2027a'])
  expect(createEcardSigner(parsed).kid).toBe('k2026a')
  const secret = randomBytes(32)
  const development = developmentEcardSigner(secret)
  expect(development).toMatchObject({ kid: 'development', development: true })
  expect(developmentEcardSigner(secret).publicKeys()).toEqual(development.publicKeys())
  expect(verifyEcardToken(development.sign(claims), development.publicKeys(), now, nobleVerify).ok).toBe(true)
})
