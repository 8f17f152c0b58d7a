import { Text, View } from '@tarojs/components'
import { listAssistance } from '@renshe/shared/retiree/contract'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { EmptyState } from '../../../../ui/empty-state'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { LoginFirst } from '../../components/login-first'
import { NotAPensioner } from '../../components/not-a-pensioner'
import { OfferItem } from '../../components/offer-item'
import { BigLink } from '../../components/big-link'
import { retireeMessages } from '../../messages'
import '../../retiree.css'

export default function AssistancePage() {
  const t = useT(retireeMessages)
  const session = useStore(sessionStore)
  const [loaded, reload] = useOperation(listAssistance, session ? {} : null)
  // Offers waiting for a tap come first.
  const offers = loaded.status === 'ok' ? [...loaded.value.offers].sort((a, b) => Number(a.status === 'confirmed') - Number(b.status === 'confirmed')) : []

  return (
    <PageShell title={t('assistance.title')} operation={listAssistance}>
      {!session ? <LoginFirst back={routes.assistance} /> : null}
      {session && loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' && loaded.problem.code === 'not_found' ? <NotAPensioner /> : null}
      {(loaded.status === 'problem' && loaded.problem.code !== 'not_found') || loaded.status === 'network' ? (
        <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading />
      ) : null}
      {loaded.status === 'ok' && offers.length === 0 ? (
        <EmptyState message={t('assistance.empty')} action={<BigLink to={routes.pensionAccount}>{t('account.title')}</BigLink>} />
      ) : null}
      {offers.length > 0 ? (
        <View>
          <Text className='page__lead'>{t('assistance.lead')}</Text>
          <View {...roleProps('list')} className='retiree-offers'>
            {offers.map((offer) => (
              <View key={offer.id} {...roleProps('listitem')}>
                <OfferItem offer={offer} />
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}
