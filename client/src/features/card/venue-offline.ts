import { fromBase64url } from '@renshe/shared/card/base64url'
import { entitlementOf, type TierFor } from '@renshe/shared/card/benefits'
import { verifyEcardToken, type EcardClaims, type EcardPublicKey, type EcardRefusal } from '@renshe/shared/card/ecard-token'
import { nobleVerify } from '@renshe/shared/card/ecard-verify'
import type { EcardKeys, MyVenue } from '@renshe/shared/card/schemas'

/** Why a genuine code gives nothing here: the county keeps it for its own, no tier is hers, or the venue's county has no benefit of its kind. */
export type FullPriceReason = 'not_open' | 'no_tier' | 'no_benefit'

/**
 * The venue phone's own verdict on a code (decision 066), with no network: refused (the code
 * itself), or genuine — and then what the holder pays here by the categories the code carries
 * and the venue's benefit as last fetched.
 */
export type OfflineVerdict =
  | { readonly kind: 'refused'; readonly reason: EcardRefusal }
  | { readonly kind: 'admit'; readonly claims: EcardClaims; readonly payPercent: number; readonly because: TierFor }
  | { readonly kind: 'fullPrice'; readonly claims: EcardClaims; readonly reason: FullPriceReason }

/** The published keys as the verifier takes them; a key that is not 32 bytes of base64url is left out (it could verify nothing). */
export function publicKeysOf(published: EcardKeys): EcardPublicKey[] {
  return published.keys.flatMap(({ kid, publicKey }) => {
    const bytes = fromBase64url(publicKey)
    return bytes && bytes.length === 32 ? [{ kid, publicKey: bytes }] : []
  })
}

export function checkOffline(token: string, keys: readonly EcardPublicKey[], venue: MyVenue, nowSeconds: number): OfflineVerdict {
  const verdict = verifyEcardToken(token, keys, nowSeconds, nobleVerify)
  if (!verdict.ok) return { kind: 'refused', reason: verdict.reason }
  const { claims } = verdict
  if (!venue.benefit) return { kind: 'fullPrice', claims, reason: 'no_benefit' }
  const entitlement = entitlementOf(venue.benefit, { categories: claims.b, homeRegionCode: claims.r }, venue.benefit.openToCity)
  if (!entitlement.entitled) return { kind: 'fullPrice', claims, reason: entitlement.reason }
  return { kind: 'admit', claims, payPercent: entitlement.payPercent, because: entitlement.because }
}
