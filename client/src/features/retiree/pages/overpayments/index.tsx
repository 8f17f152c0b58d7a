import { Text, View } from '@tarojs/components'
import { listOverpayments } from '@renshe/shared/retiree/contract'
import { roleProps } from '../../../../lib/a11y/pressable'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { EmptyState } from '../../../../ui/empty-state'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { OfficeOverpaymentItem } from '../../components/office-overpayment-item'
import { openFirst } from '../../components/office-rules'
import { officeMessages } from '../../office-messages'
import '../../office.css'

export default function OverpaymentsPage() {
  const t = useT(officeMessages)
  const [loaded, reload] = useOperation(listOverpayments, {})
  const items = loaded.status === 'ok' ? openFirst(loaded.value.items) : []
  return (
    <PageShell title={t('overpayments.title')} operation={listOverpayments}>
      <Text className='page__lead'>{t('overpayments.lead')}</Text>
      <View className='retiree-office-link-row'>
        <Link to={routes.pensionCoverage}>{t('toCoverage')}</Link>
      </View>
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? (
        <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading />
      ) : null}
      {loaded.status === 'ok' && items.length === 0 ? <EmptyState message={t('overpayments.empty')} /> : null}
      {items.length > 0 ? (
        <View {...roleProps('list')} aria-label={t('overpayments.listLabel')} className='retiree-office-list'>
          {items.map((overpayment) => (
            <OfficeOverpaymentItem key={overpayment.id} overpayment={overpayment} />
          ))}
        </View>
      ) : null}
    </PageShell>
  )
}
