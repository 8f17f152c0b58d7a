import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { BenefitKind } from '@renshe/shared/card/benefits'
import { getCountyBenefits } from '@renshe/shared/card/contract'
import type { CountyBenefits, OpenedBenefit } from '@renshe/shared/card/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { EmptyState } from '../../../../ui/empty-state'
import { Heading } from '../../../../ui/heading'
import { Loading } from '../../../../ui/loading'
import { LoginNotice } from '../../../../ui/login-notice'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { useRegionName } from '../../../../ui/region-name'
import { benefitLabels, kindLabel, reasonLabel } from '../../benefit-labels'
import { dateAtNoon, lastDays, type PeriodChoice } from '../../county-period'
import { countyMessages } from '../../county-messages'
import { BenefitCard } from './benefit-card'
import { PeriodChooser } from './period-chooser'
import '../../card.css'
import '../../county.css'

interface Period {
  readonly choice: PeriodChoice
  /** Empty: the portal's own last 30 days, counted to its today. */
  readonly query: { readonly from?: string; readonly to?: string }
}

/**
 * An officer's county card benefits (decision 066): each benefit with who pays what, opened to
 * the whole city (同城同待遇) or kept for the county's own holders — an act said before it is
 * done — and its use over a period, from the county's own holders and from the rest of the city.
 */
export default function CountyBenefitsPage() {
  const t = useT(countyMessages)
  const session = useStore(sessionStore)
  const [period, setPeriod] = useState<Period>({ choice: '30', query: {} })
  const [loaded, reload] = useOperation(getCountyBenefits, session ? { query: period.query } : null)
  // What was shown stays while another period loads, so the chooser keeps its place and focus.
  const [shown, setShown] = useState<CountyBenefits | null>(null)
  // The portal's today, from its default period: the last 7 or 90 days count back from it, not from the phone's clock.
  const today = useRef<string | null>(null)
  useEffect(() => {
    if (loaded.status !== 'ok') return
    if (!period.query.from) today.current = loaded.value.to
    setShown(loaded.value)
  }, [loaded, period.query.from])

  const days = (count: 7 | 30 | 90) => {
    const base = today.current ?? shown?.to ?? null
    setPeriod({ choice: `${count}`, query: count === 30 || !base ? {} : lastDays(base, count) })
  }

  return (
    <PageShell title={t('title')} operation={getCountyBenefits}>
      {!session ? <LoginNotice back={routes.countyBenefits} lead={t('login.lead')} /> : null}
      {session && !shown && loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading /> : null}
      {session && shown ? (
        <County
          value={shown}
          period={period}
          loading={loaded.status === 'loading'}
          onDays={days}
          onDates={(from, to) => setPeriod({ choice: 'dates', query: { from, to } })}
          onChanged={(benefit) => setShown((value) => (value ? { ...value, benefits: value.benefits.map((found) => (found.kind === benefit.kind ? benefit : found)) } : value))}
          onOutdated={reload}
        />
      ) : null}
    </PageShell>
  )
}

interface CountyProps {
  readonly value: CountyBenefits
  readonly period: Period
  readonly loading: boolean
  readonly onDays: (days: 7 | 30 | 90) => void
  readonly onDates: (from: string, to: string) => void
  readonly onChanged: (benefit: OpenedBenefit) => void
  readonly onOutdated: () => void
}

function County({ value, period, loading, onDays, onDates, onChanged, onOutdated }: CountyProps) {
  const t = useT(countyMessages)
  const label = useT(benefitLabels)
  const locale = useLocale()
  const regionName = useRegionName()
  const county = regionName(value.regionCode)
  const city = regionName(`${value.regionCode.slice(0, 4)}00`)
  const kinds = new Set<BenefitKind>(value.benefits.map((benefit) => benefit.kind))
  // Uses of a kind the county no longer has a benefit of still happened in the period: shown apart.
  const others = value.usage.filter((line) => !kinds.has(line.kind))

  if (value.benefits.length === 0 && others.length === 0) return <EmptyState message={t('empty', { county })} />
  return (
    <View className='stack'>
      <Text className='page__lead'>{t('lead', { county, city })}</Text>
      <PeriodChooser choice={period.choice} from={value.from} to={value.to} onDays={onDays} onDates={onDates} />
      <View {...roleProps('status')} className='county-range'>
        <Text>{t('usage.range', { from: formatDate(dateAtNoon(value.from), locale), to: formatDate(dateAtNoon(value.to), locale) })}</Text>
        {loading ? <Loading /> : null}
      </View>
      {value.benefits.length === 0 ? <EmptyState message={t('empty', { county })} /> : null}
      {value.benefits.map((benefit) => (
        <BenefitCard
          key={benefit.kind}
          benefit={benefit}
          usage={value.usage.filter((line) => line.kind === benefit.kind)}
          city={city}
          onChanged={onChanged}
          onOutdated={onOutdated}
        />
      ))}
      {others.length > 0 ? (
        <View className='county-benefit'>
          <Heading level={2} className='county-benefit__title'>
            {t('usage.others')}
          </Heading>
          <View {...roleProps('list')}>
            {others.map((line) => (
              <View key={`${line.kind}-${line.because}`} {...roleProps('listitem')} className='county-usage__row'>
                <Text className='county-usage__tier'>
                  {kindLabel(label, line.kind)} · {reasonLabel(label, line.because)}
                </Text>
                <Text className='county-usage__count'>{t('usage.home', { count: line.fromHomeCounty })}</Text>
                <Text className='county-usage__count'>{t('usage.other', { count: line.fromOtherCounties })}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  )
}
