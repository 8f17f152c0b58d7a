import { Text, View } from '@tarojs/components'
import type { ArbitrationCase } from '@renshe/shared/disputes/arbitration-cases'
import type { ArbitrationParty } from '@renshe/shared/disputes/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { caseMessages } from '../case-messages'
import { disputeFilesMessages } from '../dispute-files-messages'
import { DisputeFileOpener } from './dispute-file-opener'
import { fileSize } from './file-size'
import './dispute-files.css'

const noteOf: Readonly<Record<ArbitrationParty, 'files.noteApplicant' | 'files.noteRespondent' | 'files.noteOffice'>> = {
  applicant: 'files.noteApplicant',
  grid_staff: 'files.noteApplicant',
  respondent: 'files.noteRespondent',
  arbitrator: 'files.noteOffice',
  chair: 'files.noteOffice',
}

/**
 * The files of an arbitration the caller may open (decision 072), each with the side that sent it
 * (applicant, respondent, commission) and opened on request; and, to each side, when the other
 * side's files will appear: once the commission serves them, never before.
 */
export function CaseFiles({ detail }: { readonly detail: ArbitrationCase }) {
  const t = useT(caseMessages)
  const fileWords = useT(disputeFilesMessages)
  const locale = useLocale()
  return (
    <View>
      <Text className='muted'>{t(noteOf[detail.myRole])}</Text>
      {detail.files.length === 0 ? (
        <Text className='muted'>{t('files.none')}</Text>
      ) : (
        <View {...roleProps('list')} className='dispute-files'>
          {detail.files.map((file) => (
            <View key={file.id} {...roleProps('listitem')} className='dispute-file'>
              <Text className='dispute-file__name'>
                {fileWords('item', { kind: file.mime === 'application/pdf' ? fileWords('kindPdf') : fileWords('kindPhoto'), name: file.name })}
              </Text>
              <Text className='arb-file__from'>{t('files.from', { side: t(`files.side.${file.side}`) })}</Text>
              <Text className='muted small'>{fileWords('meta', { size: fileSize(file.size), date: formatDateTime(file.uploadedAt, locale) })}</Text>
              <DisputeFileOpener file={file} />
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
