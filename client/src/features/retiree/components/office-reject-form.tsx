import { reviewVisit } from '@renshe/shared/retiree/contract'
import { VisitReview, type VisitForReview } from '@renshe/shared/retiree/schemas'
import { useT } from '../../../lib/i18n/translate'
import { officeMessages } from '../office-messages'
import { OfficeReasonForm } from './office-reason-form'

interface RejectFormProps {
  readonly visit: VisitForReview
  readonly onDone: (visit: VisitForReview) => void
  readonly onCancel: () => void
}

const rejectNoteMax = 300

/** Rejecting a home visit needs a short reason for the grid staff member. */
export function OfficeRejectForm({ visit, onDone, onCancel }: RejectFormProps) {
  const t = useT(officeMessages)
  return (
    <OfficeReasonForm
      operation={reviewVisit}
      idPrefix={`reject-${visit.taskId}`}
      words={{ label: t('reviews.reason'), hint: t('reviews.reasonHint'), send: t('reviews.sendReject'), cancel: t('reviews.cancel') }}
      maxLength={rejectNoteMax}
      danger
      bodyOf={(note) => VisitReview.safeParse({ decision: 'reject', note })}
      requestOf={(body) => ({ params: { id: visit.taskId }, body })}
      onDone={onDone}
      onCancel={onCancel}
    />
  )
}
