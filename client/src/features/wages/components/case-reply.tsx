import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { postCaseMessage } from '@renshe/shared/wages/contract'
import { maxEvidenceFiles, type CaseDetail } from '@renshe/shared/wages/schemas'
import type { Problem } from '@renshe/shared/platform/problem'
import { errorOf, errorProp, errorsFromIssues, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { ErrorSummary, type FieldProblem } from '../../../ui/error-summary'
import { ProblemNotice } from '../../../ui/problem-notice'
import { wagesMessages } from '../messages'
import { officeMessages } from '../office-messages'
import { LongText } from '../../../ui/long-text'
import { AttachedFiles, filesNotReady, uploadedIds, type AttachedFile } from './attached-files'

const fieldIds = { text: 'case-reply-text', evidenceIds: 'case-reply-files' } as const

/**
 * A message to the officer, with photos or PDFs if the worker has them (an officer often asks for
 * them in mediation); a double tap or a retry after a lost answer posts it once.
 */
export function CaseReply({ caseId, onSent }: { readonly caseId: string; readonly onSent: (detail: CaseDetail) => void }) {
  const t = useT(wagesMessages)
  const office = useT(officeMessages)
  const locale = useLocale()
  const [text, setText] = useState('')
  const [files, setFiles] = useState<readonly AttachedFile[]>([])
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<Problem | 'network' | null>(null)
  const [sent, setSent] = useState(false)
  const { submit, edited, sending } = useSubmission(postCaseMessage)
  const evidenceIds = uploadedIds(files)
  const filesKey = evidenceIds.join(',')

  // Other files make another message: a retry after a lost answer must carry the same ones.
  useEffect(() => edited(), [filesKey, edited])

  const send = async () => {
    if (sending) return
    const body = { text, evidenceIds }
    const parsed = postCaseMessage.body.safeParse(body)
    const found = parsed.success ? [] : errorsFromIssues(parsed.error.issues, fieldIds, locale)
    const notReady = filesNotReady(files, office)
    if (notReady) found.push({ fieldId: fieldIds.evidenceIds, message: notReady })
    setErrors(found)
    if (found.length > 0 || !parsed.success) return
    setFailure(null)
    const result = await submit({ params: { id: caseId }, body })
    if (result.ok) {
      setText('')
      setFiles([])
      setSent(true)
      onSent(result.value)
      return
    }
    if (result.network) return setFailure('network')
    const fromServer = errorsFromProblem(result.problem, fieldIds, locale)
    setErrors(fromServer)
    setFailure(fromServer.length > 0 ? null : result.problem)
  }

  return (
    <View>
      <ErrorSummary id='case-reply-errors' errors={errors} labels={{ [fieldIds.text]: t('case.reply'), [fieldIds.evidenceIds]: t('case.attach') }} />
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
      <AttachedFiles
        id={fieldIds.evidenceIds}
        label={t('case.attach')}
        hint={t('case.attachHint', { max: maxEvidenceFiles })}
        use='message'
        files={files}
        onChange={(update) => {
          setFiles(update)
          setSent(false)
        }}
        {...errorProp(errors, fieldIds.evidenceIds)}
      />
      <Button block busy={sending} onPress={() => void send()}>
        {t('case.send')}
      </Button>
    </View>
  )
}
