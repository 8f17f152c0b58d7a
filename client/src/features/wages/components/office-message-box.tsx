import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { OperationInput } from '@renshe/shared/platform/operation'
import type { Problem } from '@renshe/shared/platform/problem'
import { postCaseMessage } from '@renshe/shared/wages/contract'
import type { CaseDetail } from '@renshe/shared/wages/schemas'
import { errorProp, errorsFromIssues, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { ErrorSummary, type FieldProblem } from '../../../ui/error-summary'
import { ProblemNotice } from '../../../ui/problem-notice'
import { officeMessages } from '../office-messages'
import { LongText } from '../../../ui/long-text'

const fieldIds = { text: 'message-text' } as const

/** A message to the worker about the case; it lands in the case's timeline and the worker's inbox. */
export function OfficeMessageBox({ detail, onSent }: { readonly detail: CaseDetail; readonly onSent: (detail: CaseDetail) => void }) {
  const t = useT(officeMessages)
  const locale = useLocale()
  const [text, setText] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [sent, setSent] = useState(false)
  const { submit, edited, sending } = useSubmission(postCaseMessage)
  const lastInput = useRef<OperationInput<typeof postCaseMessage> | null>(null)

  const send = async (input: OperationInput<typeof postCaseMessage>) => {
    lastInput.current = input
    setFailure(null)
    const result = await submit(input)
    if (result.ok) {
      setText('')
      setSent(true)
      return onSent(result.value)
    }
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = errorsFromProblem(result.problem, fieldIds, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  const sendForm = () => {
    const body = { text }
    const parsed = postCaseMessage.body.safeParse(body)
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues, fieldIds, locale))
    setErrors([])
    void send({ params: { id: detail.id }, body: parsed.data })
  }

  return (
    <Card title={t('message.title')}>
      <View className='office-action-form'>
        <ErrorSummary errors={errors} id='message-errors' />
        {failure ? <ProblemNotice problem={failure.problem} onRetry={() => lastInput.current && void send(lastInput.current)} /> : null}
        {sent ? <Banner tone='success'>{t('message.sent')}</Banner> : null}
        <Text className='muted office-block'>{t('message.lead')}</Text>
        <LongText
          id={fieldIds.text}
          label={t('message.label')}
          hint={t('message.hint')}
          maxLength={500}
          value={text}
          onChange={(value) => {
            setText(value)
            setSent(false)
            edited()
          }}
          {...errorProp(errors, fieldIds.text)}
        />
        <Button busy={sending} onPress={sendForm}>
          {t('message.send')}
        </Button>
      </View>
    </Card>
  )
}
