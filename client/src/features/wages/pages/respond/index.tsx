import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { OperationInput } from '@renshe/shared/platform/operation'
import type { Problem } from '@renshe/shared/platform/problem'
import { getComplaint, respondAsEmployer } from '@renshe/shared/wages/contract'
import { maxEvidenceFiles, type CaseDetail } from '@renshe/shared/wages/schemas'
import { errorProp, errorsFromIssues, errorsFromProblem } from '../../../../lib/form-errors'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { useSubmission } from '../../../../lib/use-submission'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { Deadlines } from '../../components/deadlines'
import { OfficeCaseFacts } from '../../components/office-case-facts'
import { OfficeEvidence } from '../../components/office-evidence'
import { AttachedFiles, filesNotReady, uploadedIds, type AttachedFile } from '../../components/attached-files'
import { LongText } from '../../../../ui/long-text'
import { officeMessages } from '../../office-messages'
import '../../office.css'

const fieldIds = { statement: 'respond-statement', proofIds: 'respond-proof' } as const

function ResponseForm({ detail, onResponded }: { readonly detail: CaseDetail; readonly onResponded: (detail: CaseDetail) => void }) {
  const t = useT(officeMessages)
  const locale = useLocale()
  const [statement, setStatement] = useState('')
  const [files, setFiles] = useState<readonly AttachedFile[]>([])
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const { submit, edited, sending } = useSubmission(respondAsEmployer)
  const lastInput = useRef<OperationInput<typeof respondAsEmployer> | null>(null)
  const proofIds = uploadedIds(files)
  const proofKey = proofIds.join(',')

  // Other proof is another reply: a retry after a lost answer must carry the same files.
  useEffect(() => edited(), [proofKey, edited])

  const send = async (input: OperationInput<typeof respondAsEmployer>) => {
    lastInput.current = input
    setFailure(null)
    const result = await submit(input)
    if (result.ok) return onResponded(result.value)
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = errorsFromProblem(result.problem, fieldIds, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  const sendForm = () => {
    const body = { statement, proofIds }
    const parsed = respondAsEmployer.body.safeParse(body)
    // An empty statement is a missing one, not a short one.
    const issues = parsed.success ? [] : parsed.error.issues.map((issue) => (issue.path[0] === 'statement' && !statement.trim() ? { ...issue, message: 'field.required' } : issue))
    const found = errorsFromIssues(issues, fieldIds, locale)
    const notReady = filesNotReady(files, t)
    if (notReady) found.push({ fieldId: fieldIds.proofIds, message: notReady })
    setErrors(found)
    if (found.length > 0 || !parsed.success) return
    void send({ params: { id: detail.id }, body: parsed.data })
  }

  return (
    <Card title={t('respond.formTitle')}>
      <View className='office-action-form'>
        <ErrorSummary errors={errors} id='respond-errors' labels={{ [fieldIds.statement]: t('respond.statement'), [fieldIds.proofIds]: t('proof.label') }} />
        {failure ? <ProblemNotice problem={failure.problem} onRetry={() => lastInput.current && void send(lastInput.current)} /> : null}
        <LongText
          id={fieldIds.statement}
          label={t('respond.statement')}
          hint={t('respond.statementHint')}
          maxLength={1000}
          value={statement}
          onChange={(value) => {
            setStatement(value)
            edited()
          }}
          {...errorProp(errors, fieldIds.statement)}
        />
        <AttachedFiles
          id={fieldIds.proofIds}
          label={t('proof.label')}
          hint={t('proof.hint', { max: maxEvidenceFiles })}
          use='complaint'
          files={files}
          onChange={setFiles}
          {...errorProp(errors, fieldIds.proofIds)}
        />
        <Button block busy={sending} onPress={sendForm}>
          {t('respond.send')}
        </Button>
      </View>
    </Card>
  )
}

export default function RespondPage() {
  const t = useT(officeMessages)
  const id = useRouter().params.id ?? ''
  const [loaded, reload] = useOperation(getComplaint, id ? { params: { id } } : null)
  const [responded, setResponded] = useState<CaseDetail | null>(null)
  const detail = responded ?? (loaded.status === 'ok' ? loaded.value : null)

  return (
    <PageShell title={t('respond.title')} operation={respondAsEmployer}>
      <View className='office-link-row'>
        <Link to={routes.employerDesk}>{t('respond.toDesk')}</Link>
      </View>
      {!id ? <Banner tone='error' title={t('missingId')} /> : null}
      {loaded.status === 'loading' && id ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? (
        <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading />
      ) : null}
      {detail ? (
        <View>
          <Text className='page__lead'>{t('respond.lead')}</Text>
          {!detail.canRespond && !responded ? <Banner tone='info'>{t('respond.cannot')}</Banner> : null}
          <Card title={t('handle.deadlinesTitle')}>
            <Deadlines deadlines={detail.deadlines} status={detail.status} />
          </Card>
          <OfficeCaseFacts detail={detail} />
          {detail.evidence.length > 0 ? (
            <Card title={t('proof.sentTitle')}>
              <OfficeEvidence files={detail.evidence} />
            </Card>
          ) : null}
          {detail.canRespond && !responded ? <ResponseForm detail={detail} onResponded={setResponded} /> : null}
          {responded ? (
            <Banner tone='success' title={t('respond.sentTitle')}>
              <Text>{t('respond.sent')}</Text>
              <View className='office-link-row'>
                <Link to={routes.employerDesk}>{t('respond.toDesk')}</Link>
              </View>
            </Banner>
          ) : null}
        </View>
      ) : null}
    </PageShell>
  )
}
