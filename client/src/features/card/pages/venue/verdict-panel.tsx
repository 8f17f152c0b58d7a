import { Text, View } from '@tarojs/components'
import type { EcardClaims } from '@renshe/shared/card/ecard-token'
import type { EcardUseRefusal } from '@renshe/shared/card/schemas'
import { problemTitles } from '@renshe/shared/platform/messages'
import { roleProps } from '../../../../lib/a11y/pressable'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useRegionName } from '../../../../ui/region-name'
import { benefitLabels, payLabel, reasonLabel } from '../../benefit-labels'
import type { FullPriceReason, OfflineVerdict } from '../../venue-offline'
import type { OnlineOutcome } from '../../venue-uses'
import { venueMessages, type VenueT } from '../../venue-messages'

/** One code checked at the gate: the phone's verdict at once, then the portal's when it comes. */
export interface CodeCheck {
  /** A new number for each check, so a late answer to an earlier one never shows under a later. */
  readonly id: number
  readonly offline: OfflineVerdict
  /** Refused by this phone before asking anyone: it admitted this code already. */
  readonly usedHere: boolean
  readonly online: { readonly kind: 'skipped' } | { readonly kind: 'sending' } | OnlineOutcome
}

type Refusal = EcardUseRefusal | 'no_benefit'

/** What the gate is told: admit at a price, full price, or not this code, with why and whose it is. */
interface Shown {
  readonly tone: 'admit' | 'full' | 'refused'
  readonly payPercent?: number
  readonly reason: string
  readonly holder: { readonly name: string; readonly regionCode: string | null } | null
}

const fullPriceReasons: readonly Refusal[] = ['not_open', 'no_tier', 'no_benefit'] satisfies readonly FullPriceReason[]

function claimsOf(offline: OfflineVerdict): EcardClaims | null {
  return offline.kind === 'refused' ? null : offline.claims
}

/** The portal's verdict when there is one (it decides from the holder's facts as they are now), the phone's otherwise. */
function shownOf(check: CodeCheck, refusal: (reason: Refusal) => string, because: (tier: Parameters<typeof reasonLabel>[1]) => string): Shown {
  const claims = claimsOf(check.offline)
  const holder = claims ? { name: claims.m, regionCode: claims.r } : null
  const refused = (reason: Refusal, name: string | null = null): Shown => ({
    tone: fullPriceReasons.includes(reason) ? 'full' : 'refused',
    reason: refusal(reason),
    holder: name ? { name, regionCode: claims?.r ?? null } : holder,
  })
  if (check.usedHere) return refused('already_used')
  if (check.online.kind === 'verdict') {
    const { verdict } = check.online
    if (!verdict.admitted) return refused(verdict.reason, verdict.holderMaskedName)
    return { tone: 'admit', payPercent: verdict.payPercent, reason: because(verdict.because), holder: { name: verdict.holderMaskedName, regionCode: verdict.homeRegionCode } }
  }
  const { offline } = check
  if (offline.kind === 'admit') return { tone: 'admit', payPercent: offline.payPercent, reason: because(offline.because), holder }
  return refused(offline.reason)
}

function onlineLines(check: CodeCheck, t: VenueT, problemTitle: (code: keyof typeof problemTitles) => string): string[] {
  const { online, offline } = check
  if (check.usedHere) return []
  switch (online.kind) {
    case 'skipped':
      return []
    case 'sending':
      return [t('online.sending')]
    case 'pending':
      return [t('online.pending')]
    case 'offline':
      return [t('online.offline')]
    case 'problem':
      return [online.pending ? t('online.problem') : problemTitle(online.problem.code)]
    case 'verdict': {
      const differs = online.verdict.admitted !== (offline.kind === 'admit')
      const lines = online.verdict.admitted ? [t('online.recorded')] : []
      return differs ? [...lines, t('online.differs')] : lines
    }
  }
}

const marks = { admit: '✓', full: '!', refused: '✕' } as const

/**
 * The result, large enough to read at arm's length, in words and by shape (a tick, a bang, a
 * cross), never by colour alone. Read out when it changes: the scanner's field keeps the focus.
 */
export function VerdictPanel({ check, venueRegionCode }: { readonly check: CodeCheck; readonly venueRegionCode: string }) {
  const t = useT(venueMessages)
  const label = useT(benefitLabels)
  const locale = useLocale()
  const regionName = useRegionName()
  const shown = shownOf(
    check,
    (reason) => t(`refusal.${reason}`, { county: regionName(venueRegionCode) }),
    (tier) => reasonLabel(label, tier),
  )
  const headline = shown.tone === 'admit' ? t('result.admit', { pay: payLabel(label, shown.payPercent ?? 100) }) : t(shown.tone === 'full' ? 'result.fullPrice' : 'result.refused')
  const lines = onlineLines(check, t, (code) => problemTitles[code][locale])
  return (
    <View {...roleProps('status')} aria-live='polite' aria-atomic='true' aria-label={t('result.label')} className={`venue-result venue-result--${shown.tone}`}>
      <View className='venue-result__head'>
        <Text aria-hidden='true' className='venue-result__mark'>
          {marks[shown.tone]}
        </Text>
        <Text className='venue-result__headline'>{headline}</Text>
      </View>
      <Text className='venue-result__reason'>{shown.reason}</Text>
      {shown.holder ? (
        <Text className='venue-result__holder'>
          {shown.holder.regionCode ? t('result.holder', { name: shown.holder.name, county: regionName(shown.holder.regionCode) }) : t('result.holderName', { name: shown.holder.name })}
        </Text>
      ) : null}
      {lines.map((line) => (
        <Text key={line} className='venue-result__online'>
          {line}
        </Text>
      ))}
    </View>
  )
}
