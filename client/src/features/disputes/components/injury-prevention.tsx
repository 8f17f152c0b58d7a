import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { getPreventionScore } from '@renshe/shared/disputes/injury-contract'
import type { PreventionScore } from '@renshe/shared/disputes/injury-cases'
import type { Problem } from '@renshe/shared/platform/problem'
import { roleProps } from '../../../lib/a11y/pressable'
import { call } from '../../../lib/api'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { hasKey, useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { ProblemNotice } from '../../../ui/problem-notice'
import { dateAtNoon } from '../dates'
import { injuryCaseMessages } from '../injury-case-messages'

type Factor = PreventionScore['factors'][number]
type State = { readonly status: 'idle' | 'loading' } | { readonly status: 'ok'; readonly score: PreventionScore } | { readonly status: 'failed'; readonly problem: Problem | null }

/** A count or a rate, with at most two decimals and none that say nothing (WeChat's runtime may lack Intl's options). */
const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, ''))

/**
 * The employer's work-safety index for the officers of its county (decision 071), read when asked
 * for: the score, and each number that takes from it with the counts behind it, over what period,
 * what it takes off and by what rule — so that an officer can say why. A prompt for where to look,
 * not a rating.
 */
export function InjuryPrevention({ creditCode }: { readonly creditCode: string }) {
  const t = useT(injuryCaseMessages)
  const locale = useLocale()
  const [state, setState] = useState<State>({ status: 'idle' })

  const load = async () => {
    setState({ status: 'loading' })
    const result = await call(getPreventionScore, { params: { creditCode } })
    if (result.ok) return setState({ status: 'ok', score: result.value })
    setState({ status: 'failed', problem: result.network ? null : result.problem })
  }

  const basisText = (factor: Factor) =>
    Object.entries(factor.basis)
      .map(([name, n]) => {
        const key = `prevention.basis.${name}`
        return hasKey(injuryCaseMessages, key) ? t(key, { n: number(n) }) : t('prevention.basis.other', { name, n: number(n) })
      })
      .join(locale === 'en' ? ', ' : '，')

  return (
    <Card title={t('prevention.title')}>
      <Text className='muted'>{t('prevention.lead')}</Text>
      {state.status === 'ok' ? (
        <View>
          <View className='inj-score'>
            <Text>{t('prevention.scoreLabel')}</Text>
            <Text className='inj-score__number'>{t('prevention.score', { score: state.score.score })}</Text>
            <Text className='muted'>{`${state.score.employerName} · ${t('prevention.asOf', { date: formatDate(dateAtNoon(state.score.asOf), locale) })}`}</Text>
          </View>
          <Text className='arb-fact__label'>{t('prevention.factors')}</Text>
          <View {...roleProps('list')} className='arb-steps'>
            {state.score.factors.map((factor) => (
              <View key={factor.key} {...roleProps('listitem')} className={factor.penalty > 0 ? 'inj-factor inj-factor--penalty' : 'inj-factor'}>
                <Text className='inj-factor__name'>
                  {t('prevention.factorHead', { name: t(`prevention.${factor.key}`), penalty: factor.penalty > 0 ? t('prevention.penalty', { penalty: factor.penalty }) : t('prevention.noPenalty') })}
                </Text>
                <Text>{t(`prevention.${factor.key}.value`, { value: number(factor.value) })}</Text>
                <Text>{t('prevention.counted', { days: factor.periodDays, counts: basisText(factor) })}</Text>
                <Text className='muted'>{t(`prevention.${factor.key}.rule`)}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : (
        <View>
          {state.status === 'failed' ? <ProblemNotice problem={state.problem} onRetry={() => void load()} /> : null}
          <Button variant='secondary' block busy={state.status === 'loading'} onPress={() => void load()}>
            {t('prevention.load')}
          </Button>
        </View>
      )}
    </Card>
  )
}
