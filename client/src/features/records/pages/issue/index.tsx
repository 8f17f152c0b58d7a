import { Text } from '@tarojs/components'
import { issueCertificate } from '@renshe/shared/records/contract'
import { useT } from '../../../../lib/i18n/translate'
import { routes } from '../../../../routes'
import { openPage } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { IssueForm } from '../../components/issue-form'
import { recordsMessages } from '../../messages'

export default function IssuePage() {
  const t = useT(recordsMessages)
  return (
    <PageShell title={t('issue.title')} operation={issueCertificate}>
      <Text className='page__lead'>{t('issue.lead')}</Text>
      <IssueForm onIssued={(certificate) => openPage(`${routes.certificate}?id=${encodeURIComponent(certificate.id)}`, true)} />
    </PageShell>
  )
}
