import { Text, View } from '@tarojs/components'
import type { EvidenceFile } from '@renshe/shared/wages/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { caseMessages } from '../case-messages'
import { disputeFilesMessages } from '../dispute-files-messages'
import { DisputeFileOpener } from './dispute-file-opener'
import { fileSize } from './file-size'
import './dispute-files.css'

/**
 * The evidence the worker sent with the wage complaint an arbitration grew from (decision 072),
 * as the case lists it to those who may open it (the commission, the worker); each opened from
 * the wage module on request. Nothing at all when there is none listed to the caller.
 */
export function ComplaintEvidence({ files }: { readonly files: readonly EvidenceFile[] }) {
  const t = useT(caseMessages)
  const fileWords = useT(disputeFilesMessages)
  const locale = useLocale()
  if (files.length === 0) return null
  return (
    <View>
      <Text className='arb-fact__label'>{t('wage.evidence')}</Text>
      <View {...roleProps('list')} className='dispute-files'>
        {files.map((file) => (
          <View key={file.id} {...roleProps('listitem')} className='dispute-file'>
            <Text className='dispute-file__name'>{fileWords('item', { kind: file.mime === 'application/pdf' ? fileWords('kindPdf') : fileWords('kindPhoto'), name: file.name })}</Text>
            <Text className='muted small'>{fileWords('meta', { size: fileSize(file.size), date: formatDateTime(file.uploadedAt, locale) })}</Text>
            <DisputeFileOpener file={file} source='wageComplaint' />
          </View>
        ))}
      </View>
    </View>
  )
}
