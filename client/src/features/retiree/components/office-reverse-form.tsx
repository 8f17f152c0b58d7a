import { reverseDeathRecord } from '@renshe/shared/retiree/contract'
import { DeathRecordReversal, type DeathRecordForReview } from '@renshe/shared/retiree/schemas'
import { useT } from '../../../lib/i18n/translate'
import { officeMessages } from '../office-messages'
import { OfficeReasonForm } from './office-reason-form'

interface ReverseFormProps {
  readonly record: DeathRecordForReview
  readonly onDone: (record: DeathRecordForReview) => void
  /** The server says the record was decided meanwhile (by another officer). */
  readonly onDecidedElsewhere: () => void
  readonly onCancel: () => void
}

const noteMax = 500

/** Reversing a death record needs the reason on file. */
export function OfficeReverseForm({ record, onDone, onDecidedElsewhere, onCancel }: ReverseFormProps) {
  const t = useT(officeMessages)
  return (
    <OfficeReasonForm
      operation={reverseDeathRecord}
      idPrefix={`reverse-${record.id}`}
      words={{
        intro: t(record.status === 'confirmed' ? 'deaths.reverseWhat.confirmed' : 'deaths.reverseWhat.pending'),
        label: t('deaths.reason'),
        hint: t('deaths.reasonHint'),
        send: t('deaths.sendReverse'),
        cancel: t('deaths.cancel'),
      }}
      maxLength={noteMax}
      bodyOf={(note) => DeathRecordReversal.safeParse({ note })}
      requestOf={(body) => ({ params: { id: record.id }, body })}
      onDone={onDone}
      onRefused={(problem) => {
        if (problem.code !== 'illegal_transition') return false
        onDecidedElsewhere()
        return true
      }}
      onCancel={onCancel}
    />
  )
}
