import { Text } from '@tarojs/components'
import type { CertificateStatus } from '@renshe/shared/records/schemas'
import { useT } from '../../../lib/i18n/translate'
import { recordsMessages } from '../messages'

export function CertificateStatusTag({ status }: { readonly status: CertificateStatus }) {
  const t = useT(recordsMessages)
  return (
    <Text className={status === 'valid' ? 'status-tag status-tag--ok' : 'status-tag status-tag--warn'}>
      {t(`certificate.status.${status}`)}
    </Text>
  )
}
