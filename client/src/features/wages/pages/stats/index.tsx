import { Text, View } from '@tarojs/components'
import { getRegionStats, listPayrollAlerts } from '@renshe/shared/wages/contract'
import type { PayrollAlert, RegionStats } from '@renshe/shared/wages/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { formatDate, formatFen, formatMonth } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT, type Translate } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Card } from '../../../../ui/card'
import { domainLabels } from '../../../../ui/domain-labels'
import { EmptyState } from '../../../../ui/empty-state'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { useRegionName } from '../../../../ui/region-name'
import { officeMessages, type OfficeMessage } from '../../office-messages'
import '../../office.css'

function BigFigure({ label, value, note, wide = false }: { readonly label: string; readonly value: string; readonly note?: string; readonly wide?: boolean }) {
  return (
    <View {...roleProps('listitem')} className={wide ? 'office-figure office-figure--wide' : 'office-figure'}>
      <Text className='office-figure__label'>{label}</Text>
      <Text className='office-figure__value'>{value}</Text>
      {note ? <Text className='office-figure__note'>{note}</Text> : null}
    </View>
  )
}

function medianText(days: number | null, t: Translate<OfficeMessage>): string {
  if (days === null) return t('stats.medianNone')
  const rounded = Math.round(days * 10) / 10
  return rounded === 1 ? t('stats.oneDay') : t('stats.days', { days: rounded })
}

function Figures({ stats }: { readonly stats: RegionStats }) {
  const t = useT(officeMessages)
  const regionName = useRegionName()
  const label = useT(domainLabels)
  const counted = stats.byStatus.filter((entry) => entry.count > 0)
  return (
    <View>
      <Text className='page__lead'>{t('stats.region', { region: regionName(stats.regionCode) })}</Text>
      <View {...roleProps('list')} className='office-figures'>
        <BigFigure label={t('stats.open')} value={t('stats.cases', { count: stats.open })} />
        <BigFigure
          label={t('stats.overdue')}
          value={t('stats.cases', { count: stats.overdue })}
          {...(stats.overdue > 0 ? { note: t('stats.overdueNote') } : {})}
        />
        <BigFigure
          label={t('stats.median')}
          value={medianText(stats.medianDaysToSettle, t)}
        />
        <BigFigure wide label={t('stats.recovered')} value={formatFen(stats.recoveredFen)} />
        <BigFigure label={t('stats.openAlerts')} value={t('stats.alertsCount', { count: stats.openAlerts })} />
      </View>
      <Card title={t('stats.byStatusTitle')}>
        {counted.length === 0 ? (
          <Text className='muted'>{t('stats.byStatusNone')}</Text>
        ) : (
          <View {...roleProps('list')}>
            {counted.map((entry) => (
              <View key={entry.status} {...roleProps('listitem')} className='office-status-count'>
                <Text>{label(`caseStatus.${entry.status}`)}</Text>
                <Text className='office-status-count__value'>{t('stats.cases', { count: entry.count })}</Text>
              </View>
            ))}
          </View>
        )}
      </Card>
    </View>
  )
}

function AlertItem({ alert }: { readonly alert: PayrollAlert }) {
  const t = useT(officeMessages)
  const locale = useLocale()
  return (
    <View {...roleProps('listitem')} className={alert.resolvedAt ? 'office-alert office-alert--resolved' : 'office-alert'}>
      <View className='office-case-row__head'>
        <Text className='office-alert__project'>{alert.projectName}</Text>
        <Text className={alert.resolvedAt ? 'status-tag status-tag--ok' : 'status-tag status-tag--warn'}>
          {alert.resolvedAt ? t('alerts.resolved') : t('alerts.open')}
        </Text>
      </View>
      <Text>{t('alerts.employer', { name: alert.employerName })}</Text>
      <Text>{t('alerts.month', { month: formatMonth(alert.month, locale) })}</Text>
      <Text className='muted'>{t('alerts.raisedOn', { date: formatDate(alert.raisedAt, locale) })}</Text>
      {alert.resolvedAt ? <Text className='muted'>{t('alerts.resolvedOn', { date: formatDate(alert.resolvedAt, locale) })}</Text> : null}
    </View>
  )
}

export default function StatsPage() {
  const t = useT(officeMessages)
  const [stats, reloadStats] = useOperation(getRegionStats, {})
  const [alerts, reloadAlerts] = useOperation(listPayrollAlerts, {})
  // Open alerts first: they are what the officer may still act on.
  const ordered = alerts.status === 'ok' ? [...alerts.value.alerts].sort((a, b) => Number(a.resolvedAt !== null) - Number(b.resolvedAt !== null)) : []

  return (
    <PageShell title={t('stats.title')} operation={getRegionStats}>
      <View className='office-link-row'>
        <Link to={routes.caseQueue}>{t('stats.toQueue')}</Link>
      </View>
      {stats.status === 'loading' ? <Loading /> : null}
      {stats.status === 'problem' || stats.status === 'network' ? (
        <ProblemNotice problem={stats.status === 'problem' ? stats.problem : null} onRetry={reloadStats} loading />
      ) : null}
      {stats.status === 'ok' ? <Figures stats={stats.value} /> : null}
      <Card title={t('alerts.title')}>
        <Text className='muted office-block'>{t('alerts.lead')}</Text>
        {alerts.status === 'loading' ? <Loading /> : null}
        {alerts.status === 'problem' || alerts.status === 'network' ? (
          <ProblemNotice problem={alerts.status === 'problem' ? alerts.problem : null} onRetry={reloadAlerts} loading />
        ) : null}
        {alerts.status === 'ok' && ordered.length === 0 ? <EmptyState message={t('alerts.empty')} /> : null}
        {ordered.length > 0 ? (
          <View {...roleProps('list')} className='office-alerts'>
            {ordered.map((alert) => (
              <AlertItem key={alert.id} alert={alert} />
            ))}
          </View>
        ) : null}
      </Card>
    </PageShell>
  )
}
