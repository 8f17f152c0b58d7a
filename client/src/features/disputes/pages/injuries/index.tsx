import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { listMyInjuries } from '@renshe/shared/disputes/injury-contract'
import { roleProps } from '../../../../lib/a11y/pressable'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { EmptyState } from '../../../../ui/empty-state'
import { Heading } from '../../../../ui/heading'
import { openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { InjuryLoginFirst } from '../../components/injury-login-first'
import { InjuryReportCard } from '../../components/injury-report-card'
import { InjuryRow } from '../../components/injury-row'
import { injuryMessages } from '../../injury-messages'
import '../../disputes.css'
import '../../injury.css'

/**
 * The caller's accident reports and work-injury cases (decision 071): a worker's (or, acting under
 * `disputes.file`, the worker's), each report with its window to apply in words and, once hers,
 * the way to apply; or an employer's, the reports naming it with its own day, and its cases.
 */
export default function MyInjuriesPage() {
  const t = useT(injuryMessages)
  const session = useStore(sessionStore)
  const actingFor = useStore(actingForStore)
  const [mine, reload] = useOperation(listMyInjuries, session ? {} : null)
  // Back from reporting, applying or a case: the lists as they are now.
  useDidShow(() => {
    if (session && mine.status !== 'loading') reload()
  })

  if (!session) {
    return (
      <PageShell title={t('mine.title')}>
        <InjuryLoginFirst back={routes.myInjuries} />
      </PageShell>
    )
  }

  const employer = !actingFor && session.me.roles.includes('employer') && !session.me.roles.includes('citizen')
  const mayReport = actingFor !== null || session.me.roles.includes('citizen')
  const lead = actingFor ? t('mine.leadActing', { name: actingFor.maskedName }) : employer ? t('mine.leadEmployer') : t('mine.lead')

  return (
    <PageShell title={t('mine.title')} operation={listMyInjuries}>
      <Text className='page__lead'>{lead}</Text>
      {mayReport ? (
        <Button block onPress={() => openPage(routes.reportInjury)}>
          {t('mine.report')}
        </Button>
      ) : null}
      {!actingFor && session.me.roles.includes('citizen') ? (
        <View className='arb-stack'>
          <Button block variant='secondary' onPress={() => openPage(routes.applyInjuryForFamily)}>
            {t('mine.applyFamily')}
          </Button>
          <Text className='muted'>{t('mine.union')}</Text>
        </View>
      ) : null}
      {employer ? (
        <Button block variant='secondary' onPress={() => openPage(routes.applyInjury)}>
          {t('mine.applyFresh')}
        </Button>
      ) : null}
      {mine.status === 'loading' ? <Loading /> : null}
      {mine.status === 'problem' || mine.status === 'network' ? (
        <ProblemNotice problem={mine.status === 'problem' ? mine.problem : null} onRetry={reload} loading />
      ) : null}
      {mine.status === 'ok' ? (
        <View>
          <View className='inj-section'>
            <Heading level={2} className='section-title'>
              {employer ? t('reports.titleEmployer') : t('reports.title')}
            </Heading>
            {mine.value.reports.length === 0 ? (
              <EmptyState message={employer ? t('reports.emptyEmployer') : t('reports.empty')} />
            ) : (
              <View {...roleProps('list')} aria-label={t('reports.listLabel')} className='arb-list'>
                {mine.value.reports.map((report) => (
                  <View key={report.id} {...roleProps('listitem')}>
                    <InjuryReportCard report={report} side={employer ? 'employer' : 'worker'} />
                  </View>
                ))}
              </View>
            )}
          </View>
          <View className='inj-section'>
            <Heading level={2} className='section-title'>
              {t('cases.title')}
            </Heading>
            {mine.value.cases.length === 0 ? (
              <EmptyState message={employer ? t('cases.emptyEmployer') : t('cases.empty')} />
            ) : (
              <View {...roleProps('list')} aria-label={t('cases.listLabel')} className='arb-list'>
                {mine.value.cases.map((summary) => (
                  <View key={summary.id} {...roleProps('listitem')}>
                    <InjuryRow summary={summary} name={employer ? 'both' : 'employer'} />
                  </View>
                ))}
              </View>
            )}
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}
