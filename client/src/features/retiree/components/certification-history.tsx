import { Text, View } from '@tarojs/components'
import type { CertificationRecord } from '@renshe/shared/retiree/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import { howCertified } from '../certification-words'
import { retireeMessages } from '../messages'

const reviewKeys = { pending: 'account.reviewPending', approved: 'account.reviewApproved', rejected: 'account.reviewRejected' } as const

/** Every certification, newest first, each with how it was made and, for home visits, its review. */
export function CertificationHistory({ records }: { readonly records: readonly CertificationRecord[] }) {
  const t = useT(retireeMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  if (records.length === 0) return <Text className='muted'>{t('account.certificationsEmpty')}</Text>
  const newestFirst = [...records].sort((a, b) => b.certifiedOn.localeCompare(a.certifiedOn))
  return (
    <View {...roleProps('list')} className='retiree-rows'>
      {newestFirst.map((record, index) => (
        <View key={`${record.certifiedOn}-${index}`} {...roleProps('listitem')} className='retiree-row'>
          <Text className='retiree-row__title'>{formatDate(record.certifiedOn, locale)}</Text>
          <Text>{label(howCertified(record.method, record.source))}</Text>
          {record.review !== 'none' ? (
            <Text className={record.review === 'rejected' ? 'status-tag status-tag--warn' : 'status-tag'}>{t(reviewKeys[record.review])}</Text>
          ) : null}
        </View>
      ))}
    </View>
  )
}
