import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { getYearRecords } from '@renshe/shared/records/contract'
import { InsuranceType } from '@renshe/shared/records/schemas'
import { chinaDate } from '@renshe/shared/platform/china-time'
import type { Problem } from '@renshe/shared/platform/problem'
import type { YearRecords } from '@renshe/shared/records/schemas'
import { pressable, roleProps } from '../../../../lib/a11y/pressable'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { formatFen } from '../../../../lib/format'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { Card } from '../../../../ui/card'
import { domainLabels } from '../../../../ui/domain-labels'
import { EmptyState } from '../../../../ui/empty-state'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { yearRecords } from '../../api'
import { GapList } from '../../components/gap-list'
import { MonthList } from '../../components/month-list'
import { recordsMessages } from '../../messages'
import '../../records.css'

/** The year asked for, or (none, or not a year) this year as it is in China. */
function yearOf(param: string | undefined, now: Date): number {
  return Number(param !== undefined && /^\d{4}$/.test(param) ? param : chinaDate(now).slice(0, 4))
}

type State = { readonly status: 'loading' } | { readonly status: 'ok'; readonly value: YearRecords } | { readonly status: 'failed'; readonly problem: Problem | null }

export default function YearPage() {
  const t = useT(recordsMessages)
  const label = useT(domainLabels)
  const actingFor = useStore(actingForStore)
  const year = yearOf(useRouter().params.year, new Date())
  const [type, setType] = useState<InsuranceType | null>(null)
  const [state, setState] = useState<State>({ status: 'loading' })
  const [round, setRound] = useState(0)

  useEffect(() => {
    let live = true
    setState({ status: 'loading' })
    void yearRecords(year, type).then((result) => {
      if (!live) return
      if (result.ok) setState({ status: 'ok', value: result.value })
      else setState({ status: 'failed', problem: result.network ? null : result.problem })
    })
    return () => {
      live = false
    }
  }, [year, type, round, actingFor?.grantId])

  const filters: readonly (InsuranceType | null)[] = [null, ...InsuranceType.options]

  return (
    <PageShell title={t('year.title', { year })} operation={getYearRecords}>
      <View {...roleProps('group')} aria-label={t('year.filter')} className='chips'>
        {filters.map((option) => {
          const choose = () => setType(option)
          return (
            <View
              key={option ?? 'all'}
              {...pressable(choose)}
              aria-pressed={option === type ? 'true' : 'false'}
              className={option === type ? 'chip chip--on focusable' : 'chip focusable'}
              onClick={choose}
            >
              {option ? label(`insurance.${option}`) : t('year.all')}
            </View>
          )
        })}
      </View>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <ProblemNotice problem={state.problem} onRetry={() => setRound((n) => n + 1)} loading /> : null}
      {state.status === 'ok' ? (
        <View>
          <GapList gaps={state.value.gaps} title={t('year.gapsTitle')} withinYear />
          {state.value.totals.length > 0 ? (
            <Card title={t('year.totalsTitle')}>
              <View {...roleProps('list')} className='stack'>
                {state.value.totals.map((total) => (
                  <View key={total.type} {...roleProps('listitem')} className='year-total'>
                    <Text className='type-row__name'>{label(`insurance.${total.type}`)}</Text>
                    <Text className='muted'>
                      {t('year.totalLine', {
                        months: total.months,
                        personal: formatFen(total.personalFen),
                        employer: formatFen(total.employerFen),
                      })}
                    </Text>
                  </View>
                ))}
              </View>
            </Card>
          ) : null}
          {state.value.rows.length === 0 ? <EmptyState message={t('year.empty')} /> : null}
          {state.value.rows.length > 0 || state.value.gaps.length > 0 ? (
            <Card title={t('year.monthsTitle')}>
              <MonthList rows={state.value.rows} gaps={state.value.gaps} />
            </Card>
          ) : null}
        </View>
      ) : null}
    </PageShell>
  )
}
