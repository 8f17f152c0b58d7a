import { Text, View } from '@tarojs/components'
import { getJobsRegionStats } from '@renshe/shared/jobs/region-contract'
import type { JobsRegionStats } from '@renshe/shared/jobs/region'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate, formatFen } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { Heading } from '../../../../ui/heading'
import { openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { useRegionName } from '../../../../ui/region-name'
import { Fact } from '../../components/job-facts'
import { LoginFirst } from '../../components/login-first'
import { jobsMessages } from '../../messages'
import '../../jobs.css'

/**
 * An official's region at a glance: seekers, posts by stage, matches sent, hires and how long
 * they took, flexible-worker insurance, and a chart of the hires of each recent week.
 */
export default function JobsRegionPage() {
  const t = useT(jobsMessages)
  const session = useStore(sessionStore)
  const regionName = useRegionName()
  const [stats, reload] = useOperation(getJobsRegionStats, session ? {} : null)
  return (
    <PageShell title={t('region.title')} operation={getJobsRegionStats}>
      {!session ? <LoginFirst back={routes.jobsRegion} /> : null}
      {session && stats.status === 'loading' ? <Loading /> : null}
      {stats.status === 'problem' || stats.status === 'network' ? <ProblemNotice problem={stats.status === 'problem' ? stats.problem : null} onRetry={reload} loading /> : null}
      {stats.status === 'ok' ? (
        <View className='stack'>
          <Text className='page__lead'>{t('region.lead', { region: regionName(stats.value.regionCode) })}</Text>
          <Figures stats={stats.value} />
          <Button variant='secondary' block onPress={() => openPage(routes.reviewSubsidies)}>
            {t('region.toSubsidies', { count: stats.value.subsidies.pending })}
          </Button>
          <WeeklyHires weeks={stats.value.weeklyHires} />
        </View>
      ) : null}
    </PageShell>
  )
}

function Figures({ stats }: { readonly stats: JobsRegionStats }) {
  const t = useT(jobsMessages)
  return (
    <View {...roleProps('list')} className='jobs-job__facts jobs-region__figures'>
      <Fact label={t('region.seekers')} value={t('region.seekersValue', { count: stats.seekers, recommendable: stats.recommendable })} />
      <Fact label={t('region.waiting')} value={t('region.waitingValue', { count: stats.postsWaiting, held: stats.postsHeld })} />
      <Fact label={t('region.open')} value={t('region.posts', { count: stats.postsOpen })} />
      <Fact label={t('region.closed')} value={t('region.posts', { count: stats.postsClosed })} />
      <Fact label={t('region.matches')} value={t('region.times', { count: stats.matchesSent })} />
      <Fact label={t('region.applications')} value={t('region.times', { count: stats.applications })} />
      <Fact label={t('region.hires')} value={t('region.people', { count: stats.hires })} />
      <Fact label={t('region.daysToHire')} value={stats.medianDaysToHire === null ? t('region.noHires') : t('region.days', { days: stats.medianDaysToHire })} />
      <Fact label={t('region.enrolments')} value={t('region.people', { count: stats.flexibleEnrolments })} />
      <Fact label={t('region.subsidies')} value={t('region.subsidiesValue', { ...stats.subsidies, amount: formatFen(stats.subsidies.paidOutFen) })} />
    </View>
  )
}

const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * Bars drawn with plain views, so the chart is the same on WeChat and in the browser with no
 * canvas; a screen reader is given the figures in one sentence instead of the drawing.
 */
function WeeklyHires({ weeks }: { readonly weeks: JobsRegionStats['weeklyHires'] }) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  const highest = Math.max(1, ...weeks.map((week) => week.hires))
  const summary = weeks.map((week) => t('region.week', { date: formatDate(`${week.weekStart}T04:00:00.000Z`, locale), count: week.hires })).join(locale === 'zh-CN' ? '，' : '; ')
  return (
    <View className='jobs-code-card'>
      <Heading level={2} className='jobs-work__heading'>
        {t('region.chart')}
      </Heading>
      <View {...roleProps('img')} aria-label={t('region.chartSummary', { weeks: summary })} className='jobs-chart'>
        {weeks.map((week) => {
          const [, month = '1', day = '1'] = week.weekStart.split('-')
          return (
            <View key={week.weekStart} className='jobs-chart__column' aria-hidden='true'>
              <Text className='jobs-chart__value'>{week.hires}</Text>
              <View className='jobs-chart__track'>
                <View className='jobs-chart__bar' style={{ height: `${Math.round((week.hires / highest) * 100)}%` }} />
              </View>
              {/* The day over its month, so eight weeks fit side by side in care mode's large text too. */}
              <Text className='jobs-chart__label'>{Number(day)}</Text>
              <Text className='jobs-chart__label jobs-chart__label--month'>{locale === 'zh-CN' ? `${Number(month)}月` : (shortMonths[Number(month) - 1] ?? month)}</Text>
            </View>
          )
        })}
      </View>
      <Text className='muted'>{t('region.chartNote')}</Text>
    </View>
  )
}
