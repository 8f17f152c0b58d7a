import { View } from '@tarojs/components'
import { useState } from 'react'
import type { Operation, OperationOutput } from '@renshe/shared/platform/operation'
import type { Problem } from '@renshe/shared/platform/problem'
import type { CallResult } from '../../../lib/api'
import { errorOf, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { Button } from '../../../ui/button'
import type { FieldProblem } from '../../../ui/error-summary'
import { LongText } from '../../../ui/long-text'
import { ProblemNotice } from '../../../ui/problem-notice'
import { fieldProblems, onePerField } from '../field-errors'
import type { Checked } from '../profile-values'
import { ChoiceRow } from '../../../ui/choice-row'

interface DecisionFormProps<C extends string, B, O extends Operation> {
  /** Unique on the page: the ids of the form's fields start with it. */
  readonly id: string
  readonly legend: string
  readonly options: readonly { readonly value: C; readonly label: string }[]
  /** The body's field the note is sent as (`note`, `reason`): a refusal of it is shown at the note. */
  readonly noteField: string
  /** The longest note the operation takes: the field stops there, as the server would. */
  readonly noteMaxLength: number
  /** The note's label and hint for the choice made (saying when it is required and who reads it), or null for no note. */
  readonly noteOf: (choice: C | null) => { readonly label: string; readonly hint?: string } | null
  readonly check: (choice: C | null, note: string) => Checked<B>
  readonly send: (body: B) => Promise<CallResult<O>>
  readonly sendLabel: string
  readonly onDecided: (value: OperationOutput<O>) => void
}

/**
 * One decision on one item of a list: a choice of a few big buttons, a note where the choice
 * asks for one, and a send. What is missing is said at its field, and a refusal from the
 * server at the field it names, while the choice and the note stay as they were.
 */
export function DecisionForm<C extends string, B, O extends Operation>({ id, legend, options, noteField, noteMaxLength, noteOf, check, send, sendLabel, onDecided }: DecisionFormProps<C, B, O>) {
  const locale = useLocale()
  const [choice, setChoice] = useState<C | null>(null)
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [sending, setSending] = useState(false)
  const ids = { decision: `${id}-decision`, [noteField]: `${id}-note` }
  const noteShown = noteOf(choice)

  const submit = async () => {
    setFailure(null)
    const checked = check(choice, noteShown ? note : '')
    if (!checked.ok) return setErrors(fieldProblems(checked.problems, ids))
    setErrors([])
    setSending(true)
    const result = await send(checked.value)
    setSending(false)
    if (result.ok) return onDecided(result.value)
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = onePerField(errorsFromProblem(result.problem, ids, locale))
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  return (
    <View className='jobs-decision'>
      <ChoiceRow<C> id={`${id}-decision`} legend={legend} error={errorOf(errors, `${id}-decision`)} options={options} isOn={(value) => value === choice} onPress={setChoice} />
      {noteShown ? (
        <LongText
          id={`${id}-note`}
          label={noteShown.label}
          {...(noteShown.hint ? { hint: noteShown.hint } : {})}
          maxLength={noteMaxLength}
          value={note}
          onChange={setNote}
          error={errorOf(errors, `${id}-note`)}
        />
      ) : null}
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void submit()} /> : null}
      <Button block busy={sending} onPress={() => void submit()}>
        {sendLabel}
      </Button>
    </View>
  )
}
