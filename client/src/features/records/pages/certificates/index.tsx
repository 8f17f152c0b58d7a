import { View } from '@tarojs/components'
import { listCertificates } from '@renshe/shared/records/contract'
import { formatDate, formatMonth } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { domainLabels } from '../../../../ui/domain-labels'
import { EmptyState } from '../../../../ui/empty-state'
import { ListLink, openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { recordsMessages } from '../../messages'
import '../../records.css'

export default function CertificatesPage() {
  const t = useT(recordsMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const [list, reload] = useOperation(listCertificates, {})

  return (
    <PageShell title={t('certificates.title')} operation={listCertificates}>
      <View className='stack'>
        <Button block onPress={() => openPage(routes.issueCertificate)}>
          {t('certificates.new')}
        </Button>
        {list.status === 'loading' ? <Loading /> : null}
        {list.status === 'problem' || list.status === 'network' ? (
          <ProblemNotice problem={list.status === 'problem' ? list.problem : null} onRetry={reload} loading />
        ) : null}
        {list.status === 'ok' && list.value.certificates.length === 0 ? <EmptyState message={t('certificates.empty')} /> : null}
        {list.status === 'ok' && list.value.certificates.length > 0 ? (
          <View className='list'>
            {list.value.certificates.map((certificate) => (
              <ListLink
                key={certificate.id}
                to={`${routes.certificate}?id=${encodeURIComponent(certificate.id)}`}
                title={t('certificates.item', {
                  purpose: label(`purpose.${certificate.purpose}`),
                  period: t('periodRange', {
                    from: formatMonth(certificate.period.from, locale),
                    to: formatMonth(certificate.period.to, locale),
                  }),
                })}
                detail={t('certificates.issued', {
                  date: formatDate(certificate.issuedAt, locale),
                  status: t(`certificate.status.${certificate.status}`),
                })}
              />
            ))}
          </View>
        ) : null}
      </View>
    </PageShell>
  )
}
