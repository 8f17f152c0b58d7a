import { Text, View } from '@tarojs/components'
import { getMyBenefits } from '@renshe/shared/card/contract'
import type { MyBenefits } from '@renshe/shared/card/schemas'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Heading } from '../../../../ui/heading'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { useRegionName } from '../../../../ui/region-name'
import { benefitLabels, reasonLabel } from '../../benefit-labels'
import { BenefitsByCounty } from '../../components/benefits-by-county'
import { LoginFirst } from '../../components/login-first'
import { cardMessages } from '../../messages'
import '../../card.css'

/**
 * What the holder's card gives her in each county of her city (decision 066): her categories as
 * the rules find them, her home county, and county by county what she pays and why — or why not,
 * where a county keeps a benefit for its own holders. Grid staff acting under `card.assist` read
 * it for her.
 */
export default function MyBenefitsPage() {
  const t = useT(cardMessages)
  const session = useStore(sessionStore)
  const [loaded, reload] = useOperation(getMyBenefits, session ? {} : null)
  return (
    <PageShell title={t('benefits.title')} operation={getMyBenefits}>
      {!session ? <LoginFirst back={routes.myCardBenefits} /> : null}
      {session && loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading /> : null}
      {loaded.status === 'ok' ? <BenefitsView mine={loaded.value} /> : null}
    </PageShell>
  )
}

function BenefitsView({ mine }: { readonly mine: MyBenefits }) {
  const t = useT(cardMessages)
  const label = useT(benefitLabels)
  const regionName = useRegionName()
  const actingFor = useStore(actingForStore)
  const city = regionName(`${mine.homeRegionCode.slice(0, 4)}00`)
  const status = mine.cardStatus
  return (
    <View>
      <Text className='page__lead'>{actingFor ? t('benefits.leadActing', { name: actingFor.maskedName, city }) : t('benefits.lead', { city })}</Text>
      {status === null ? <Banner tone='info'>{t('benefits.noCard')}</Banner> : null}
      {status !== null && status !== 'normal' ? (
        <Banner tone='warning'>
          <Text>{t('benefits.stopped', { status: t(`badge.${status}`) })}</Text>
          <Link to={routes.myCard}>{t('benefits.toCard')}</Link>
        </Banner>
      ) : null}

      <View className='benefits-section'>
        <Heading level={2} className='benefits-section__title'>
          {t('benefits.categories')}
        </Heading>
        {mine.categories.length > 0 ? (
          <View className='benefits-categories'>
            {mine.categories.map((category) => (
              <Text key={category} className='benefits-category'>
                {reasonLabel(label, category)}
              </Text>
            ))}
          </View>
        ) : (
          <Text className='benefits-line'>{t('benefits.noCategory')}</Text>
        )}
        <Text className='benefits-line benefits-line--strong'>{t('benefits.home', { county: regionName(mine.homeRegionCode) })}</Text>
        <Text className='page__lead'>{t('benefits.homeExplain')}</Text>
      </View>

      <View className='benefits-section'>
        <Heading level={2} className='benefits-section__title'>
          {t('benefits.byCounty')}
        </Heading>
        {mine.benefits.length > 0 ? <BenefitsByCounty benefits={mine.benefits} homeRegionCode={mine.homeRegionCode} /> : <Text className='benefits-line'>{t('benefits.empty', { city })}</Text>}
      </View>

      {/* The code is the holder's alone, and only a working card has one. */}
      {!actingFor && status === 'normal' ? <Link to={routes.myEcard}>{t('benefits.toEcard')}</Link> : null}
    </View>
  )
}
