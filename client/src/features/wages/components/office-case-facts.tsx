import { Text, View } from '@tarojs/components'
import type { CaseDetail } from '@renshe/shared/wages/schemas'
import { formatDate, formatDateTime, formatFen, formatMonth } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Card } from '../../../ui/card'
import { domainLabels } from '../../../ui/domain-labels'
import { officeMessages } from '../office-messages'
import { OfficeFact } from './office-fact'
import { useRegionName } from '../../../ui/region-name'

/** Who complains about whom, where, for which months and how much: what both officer and employer read. */
export function OfficeCaseFacts({ detail }: { readonly detail: CaseDetail }) {
  const t = useT(officeMessages)
  const regionName = useRegionName()
  const label = useT(domainLabels)
  const locale = useLocale()
  const { employer, site, wages, worker } = detail
  const period =
    wages.fromMonth === wages.toMonth
      ? formatMonth(wages.fromMonth, locale)
      : t('facts.period', { from: formatMonth(wages.fromMonth, locale), to: formatMonth(wages.toMonth, locale) })
  return (
    <View>
      <Card title={t('facts.caseTitle')}>
        <View className='office-facts'>
          <OfficeFact label={t('facts.caseNumber')} value={detail.caseNumber} />
          <OfficeFact label={t('facts.status')} value={label(`caseStatus.${detail.status}`)} />
          <OfficeFact label={t('facts.submittedAt')} value={formatDate(detail.submittedAt, locale)} />
          {detail.filedByStaff ? <OfficeFact label={t('facts.filedByStaff')} value={detail.filedByStaff} /> : null}
        </View>
      </Card>
      <Card title={t('facts.workerTitle')}>
        <View className='office-facts'>
          <OfficeFact label={t('facts.workerName')} value={worker.maskedName} />
          {worker.maskedPhone ? <OfficeFact label={t('facts.workerPhone')} value={worker.maskedPhone} /> : null}
        </View>
      </Card>
      <Card title={t('facts.employerTitle')}>
        <View className='office-facts'>
          <OfficeFact label={t('facts.employerName')} value={employer.name} />
          <OfficeFact label={t('facts.employerKnown')} value={employer.known ? t('facts.known') : t('facts.typed')} />
          <OfficeFact label={t('facts.creditCode')} value={employer.creditCode ?? t('facts.notGiven')} />
        </View>
      </Card>
      <Card title={t('facts.siteTitle')}>
        <View className='office-facts'>
          <OfficeFact label={t('facts.siteName')} value={site.siteName} />
          {site.projectName ? <OfficeFact label={t('facts.project')} value={site.projectName} /> : null}
          <OfficeFact label={t('facts.region')} value={regionName(site.regionCode)} />
          <OfficeFact label={t('facts.address')} value={site.address || t('facts.notGiven')} />
        </View>
      </Card>
      <Card title={t('facts.wagesTitle')}>
        <View className='office-facts'>
          <OfficeFact label={t('facts.months')} value={period} />
          <OfficeFact label={t('facts.amount')} value={formatFen(wages.amountFen)} />
          <OfficeFact label={t('facts.payUnit')} value={label(`payUnit.${wages.payUnit}`)} />
          <OfficeFact label={t('facts.coWorkers')} value={wages.coWorkers > 0 ? t('facts.coWorkersCount', { count: wages.coWorkers }) : t('facts.alone')} />
          {detail.recoveredFen > 0 ? <OfficeFact label={t('facts.recovered')} value={formatFen(detail.recoveredFen)} /> : null}
        </View>
        {/* null: withheld from this reader (the employer), which is not the same as not written. */}
        {detail.description !== null ? (
          <View>
            <Text className='office-fact__label'>{t('facts.description')}</Text>
            <Text className='office-description'>{detail.description || t('facts.notGiven')}</Text>
          </View>
        ) : null}
      </Card>
      {detail.rating ? (
        <Card title={t('facts.ratingTitle')}>
          <Text>{t('facts.rating', { stars: detail.rating.stars })}</Text>
          {detail.rating.comment ? <Text className='office-description'>{detail.rating.comment}</Text> : null}
        </Card>
      ) : null}
      <EmployerResponse detail={detail} formatAt={(at) => formatDateTime(at, locale)} />
    </View>
  )
}

/** The employer's latest statement, as the timeline carries it. */
function EmployerResponse({ detail, formatAt }: { readonly detail: CaseDetail; readonly formatAt: (at: string) => string }) {
  const t = useT(officeMessages)
  const responses = detail.timeline.filter((event) => event.kind === 'employer_responded').sort((a, b) => (a.at < b.at ? -1 : 1))
  const latest = responses[responses.length - 1]
  return (
    <Card title={t('facts.responseTitle')}>
      {latest ? (
        <View>
          <Text className='muted small office-block'>{t('facts.respondedAt', { at: formatAt(latest.at) })}</Text>
          <Text className='office-description'>{latest.note ?? ''}</Text>
        </View>
      ) : (
        <Text className='muted'>{t('facts.noResponse')}</Text>
      )}
    </Card>
  )
}
