import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { reverseDeathRecord } from '@renshe/shared/retiree/contract'
import { DeathRecordReversal, type DeathRecordForReview } from '@renshe/shared/retiree/schemas'
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

interface ReverseFormProps {
  readonly record: DeathRecordForReview
  readonly onDone: (record: DeathRecordForReview) => void
  /** The server says the record was decided meanwhile (by another officer). */
  readonly onDecidedElsewhere: () => void
  readonly onCancel: () => void
}

const noteMax = 500

/** Reversing a death record needs the reason on file; what was typed stays when sending fails. */
export function OfficeReverseForm({ record, onDone, onDecidedElsewhere, onCancel }: ReverseFormProps) {
  const t = useT(officeMessages)
  const locale = useLocale()
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const { submit, edited, sending } = useSubmission(reverseDeathRecord)
  const fieldId = `reverse-note-${record.id}`
  const fieldIds = { note: fieldId }

  useEffect(() => {
    focusById(fieldId)
  }, [fieldId])

  const send = async () => {
    // An empty reason is "enter a value", not "too short".
    if (note.trim() === '') return setErrors([{ fieldId, message: fieldMessage('field.required', locale) }])
    const body = DeathRecordReversal.safeParse({ note })
    if (!body.success) return setErrors(errorsFromIssues(body.error.issues, fieldIds, locale))
    setErrors([])
    setFailure(null)
    const result = await submit({ params: { id: record.id }, body: body.data })
    if (result.ok) return onDone(result.value)
    if (result.network) return setFailure({ problem: null })
    if (result.problem.code === 'illegal_transition') return onDecidedElsewhere()
    const fieldErrors = result.problem.code === 'validation_failed' ? errorsFromProblem(result.problem, fieldIds, locale) : []
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  return (
    <View className='retiree-office-reject'>
      <Text className='retiree-office-block'>{t(record.status === 'confirmed' ? 'deaths.reverseWhat.confirmed' : 'deaths.reverseWhat.pending')}</Text>
      <ErrorSummary errors={errors} id={`reverse-errors-${record.id}`} labels={{ [fieldId]: t('deaths.reason') }} />
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      <LongText
        id={fieldId}
        label={t('deaths.reason')}
        hint={t('deaths.reasonHint')}
        maxLength={noteMax}
        value={note}
        onChange={(value) => {
          setNote(value)
          edited()
        }}
        {...errorProp(errors, fieldId)}
      />
      <View className='retiree-office-row__actions'>
        <Button busy={sending} onPress={() => void send()}>
          {t('deaths.sendReverse')}
        </Button>
        <Button variant='secondary' onPress={onCancel}>
          {t('deaths.cancel')}
        </Button>
      </View>
    </View>
  )
}
