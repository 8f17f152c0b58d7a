import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { getPensionAccount } from '@renshe/shared/retiree/contract'
import type { PensionAccount } from '@renshe/shared/retiree/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate, formatFen } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { domainLabels } from '../../../../ui/domain-labels'
import { openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { needsCertifying } from '../../certification-words'
import { BigLink } from '../../components/big-link'
import { CertificationHistory } from '../../components/certification-history'
import { CertificationStatus } from '../../components/certification-status'
import { DeathRecordNotice } from '../../components/death-record-notice'
import { LoginFirst } from '../../components/login-first'
import { NotAPensioner } from '../../components/not-a-pensioner'
import { PaymentList } from '../../components/payment-list'
import { retireeMessages } from '../../messages'
import '../../retiree.css'

export default function PensionAccountPage() {
  const t = useT(retireeMessages)
  const session = useStore(sessionStore)
  const [loaded, reload] = useOperation(getPensionAccount, session ? {} : null)
  // Back from certifying: show the new state, not the one from before.
  useDidShow(() => {
    if (session && loaded.status !== 'loading') reload()
  })

  return (
    <PageShell title={t('account.title')} operation={getPensionAccount}>
      {!session ? <LoginFirst back={routes.pensionAccount} /> : null}
      {session && loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' && loaded.problem.code === 'not_found' ? <NotAPensioner /> : null}
      {(loaded.status === 'problem' && loaded.problem.code !== 'not_found') || loaded.status === 'network' ? (
        <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading />
      ) : null}
      {loaded.status === 'ok' ? <AccountView account={loaded.value} /> : null}
    </PageShell>
  )
}

function AccountView({ account }: { readonly account: PensionAccount }) {
  const t = useT(retireeMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const acting = useStore(actingForStore) !== null
  const { certification } = account
  const toCertify = needsCertifying(certification.state)
  const underReview = account.deathRecordUnderReview

  return (
    <View>
      {underReview ? (
        <DeathRecordNotice>
          {/* The big button below already leads to the face check when one is due. */}
          {!toCertify && !acting ? (
            <Button onPress={() => openPage(routes.pensionCertify)}>{t('account.underReview.certify')}</Button>
          ) : null}
        </DeathRecordNotice>
      ) : null}
      <CertificationStatus certification={certification}>
        {/* The face check is the pensioner's own; a grid worker helping certifies at home instead. */}
        {toCertify && !acting ? (
          <Button block onPress={() => openPage(routes.pensionCertify)}>
            {t('status.certifyNow')}
          </Button>
        ) : null}
        {toCertify && acting ? (
          <Button block onPress={() => openPage(routes.homeVisits)}>
            {t('account.helpedVisit')}
          </Button>
        ) : null}
      </CertificationStatus>

      <Card title={t('account.money')}>
        <View {...roleProps('list')} className='retiree-facts'>
          <View {...roleProps('listitem')} className='retiree-fact'>
            <Text className='retiree-fact__label'>{t('account.monthly')}</Text>
            <Text className='retiree-fact__value retiree-fact__value--big'>{formatFen(account.monthlyFen)}</Text>
          </View>
          <View {...roleProps('listitem')} className='retiree-fact'>
            <Text className='retiree-fact__label'>{t('account.status')}</Text>
            <Text className='retiree-fact__value'>{underReview ? t('account.statusUnderReview') : label(`pensionStatus.${account.status}`)}</Text>
          </View>
          {account.heldFen > 0 ? (
            <View {...roleProps('listitem')} className='retiree-fact'>
              <Text className='retiree-fact__label'>{t('account.held')}</Text>
              <Text className='retiree-fact__value'>{formatFen(account.heldFen)}</Text>
              <Text className='muted'>{underReview ? t('account.heldNoteUnderReview') : t('account.heldNote')}</Text>
            </View>
          ) : null}
        </View>
        {account.diedOn ? <Text className='muted'>{t('account.diedOn', { date: formatDate(account.diedOn, locale) })}</Text> : null}
      </Card>

      <Card title={t('account.payments')}>
        <PaymentList payments={account.payments} />
      </Card>

      <Card title={t('account.certifications')}>
        <CertificationHistory records={account.certifications} />
      </Card>

      <BigLink to={routes.assistance}>{t('assistance.title')}</BigLink>
    </View>
  )
}
