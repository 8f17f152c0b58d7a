import { View } from '@tarojs/components'
import { useState } from 'react'
import { postCaseMessage } from '@renshe/shared/wages/contract'
import type { CaseDetail } from '@renshe/shared/wages/schemas'
import type { Problem } from '@renshe/shared/platform/problem'
import { errorOf, errorsFromIssues, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { ErrorSummary, type FieldProblem } from '../../../ui/error-summary'
import { ProblemNotice } from '../../../ui/problem-notice'
import { wagesMessages } from '../messages'
import { LongText } from '../../../ui/long-text'

const fieldIds = { text: 'case-reply-text' } as const

/** A message to the officer; a double tap or a retry after a lost answer posts it once. */
export function CaseReply({ caseId, onSent }: { readonly caseId: string; readonly onSent: (detail: CaseDetail) => void }) {
  const t = useT(wagesMessages)
  const locale = useLocale()
  const [text, setText] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<Problem | 'network' | null>(null)
  const [sent, setSent] = useState(false)
  const { submit, edited, sending } = useSubmission(postCaseMessage)

  const send = async () => {
    if (sending) return
    const parsed = postCaseMessage.body.safeParse({ text })
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues, fieldIds, locale))
    setErrors([])
    setFailure(null)
    const result = await submit({ params: { id: caseId }, body: { text } })
    if (result.ok) {
      setText('')
      setSent(true)
      onSent(result.value)
      return
    }
    if (result.network) return setFailure('network')
    const found = errorsFromProblem(result.problem, fieldIds, locale)
    setErrors(found)
    setFailure(found.length > 0 ? null : result.problem)
  }

  return (
    <View>
      <ErrorSummary id='case-reply-errors' errors={errors} />
      {failure === 'network' ? <ProblemNotice problem={null} onRetry={() => void send()} /> : null}
      {failure && failure !== 'network' ? <ProblemNotice problem={failure} /> : null}
      {sent ? <Banner tone='success'>{t('case.sent')}</Banner> : null}
      <LongText
        id={fieldIds.text}
        label={t('case.reply')}
        hint={t('case.replyHint')}
        error={errorOf(errors, fieldIds.text)}
        value={text}
        maxLength={500}
        onChange={(value) => {
          setText(value)
          setSent(false)
          edited()
        }}
      />
      <Button block busy={sending} onPress={() => void send()}>
        {t('case.send')}
      </Button>
    </View>
  )
}
