import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { OperationInput } from '@renshe/shared/platform/operation'
import type { Problem } from '@renshe/shared/platform/problem'
import { postCaseMessage } from '@renshe/shared/wages/contract'
import { maxEvidenceFiles, type CaseDetail } from '@renshe/shared/wages/schemas'
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
import { AttachedFiles, filesNotReady, uploadedIds, type AttachedFile } from './attached-files'

const fieldIds = { text: 'message-text', evidenceIds: 'message-files' } as const

/**
 * A message to the worker about the case, with files if the officer has any to give (the
 * mediation agreement); it lands in the case's timeline and the worker's inbox.
 */
export function OfficeMessageBox({ detail, onSent }: { readonly detail: CaseDetail; readonly onSent: (detail: CaseDetail) => void }) {
  const t = useT(officeMessages)
  const locale = useLocale()
  const [text, setText] = useState('')
  const [files, setFiles] = useState<readonly AttachedFile[]>([])
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [sent, setSent] = useState(false)
  const { submit, edited, sending } = useSubmission(postCaseMessage)
  const lastInput = useRef<OperationInput<typeof postCaseMessage> | null>(null)
  const evidenceIds = uploadedIds(files)
  const filesKey = evidenceIds.join(',')

  // Other files make another message: a retry after a lost answer must carry the same ones.
  useEffect(() => edited(), [filesKey, edited])

  const send = async (input: OperationInput<typeof postCaseMessage>) => {
    lastInput.current = input
    setFailure(null)
    const result = await submit(input)
    if (result.ok) {
      setText('')
      setFiles([])
      setSent(true)
      return onSent(result.value)
    }
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = errorsFromProblem(result.problem, fieldIds, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  const sendForm = () => {
    const body = { text, evidenceIds }
    const parsed = postCaseMessage.body.safeParse(body)
    const found = parsed.success ? [] : errorsFromIssues(parsed.error.issues, fieldIds, locale)
    const notReady = filesNotReady(files, t)
    if (notReady) found.push({ fieldId: fieldIds.evidenceIds, message: notReady })
    setErrors(found)
    if (found.length > 0 || !parsed.success) return
    void send({ params: { id: detail.id }, body: parsed.data })
  }

  return (
    <Card title={t('message.title')}>
      <View className='office-action-form'>
        <ErrorSummary errors={errors} id='message-errors' labels={{ [fieldIds.text]: t('message.label'), [fieldIds.evidenceIds]: t('message.files') }} />
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
        <AttachedFiles
          id={fieldIds.evidenceIds}
          label={t('message.files')}
          hint={t('message.filesHint', { max: maxEvidenceFiles })}
          use='message'
          files={files}
          onChange={(update) => {
            setFiles(update)
            setSent(false)
          }}
          {...errorProp(errors, fieldIds.evidenceIds)}
        />
        <Button busy={sending} onPress={sendForm}>
          {t('message.send')}
        </Button>
      </View>
    </Card>
  )
}
