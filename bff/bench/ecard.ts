import { randomBytes } from 'node:crypto'
import { ecardTokenSeconds, verifyEcardToken, type EcardClaims } from '@renshe/shared/card/ecard-token'
import { nobleVerify } from '@renshe/shared/card/ecard-verify'
import { createEcardSigner, nodeVerify } from '../src/platform/ecard-signing'

/*
 * The e-card's offline figures (decision 064), in this process, no server: how many tokens a
 * second the portal signs, and how many a second a verifier checks with the published key — with
 * noble (the library a venue's phone runs) and with node:crypto (a gate's Node). Each check is the
 * whole offline verification: parsing, claims, key lookup, signature, minute.
 */

export interface EcardFigure {
  readonly signed: number
  readonly checkedNoble: number
  readonly checkedNode: number
}

function perSecond(count: number, run: (index: number) => void): number {
  const started = process.hrtime.bigint()
  for (let index = 0; index < count; index += 1) run(index)
  return count / (Number(process.hrtime.bigint() - started) / 1e9)
}

export function measureEcard(count: number): EcardFigure {
  const signer = createEcardSigner([{ kid: 'bench', seed: randomBytes(32) }])
  const now = Math.floor(Date.now() / 1000)
  const claims = (index: number): EcardClaims => ({ c: `card-${String(index).padStart(8, '0')}`, m: '王*', b: ['senior70'], r: '330302', i: now, e: now + ecardTokenSeconds, n: `nonce-${String(index).padStart(8, '0')}` })
  const tokens: string[] = []
  const signed = perSecond(count, (index) => tokens.push(signer.sign(claims(index))))
  const keys = signer.publicKeys()
  const check = (verify: typeof nobleVerify) => (index: number) => {
    if (!verifyEcardToken(tokens[index] ?? '', keys, now, verify).ok) throw new Error('an e-card token the bench signed was refused')
  }
  return { signed, checkedNoble: perSecond(count, check(nobleVerify)), checkedNode: perSecond(count, check(nodeVerify)) }
}
