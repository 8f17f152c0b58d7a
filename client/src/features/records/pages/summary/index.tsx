import { Text, View } from '@tarojs/components'
import { getRecordsSummary } from '@renshe/shared/records/contract'
import type { TypeSummary } from '@renshe/shared/records/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { formatFen, formatMonth } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { domainLabels } from '../../../../ui/domain-labels'
import { ListLink, openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { Figure } from '../../components/figure'
import { GapList } from '../../components/gap-list'
import { recordsMessages } from '../../messages'
import '../../records.css'

function TypeRow({ summary }: { readonly summary: TypeSummary }) {
  const t = useT(recordsMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const statusClass = summary.status === 'contributing' ? 'status-tag status-tag--ok' : summary.status === 'stopped' ? 'status-tag status-tag--warn' : 'status-tag'
  return (
    <View {...roleProps('listitem')} className='type-row'>
      <View className='type-row__head'>
        <Text className='type-row__name'>{label(`insurance.${summary.type}`)}</Text>
        <Text className={statusClass}>{t(`summary.status.${summary.status}`)}</Text>
      </View>
      <Text>{t('summary.paidMonths', { months: summary.paidMonths })}</Text>
      {summary.firstMonth && summary.lastMonth ? (
        <Text className='muted'>
          {t('summary.span', { first: formatMonth(summary.firstMonth, locale), last: formatMonth(summary.lastMonth, locale) })}
        </Text>
      ) : null}
      {summary.paidMonths > 0 ? (
        <View className='figures'>
          <Figure label={t('summary.personal')} value={formatFen(summary.personalFen)} />
          <Figure label={t('summary.employer')} value={formatFen(summary.employerFen)} />
        </View>
      ) : null}
    </View>
  )
}

export default function SummaryPage() {
  const t = useT(recordsMessages)
  const locale = useLocale()
  const [summary, reload] = useOperation(getRecordsSummary, {})

  return (
    <PageShell title={t('summary.title')} operation={getRecordsSummary}>
      {summary.status === 'loading' ? <Loading /> : null}
      {summary.status === 'problem' && summary.problem.code === 'real_name_required' ? (
        <Banner tone='warning'>
          {t('summary.noRealName')}
          <Button onPress={() => openPage(routes.realName)}>{t('issue.toRealName')}</Button>
        </Banner>
      ) : null}
      {(summary.status === 'problem' && summary.problem.code !== 'real_name_required') || summary.status === 'network' ? (
        <ProblemNotice problem={summary.status === 'problem' ? summary.problem : null} onRetry={reload} loading />
      ) : null}
      {summary.status === 'ok' ? (
        <View>
          <Text className='page__lead'>
            {t('summary.lead', { name: summary.value.maskedName, asOf: formatMonth(summary.value.asOf, locale) })}
          </Text>
          {summary.value.retiredFrom ? (
            <Banner tone='info'>{t('summary.retired', { from: formatMonth(summary.value.retiredFrom, locale) })}</Banner>
          ) : null}
          <GapList gaps={summary.value.gaps} title={t('summary.gapsTitle')} />
          {summary.value.gaps.some((gap) => gap.type === 'pension' && gap.ongoing) && !summary.value.retiredFrom ? (
            <View className='list'>
              <ListLink to={routes.flexibleInsurance} title={t('summary.flexibleTitle')} detail={t('summary.flexibleDetail')} />
            </View>
          ) : null}
          {summary.value.gaps.length === 0 ? <Banner tone='success'>{t('summary.gapsNone')}</Banner> : null}
          <Card title={t('summary.typesTitle')}>
            <View {...roleProps('list')}>
              {summary.value.types.map((type) => (
                <TypeRow key={type.type} summary={type} />
              ))}
            </View>
          </Card>
          <Card title={t('summary.yearsTitle')}>
            <View className='list'>
              {[...summary.value.years].sort((a, b) => b - a).map((year) => (
                <ListLink key={year} to={`${routes.recordsYear}?year=${year}`} title={t('summary.year', { year })} />
              ))}
            </View>
          </Card>
          <Button block onPress={() => openPage(routes.issueCertificate)}>
            {t('summary.issue')}
          </Button>
        </View>
      ) : null}
    </PageShell>
  )
}
