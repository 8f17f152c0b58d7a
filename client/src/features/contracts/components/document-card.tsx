import { Text, View } from '@tarojs/components'
import type { Contract } from '@renshe/shared/contracts/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import { formatDate, formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Card } from '../../../ui/card'
import { Link } from '../../../ui/link'
import { contractMessages } from '../contract-messages'
import { dateAtNoon } from '../dates'
import { ContractDownload } from './contract-download'

type SignedDocument = NonNullable<Contract['document']>

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`)

/** The signed PDF: its SHA-256, the timestamp over it, how long it is kept, and the free download. */
export function DocumentCard({ contract, document }: { readonly contract: Contract; readonly document: SignedDocument }) {
  const t = useT(contractMessages)
  const locale = useLocale()
  return (
    <Card title={t('document.title')}>
      <View className='contract-stack'>
        <View>
          <Text className='contract-fact__label'>{t('document.sha256')}</Text>
          <Text className='contract-hash'>{document.sha256}</Text>
          <Text className='field__hint'>{t('document.sha256Hint')}</Text>
        </View>
        <Text>{t('document.timestampedAt', { time: formatDateTime(document.timestampedAt, locale) })}</Text>
        <Text className='muted'>{t('document.size', { size: sizeText(document.size) })}</Text>
        <Text>{contract.keepUntil ? t('document.keepUntil', { date: formatDate(dateAtNoon(contract.keepUntil), locale) }) : t('document.keepOpen')}</Text>
        {contract.allowedActions.includes('download') ? <ContractDownload contractId={contract.id} /> : null}
        {/* A link in running text (a flex item of its own would be a tap target, 60 px in care mode). */}
        <Text>
          <Link to={pageLink('verifyContract', { sha256: document.sha256 })}>{t('document.verify')}</Link>
        </Text>
      </View>
    </Card>
  )
}
