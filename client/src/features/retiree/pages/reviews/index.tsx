import { Text, View } from '@tarojs/components'
import { listVisitsToReview } from '@renshe/shared/retiree/contract'
import { roleProps } from '../../../../lib/a11y/pressable'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { EmptyState } from '../../../../ui/empty-state'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { OfficeVisitReview } from '../../components/office-visit-review'
import { officeMessages } from '../../office-messages'
import '../../office.css'

export default function ReviewsPage() {
  const t = useT(officeMessages)
  const [visits, reload] = useOperation(listVisitsToReview, {})
  return (
    <PageShell title={t('reviews.title')} operation={listVisitsToReview}>
      <Text className='page__lead'>{t('reviews.lead')}</Text>
      <View className='retiree-office-link-row'>
        <Link to={routes.pensionCoverage}>{t('toCoverage')}</Link>
      </View>
      {visits.status === 'loading' ? <Loading /> : null}
      {visits.status === 'problem' || visits.status === 'network' ? (
        <ProblemNotice problem={visits.status === 'problem' ? visits.problem : null} onRetry={reload} loading />
      ) : null}
      {visits.status === 'ok' && visits.value.items.length === 0 ? <EmptyState message={t('reviews.empty')} /> : null}
      {visits.status === 'ok' && visits.value.items.length > 0 ? (
        <View {...roleProps('list')} aria-label={t('reviews.listLabel')} className='retiree-office-list'>
          {visits.value.items.map((visit) => (
            <OfficeVisitReview key={visit.taskId} initial={visit} />
          ))}
        </View>
      ) : null}
    </PageShell>
  )
}
