import { Text, View } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import type { CardApplication } from '@renshe/shared/card/applications'
import { getMyApplication } from '@renshe/shared/card/contract'
import { focusById } from '../../../../lib/a11y/focus'
import { focusTarget } from '../../../../lib/a11y/pressable'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Card } from '../../../../ui/card'
import { EmptyState } from '../../../../ui/empty-state'
import { Heading } from '../../../../ui/heading'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { applyMessages } from '../../apply-messages'
import { ApplicationSteps } from '../../components/application-steps'
import { LoginFirst } from '../../components/login-first'
import { OutletFacts } from '../../components/outlet-facts'
import { dateAtNoon } from '../../county-period'
import '../../../../ui/status-card.css'
import '../../card.css'

/**
 * Her card application step by step (decision 067): accepted, made by the bank, at the outlet
 * to collect by a day, collected — as the bank reports each — with the outlet she chose. Opened
 * with `submitted=1` straight after applying, it says the application was sent.
 */
export default function CardApplicationPage() {
  const t = useT(applyMessages)
  const session = useStore(sessionStore)
  const { submitted } = useRouter().params
  const [loaded, reload] = useOperation(getMyApplication, session ? {} : null)
  // Back on the page: a step may have come meanwhile.
  useDidShow(() => {
    if (session && loaded.status !== 'loading') reload()
  })

  return (
    <PageShell title={t('application.title')} operation={getMyApplication}>
      {!session ? <LoginFirst back={routes.cardApplication} /> : null}
      {session && loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading /> : null}
      {loaded.status === 'ok' ? <ApplicationView application={loaded.value.application} submitted={submitted === '1'} /> : null}
    </PageShell>
  )
}

function ApplicationView({ application, submitted }: { readonly application: CardApplication | null; readonly submitted: boolean }) {
  const t = useT(applyMessages)
  const locale = useLocale()
  const actingFor = useStore(actingForStore)
  const welcomed = submitted && application?.status === 'applied'
  // Straight after applying, focus starts at what became of it.
  useEffect(() => {
    if (welcomed) focusById('application-submitted')
  }, [welcomed])
  if (!application) {
    return <EmptyState message={actingFor ? t('application.noneActing', { name: actingFor.maskedName }) : t('application.none')} action={<Link to={routes.cardApply}>{t('application.toApply')}</Link>} />
  }
  const title = application.kind === 'first' ? t('application.kindFirst') : t('application.kindReplacement', { reason: application.reason ? t(`reason.${application.reason}`) : '' })
  return (
    <View className='stack'>
      {actingFor ? <Text className='page__lead'>{t('application.leadActing', { name: actingFor.maskedName })}</Text> : null}
      {welcomed ? (
        <View id='application-submitted' {...focusTarget()}>
          <Banner tone='success'>{t('application.submitted')}</Banner>
        </View>
      ) : null}
      <View className='status-card'>
        <Text className='status-card__label'>{title}</Text>
        <Heading level={2} className='status-card__headline'>
          {t('application.now', { status: t(`status.${application.status}`) })}
        </Heading>
      </View>
      {application.status === 'at_outlet' && application.collectBy ? (
        <Banner tone='warning' title={t('application.collectBy', { date: formatDate(dateAtNoon(application.collectBy), locale) })} urgent={false} />
      ) : null}
      {application.status === 'collected' ? (
        <Banner tone='success'>
          <Text>{t('application.collected')}</Text>
        </Banner>
      ) : null}
      {application.status === 'withdrawn' ? (
        <Banner tone='info'>
          <Text>{t('application.withdrawn')}</Text>
        </Banner>
      ) : null}
      <Card title={t('application.steps')}>
        <ApplicationSteps application={application} />
      </Card>
      {application.newCardNumberMasked ? (
        <View className='card-application-fact'>
          <Text className='card-application-fact__label'>{t('application.newCard')}</Text>
          <Text className='card-application-fact__value'>{application.newCardNumberMasked}</Text>
        </View>
      ) : null}
      <Card title={t('application.outlet')}>
        <OutletFacts outlet={application.outlet} />
      </Card>
      <View className='card-application-links'>
        {application.status === 'collected' ? <Link to={routes.myCard}>{t('application.toCard')}</Link> : null}
        {application.status === 'withdrawn' ? <Link to={routes.cardApply}>{t('application.toApply')}</Link> : null}
      </View>
    </View>
  )
}
