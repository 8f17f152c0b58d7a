import { View } from '@tarojs/components'
import { useState } from 'react'
import type { PostedJob } from '@renshe/shared/jobs/posts'
import type { Problem } from '@renshe/shared/platform/problem'
import { errorOf, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import type { FieldProblem } from '../../../ui/error-summary'
import { LongText } from '../../../ui/long-text'
import { ProblemNotice } from '../../../ui/problem-notice'
import { decide } from '../api'
import { checkDecision, type DecisionChoice } from '../decision-values'
import { fieldProblems, onePerField } from '../field-errors'
import { jobsMessages } from '../messages'
import { ChoiceRow } from './choice-row'

interface DecisionFormProps {
  readonly posted: PostedJob
  readonly onDecided: (posted: PostedJob) => void
}

/** Approve or decline one post; the note's label says when it is required and who reads it. */
export function DecisionForm({ posted, onDecided }: DecisionFormProps) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  const [choice, setChoice] = useState<DecisionChoice | null>(null)
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [sending, setSending] = useState(false)
  const held = posted.status === 'held'
  const ids = { decision: `review-${posted.id}-decision`, note: `review-${posted.id}-note` }

  const send = async () => {
    setFailure(null)
    const checked = checkDecision(choice, note, held, locale, t)
    if (!checked.ok) return setErrors(fieldProblems(checked.problems, ids))
    setErrors([])
    setSending(true)
    const result = await decide(posted.id, checked.value)
    setSending(false)
    if (result.ok) return onDecided(result.value)
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = onePerField(errorsFromProblem(result.problem, ids, locale))
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  const noteLabel = choice === 'decline' ? t('review.reason') : held ? t('review.noteHeld') : t('review.note')
  const noteHint = choice === 'decline' ? t('review.reasonHint') : held ? t('review.noteHeldHint') : undefined

  return (
    <View className='jobs-decision'>
      <ChoiceRow<DecisionChoice>
        id={ids.decision}
        legend={t('review.decision')}
        error={errorOf(errors, ids.decision)}
        options={[
          { value: 'approve', label: t('review.approve') },
          { value: 'decline', label: t('review.decline') },
        ]}
        isOn={(value) => value === choice}
        onPress={setChoice}
      />
      <LongText id={ids.note} label={noteLabel} {...(noteHint ? { hint: noteHint } : {})} maxLength={500} value={note} onChange={setNote} error={errorOf(errors, ids.note)} />
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      <Button block busy={sending} onPress={() => void send()}>
        {t('review.send')}
      </Button>
    </View>
  )
}
