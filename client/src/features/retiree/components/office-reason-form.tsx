import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { z } from 'zod'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Operation, OperationInput, OperationOutput } from '@renshe/shared/platform/operation'
import type { Problem } from '@renshe/shared/platform/problem'
import { focusById } from '../../../lib/a11y/focus'
import { errorProp, errorsFromIssues, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useSubmission } from '../../../lib/use-submission'
import { Button } from '../../../ui/button'
import { ErrorSummary, type FieldProblem } from '../../../ui/error-summary'
import { LongText } from '../../../ui/long-text'
import { ProblemNotice } from '../../../ui/problem-notice'

export interface ReasonFormWords {
  /** What sending it will do, said above the field; none when the button says it all. */
  readonly intro?: string
  readonly label: string
  readonly hint: string
  readonly send: string
  readonly cancel: string
}

interface ReasonFormProps<O extends Operation, B> {
  readonly operation: O
  /** Ids of the field and its error summary start with this; unique on the page. */
  readonly idPrefix: string
  readonly words: ReasonFormWords
  readonly maxLength: number
  readonly danger?: boolean
  /** The body with the reason, checked by its schema before it is sent. */
  readonly bodyOf: (note: string) => z.ZodSafeParseResult<B>
  readonly requestOf: (body: B) => OperationInput<O>
  readonly onDone: (value: OperationOutput<O>) => void
  /** A refusal the caller answers itself (the object decided meanwhile); true when it did. */
  readonly onRefused?: (problem: Problem) => boolean
  readonly onCancel: () => void
}

/**
 * An officer's decision that needs a reason on file: the field, its checks in the officer's
 * language, and the refusal of the server; what was typed stays when sending fails.
 */
export function OfficeReasonForm<O extends Operation, B>({
  operation,
  idPrefix,
  words,
  maxLength,
  danger,
  bodyOf,
  requestOf,
  onDone,
  onRefused,
  onCancel,
}: ReasonFormProps<O, B>) {
  const locale = useLocale()
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const { submit, edited, sending } = useSubmission(operation)
  const fieldId = `${idPrefix}-note`
  const fieldIds = { note: fieldId }

  useEffect(() => {
    focusById(fieldId)
  }, [fieldId])

  const send = async () => {
    // An empty reason is "enter a value", not "too short".
    if (note.trim() === '') return setErrors([{ fieldId, message: fieldMessage('field.required', locale) }])
    const body = bodyOf(note)
    if (!body.success) return setErrors(errorsFromIssues(body.error.issues, fieldIds, locale))
    setErrors([])
    setFailure(null)
    const result = await submit(requestOf(body.data))
    if (result.ok) return onDone(result.value)
    if (result.network) return setFailure({ problem: null })
    if (onRefused?.(result.problem)) return
    const fieldErrors = result.problem.code === 'validation_failed' ? errorsFromProblem(result.problem, fieldIds, locale) : []
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  return (
    <View className='retiree-office-reject'>
      {words.intro ? <Text className='retiree-office-block'>{words.intro}</Text> : null}
      <ErrorSummary errors={errors} id={`${idPrefix}-errors`} labels={{ [fieldId]: words.label }} />
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      <LongText
        id={fieldId}
        label={words.label}
        hint={words.hint}
        maxLength={maxLength}
        value={note}
        onChange={(value) => {
          setNote(value)
          edited()
        }}
        {...errorProp(errors, fieldId)}
      />
      <View className='retiree-office-row__actions'>
        <Button variant={danger ? 'danger' : 'primary'} busy={sending} onPress={() => void send()}>
          {words.send}
        </Button>
        <Button variant='secondary' onPress={onCancel}>
          {words.cancel}
        </Button>
      </View>
    </View>
  )
}
