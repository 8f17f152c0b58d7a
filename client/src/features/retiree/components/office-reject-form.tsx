import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { reviewVisit } from '@renshe/shared/retiree/contract'
import { VisitReview, type VisitForReview } from '@renshe/shared/retiree/schemas'
import { focusById } from '../../../lib/a11y/focus'
import { errorProp, errorsFromIssues, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Button } from '../../../ui/button'
import { ErrorSummary, type FieldProblem } from '../../../ui/error-summary'
import { LongText } from '../../../ui/long-text'
import { ProblemNotice } from '../../../ui/problem-notice'
import { officeMessages } from '../office-messages'

interface RejectFormProps {
  readonly visit: VisitForReview
  readonly onDone: (visit: VisitForReview) => void
  readonly onCancel: () => void
}

const rejectNoteMax = 300

/** Rejecting a home visit needs a short reason for the grid staff member; what was typed stays when sending fails. */
export function OfficeRejectForm({ visit, onDone, onCancel }: RejectFormProps) {
  const t = useT(officeMessages)
  const locale = useLocale()
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const { submit, edited, sending } = useSubmission(reviewVisit)
  const fieldId = `reject-note-${visit.taskId}`
  const fieldIds = { note: fieldId }

  useEffect(() => {
    focusById(fieldId)
  }, [fieldId])

  const send = async () => {
    // An empty reason is "enter a value", not "too short".
    if (note.trim() === '') return setErrors([{ fieldId, message: fieldMessage('field.required', locale) }])
    const body = VisitReview.safeParse({ decision: 'reject', note })
    if (!body.success) return setErrors(errorsFromIssues(body.error.issues, fieldIds, locale))
    setErrors([])
    setFailure(null)
    const result = await submit({ params: { id: visit.taskId }, body: body.data })
    if (result.ok) return onDone(result.value)
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = result.problem.code === 'validation_failed' ? errorsFromProblem(result.problem, fieldIds, locale) : []
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  return (
    <View className='retiree-office-reject'>
      <ErrorSummary errors={errors} id={`reject-errors-${visit.taskId}`} labels={{ [fieldId]: t('reviews.reason') }} />
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      <LongText
        id={fieldId}
        label={t('reviews.reason')}
        hint={t('reviews.reasonHint')}
        maxLength={rejectNoteMax}
        value={note}
        onChange={(value) => {
          setNote(value)
          edited()
        }}
        {...errorProp(errors, fieldId)}
      />
      <View className='retiree-office-row__actions'>
        <Button variant='danger' busy={sending} onPress={() => void send()}>
          {t('reviews.sendReject')}
        </Button>
        <Button variant='secondary' onPress={onCancel}>
          {t('reviews.cancel')}
        </Button>
      </View>
    </View>
  )
}
