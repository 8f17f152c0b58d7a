import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { listMyArbitrations } from '@renshe/shared/disputes/contract'
import { roleProps } from '../../../../lib/a11y/pressable'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { EmptyState } from '../../../../ui/empty-state'
import { openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { CaseRow } from '../../components/case-row'
import { LoginFirst } from '../../components/login-first'
import { disputesMessages } from '../../messages'
import '../../disputes.css'

/**
 * The caller's arbitrations, newest first: a worker's (or, acting under `disputes.file`, the
 * worker's), or an employer's as the respondent. Citizens may apply from here.
 */
export default function MyArbitrationsPage() {
  const t = useT(disputesMessages)
  const session = useStore(sessionStore)
  const actingFor = useStore(actingForStore)
  const [cases, reload] = useOperation(listMyArbitrations, session ? {} : null)
  // Back from applying or from a case: the list as it is now.
  useDidShow(() => {
    if (session && cases.status !== 'loading') reload()
  })

  if (!session) {
    return (
      <PageShell title={t('mine.title')}>
        <LoginFirst back={routes.myArbitrations} />
      </PageShell>
    )
  }

  const employer = !actingFor && session.me.roles.includes('employer') && !session.me.roles.includes('citizen')
  const mayApply = actingFor !== null || session.me.roles.includes('citizen')
  const lead = actingFor ? t('mine.leadActing', { name: actingFor.maskedName }) : employer ? t('mine.leadEmployer') : t('mine.lead')
  const apply = mayApply ? (
    <Button block onPress={() => openPage(routes.applyArbitration)}>
      {t('mine.apply')}
    </Button>
  ) : null

  return (
    <PageShell title={t('mine.title')} operation={listMyArbitrations}>
      <Text className='page__lead'>{lead}</Text>
      {cases.status === 'loading' ? <Loading /> : null}
      {cases.status === 'problem' || cases.status === 'network' ? (
        <ProblemNotice problem={cases.status === 'problem' ? cases.problem : null} onRetry={reload} loading />
      ) : null}
      {cases.status === 'ok' && cases.value.items.length === 0 ? <EmptyState message={employer ? t('mine.emptyEmployer') : t('mine.empty')} action={apply} /> : null}
      {cases.status === 'ok' && cases.value.items.length > 0 ? (
        <View>
          <View {...roleProps('list')} aria-label={t('mine.listLabel')} className='arb-list'>
            {cases.value.items.map((summary) => (
              <View key={summary.id} {...roleProps('listitem')}>
                <CaseRow summary={summary} name={employer ? 'both' : 'respondent'} />
              </View>
            ))}
          </View>
          {apply}
        </View>
      ) : null}
    </PageShell>
  )
}
