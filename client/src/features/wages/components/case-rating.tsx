import { View } from '@tarojs/components'
import { useState } from 'react'
import { actOnComplaint } from '@renshe/shared/wages/contract'
import { CaseAction, type CaseDetail } from '@renshe/shared/wages/schemas'
import type { Problem } from '@renshe/shared/platform/problem'
import { errorOf, errorsFromIssues, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Button } from '../../../ui/button'
import { ErrorSummary, type FieldProblem } from '../../../ui/error-summary'
import { ProblemNotice } from '../../../ui/problem-notice'
import { wagesMessages } from '../messages'
import { ChoiceList } from './choice-list'
import { LongText } from '../../../ui/long-text'

const fieldIds = { stars: 'case-rating-stars', comment: 'case-rating-comment' } as const
const stars = [
  ['1', 'case.star.1'],
  ['2', 'case.star.2'],
  ['3', 'case.star.3'],
  ['4', 'case.star.4'],
  ['5', 'case.star.5'],
] as const
type Star = (typeof stars)[number][0]

/** 1–5 stars as five big radio rows, each said in words, and an optional comment. */
export function CaseRating({ caseId, onDone }: { readonly caseId: string; readonly onDone: (detail: CaseDetail) => void }) {
  const t = useT(wagesMessages)
  const locale = useLocale()
  const [chosen, setChosen] = useState<Star | null>(null)
  const [comment, setComment] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<Problem | 'network' | null>(null)
  const { submit, edited, sending } = useSubmission(actOnComplaint)

  const rate = async () => {
    if (sending) return
    const action = { kind: 'rate' as const, rating: { stars: chosen ? Number(chosen) : 0, comment } }
    const parsed = CaseAction.safeParse(action)
    if (!parsed.success) {
      // The rating's fields sit one level down (`rating.stars`).
      return setErrors(errorsFromIssues(parsed.error.issues.map((issue) => ({ ...issue, path: issue.path.slice(1) })), fieldIds, locale))
    }
    setErrors([])
    setFailure(null)
    const result = await submit({ params: { id: caseId }, body: action })
    if (result.ok) return onDone(result.value)
    if (result.network) return setFailure('network')
    const found = errorsFromProblem(result.problem, fieldIds, locale)
    setErrors(found)
    setFailure(found.length > 0 ? null : result.problem)
  }

  return (
    <View>
      <ErrorSummary id='case-rating-errors' errors={errors} />
      {failure === 'network' ? <ProblemNotice problem={null} onRetry={() => void rate()} /> : null}
      {failure && failure !== 'network' ? <ProblemNotice problem={failure} /> : null}
      <ChoiceList
        id={fieldIds.stars}
        legend={t('case.stars')}
        error={errorOf(errors, fieldIds.stars)}
        choices={stars.map(([value, key]) => ({ value, label: t(key) }))}
        value={chosen}
        onChange={(value) => {
          setChosen(value)
          edited()
        }}
      />
      <LongText
        id={fieldIds.comment}
        label={t('case.rateComment')}
        error={errorOf(errors, fieldIds.comment)}
        value={comment}
        maxLength={200}
        onChange={(value) => {
          setComment(value)
          edited()
        }}
      />
      <Button block busy={sending} onPress={() => void rate()}>
        {t('case.rateSubmit')}
      </Button>
    </View>
  )
}
