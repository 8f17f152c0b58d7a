import { Text, View } from '@tarojs/components'
import { getCoverage } from '@renshe/shared/retiree/contract'
import type { Coverage } from '@renshe/shared/retiree/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { formatFen } from '../../../../lib/format'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Card } from '../../../../ui/card'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { OfficeFigure } from '../../components/office-figure'
import { OfficeMethodShares } from '../../components/office-method-shares'
import { useRegionName } from '../../../../ui/region-name'
import { OfficeStateLinks } from '../../components/office-state-links'
import { officeMessages } from '../../office-messages'
import '../../office.css'

function CoverageView({ coverage }: { readonly coverage: Coverage }) {
  const t = useT(officeMessages)
  const regionName = useRegionName()
  return (
    <View>
      <Text className='page__lead'>{t('coverage.region', { region: regionName(coverage.regionCode) })}</Text>
      <View {...roleProps('list')} className='retiree-office-figures'>
        <OfficeFigure wide label={t('coverage.total')} value={t('people', { count: coverage.pensioners })} />
      </View>
      <Card title={t('coverage.byStateTitle')}>
        <Text className='retiree-office-block muted'>{t('coverage.byStateLead')}</Text>
        <OfficeStateLinks byState={coverage.byState} />
      </Card>
      <Card title={t('coverage.byMethodTitle')}>
        <OfficeMethodShares byMethod={coverage.byMethod} />
      </Card>
      <Card title={t('coverage.moneyTitle')}>
        <View {...roleProps('list')} className='retiree-office-figures'>
          <OfficeFigure
            wide
            label={t('coverage.deaths')}
            value={t('coverage.items', { count: coverage.deathRecordsPending })}
            {...(coverage.deathRecordsPending > 0 ? { note: t('coverage.deathsNote') } : {})}
            to={routes.deathRecords}
            cta={t('coverage.toDeaths')}
          />
          <OfficeFigure
            wide
            label={t('coverage.held')}
            value={formatFen(coverage.suspendedHeldFen)}
            {...(coverage.byState.suspended > 0 ? { note: t('coverage.heldNote', { count: coverage.byState.suspended }) } : {})}
          />
          <OfficeFigure
            wide
            label={t('coverage.overpayments')}
            value={t('coverage.overpaymentsValue', { count: coverage.overpaymentsOpen, amount: formatFen(coverage.overpaymentsOpenFen) })}
            to={routes.overpayments}
            cta={t('coverage.toOverpayments')}
          />
          <OfficeFigure
            label={t('coverage.reviews')}
            value={t('coverage.items', { count: coverage.visitsToReview })}
            to={routes.visitReviews}
            cta={t('coverage.toReviews')}
          />
          <OfficeFigure label={t('coverage.visitsOpen')} value={t('coverage.items', { count: coverage.visitsOpen })} />
        </View>
      </Card>
    </View>
  )
}

export default function CoveragePage() {
  const t = useT(officeMessages)
  const [coverage, reload] = useOperation(getCoverage, {})
  return (
    <PageShell title={t('coverage.title')} operation={getCoverage}>
      {coverage.status === 'loading' ? <Loading /> : null}
      {coverage.status === 'problem' || coverage.status === 'network' ? (
        <ProblemNotice problem={coverage.status === 'problem' ? coverage.problem : null} onRetry={reload} loading />
      ) : null}
      {coverage.status === 'ok' ? <CoverageView coverage={coverage.value} /> : null}
    </PageShell>
  )
}
