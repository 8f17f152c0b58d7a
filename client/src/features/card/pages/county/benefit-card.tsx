import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { TierFor } from '@renshe/shared/card/benefits'
import { setBenefitOpening } from '@renshe/shared/card/contract'
import type { CountyBenefits, OpenedBenefit } from '@renshe/shared/card/schemas'
import { focusById } from '../../../../lib/a11y/focus'
import { focusTarget, roleProps } from '../../../../lib/a11y/pressable'
import { useT } from '../../../../lib/i18n/translate'
import { useSubmission } from '../../../../lib/use-submission'
import { Banner } from '../../../../ui/banner'
import { Heading } from '../../../../ui/heading'
import { benefitLabels, kindLabel, reasonLabel } from '../../benefit-labels'
import { TierList } from '../../components/tier-list'
import { ConfirmAct } from '../../components/confirm-act'
import { countyMessages } from '../../county-messages'

type UsageLine = CountyBenefits['usage'][number]

interface BenefitCardProps {
  readonly benefit: OpenedBenefit
  /** This benefit's lines of the period's usage. */
  readonly usage: readonly UsageLine[]
  /** The city's name, said in what opening means. */
  readonly city: string
  readonly onChanged: (benefit: OpenedBenefit) => void
  readonly onOutdated: () => void
}

/** One benefit of the county: who pays what, whether the whole city gets it (and the act that changes it), and its use. */
export function BenefitCard({ benefit, usage, city, onChanged, onOutdated }: BenefitCardProps) {
  const t = useT(countyMessages)
  const label = useT(benefitLabels)
  const opening = useSubmission(setBenefitOpening)
  const [done, setDone] = useState<boolean | null>(null)
  const kind = kindLabel(label, benefit.kind)
  const id = `county-${benefit.kind}`
  useEffect(() => {
    if (done !== null) focusById(`${id}-done`)
  }, [done, id])

  const act = benefit.openToCity ? 'close' : 'open'
  return (
    <View {...roleProps('region')} aria-labelledby={`${id}-title`} className='county-benefit'>
      <Heading level={2} id={`${id}-title`} className='county-benefit__title'>
        {kind}
      </Heading>
      <Text className={benefit.openToCity ? 'county-reach county-reach--open' : 'county-reach'}>{t(benefit.openToCity ? 'benefit.open' : 'benefit.homeOnly')}</Text>
      <TierList heading={t('benefit.tiers')} tiers={benefit.tiers} />
      {done !== null ? (
        <View id={`${id}-done`} {...focusTarget()}>
          <Banner tone='success'>{t(done ? 'open.done' : 'close.done', { kind })}</Banner>
        </View>
      ) : null}
      <ConfirmAct
        key={act}
        id={`${id}-${act}`}
        trigger={t(`${act}.button`)}
        triggerVariant={act === 'open' ? 'primary' : 'secondary'}
        question={t(`${act}.question`, { city, kind })}
        yes={t(`${act}.yes`)}
        no={t(`${act}.no`)}
        send={() => opening.submit({ body: { kind: benefit.kind, openToCity: act === 'open' } })}
        onDone={(changed) => {
          setDone(changed.openToCity)
          onChanged(changed)
        }}
        onOutdated={onOutdated}
      />
      <BenefitUsage tiers={benefit.tiers.map((tier) => tier.for)} usage={usage} />
    </View>
  )
}

/** Uses by tier, from the county's own holders and from the rest of the city's; a tier with no line was not used. */
function BenefitUsage({ tiers, usage }: { readonly tiers: readonly TierFor[]; readonly usage: readonly UsageLine[] }) {
  const t = useT(countyMessages)
  const label = useT(benefitLabels)
  const rows = [...tiers, ...usage.map((line) => line.because).filter((because) => !tiers.includes(because))].map((because) => {
    const line = usage.find((found) => found.because === because)
    return { because, home: line?.fromHomeCounty ?? 0, other: line?.fromOtherCounties ?? 0 }
  })
  const total = rows.reduce((sum, row) => ({ home: sum.home + row.home, other: sum.other + row.other }), { home: 0, other: 0 })
  return (
    <View className='county-usage'>
      <Heading level={3} className='tier-list__heading'>
        {t('usage.title')}
      </Heading>
      {total.home + total.other === 0 ? <Text className='muted'>{t('usage.none')}</Text> : null}
      <View {...roleProps('list')}>
        {[...rows, { because: null, ...total }].map((row) => (
          <View key={row.because ?? 'total'} {...roleProps('listitem')} className={row.because ? 'county-usage__row' : 'county-usage__row county-usage__row--total'}>
            <Text className='county-usage__tier'>{row.because ? reasonLabel(label, row.because) : t('usage.total')}</Text>
            <Text className='county-usage__count'>{t('usage.home', { count: row.home })}</Text>
            <Text className='county-usage__count'>{t('usage.other', { count: row.other })}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
