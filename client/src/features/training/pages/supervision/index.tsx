import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { pageLink } from '@renshe/shared/platform/pages'
import { getSupervision } from '@renshe/shared/training/attendance-contract'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { EmptyState } from '../../../../ui/empty-state'
import { Heading } from '../../../../ui/heading'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { FlagCounts } from '../../components/flag-counts'
import { InstitutionStatus } from '../../components/institution-status'
import { LoginFirst } from '../../components/login-first'
import { trainingMessages } from '../../messages'
import '../../training.css'

/** The officer's region: each training institution with its status and its flags by kind, and the way to its flags. */
export default function TrainingSupervisionPage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  // Her own work, as herself: getSupervision takes no grant.
  const [loaded, reload] = useOperation(getSupervision, session ? {} : null)
  // Back from suspending or reinstating one: the list shows it as it now stands.
  useDidShow(() => {
    if (session && loaded.status !== 'loading') reload()
  })
  return (
    <PageShell title={t('supervision.title')} operation={getSupervision}>
      {!session ? <LoginFirst back={routes.trainingSupervision} /> : null}
      {session ? <Text className='page__lead'>{t('supervision.lead')}</Text> : null}
      {session && loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading /> : null}
      {loaded.status === 'ok' && loaded.value.items.length === 0 ? <EmptyState message={t('supervision.none')} /> : null}
      {loaded.status === 'ok' && loaded.value.items.length > 0 ? (
        <View {...roleProps('list')} className='training-list'>
          {loaded.value.items.map((institution) => (
            <View {...roleProps('listitem')} key={institution.id} className={`training-list__item training-list__item--${institution.status}`}>
              <View className='training-voucher'>
                <Heading level={2} className='training-voucher__title'>
                  {institution.name}
                </Heading>
                <InstitutionStatus institution={institution} />
                <FlagCounts flags={institution.flags} label={t('flag.countsLabel')} />
                <View className='training-links'>
                  <Link to={pageLink('institutionFlags', { id: institution.id })}>{t('supervision.flagsLink', { name: institution.name })}</Link>
                </View>
              </View>
            </View>
          ))}
        </View>
      ) : null}
    </PageShell>
  )
}
