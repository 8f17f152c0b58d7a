import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { InjuryCase } from '@renshe/shared/disputes/injury-cases'
import { actOnInjury } from '@renshe/shared/disputes/injury-contract'
import { InjuryAction, type InjuryActionKind } from '@renshe/shared/disputes/schemas'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { focusById } from '../../../lib/a11y/focus'
import { focusTarget } from '../../../lib/a11y/pressable'
import { errorOf, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { ChoiceRow } from '../../../ui/choice-row'
import { ErrorSummary, type FieldProblem } from '../../../ui/error-summary'
import { LongText } from '../../../ui/long-text'
import { ProblemNotice } from '../../../ui/problem-notice'
import { disputeFilesMessages } from '../dispute-files-messages'
import { injuryCaseMessages } from '../injury-case-messages'
import { machineRefusal } from '../refusals'
import { DisputeFileUploads, filesNotReady, uploadedFileIds, type UploadingFile } from './dispute-files'

/** The acts that need nothing but a yes: said, then confirmed in the page. */
export const oneTapInjuryActions: readonly InjuryActionKind[] = ['accept', 'markFactsClear', 'recognise', 'requestAssessment', 'requestReview']

const withReason: readonly InjuryActionKind[] = ['refuse', 'notRecognise', 'extendAssessment', 'withdraw']

const ids = { missing: 'act-missing', evidenceIds: 'act-files', reason: 'act-reason', grade: 'act-grade' } as const

/** A refusal of the machine this form says in words; any other is the case having moved on. */
type Refusal = 'deadline_passed' | 'not_your_action'

type Grade = number | 'none' | null

interface InjuryActionFormProps {
  readonly kind: InjuryActionKind
  readonly detail: InjuryCase
  readonly onDone: (next: InjuryCase) => void
  /** Someone moved the case on first: the page says so and loads it again. */
  readonly onOutdated: () => void
  readonly onCancel: () => void
}

/** One act as a small form in the page: what it needs (or only a confirmation), then send or cancel. */
export function InjuryActionForm({ kind, detail, onDone, onOutdated, onCancel }: InjuryActionFormProps) {
  const t = useT(injuryCaseMessages)
  const files = useT(disputeFilesMessages)
  const locale = useLocale()
  const [missing, setMissing] = useState('')
  const [reason, setReason] = useState('')
  const [grade, setGrade] = useState<Grade>(null)
  const [uploads, setUploads] = useState<readonly UploadingFile[]>([])
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const { submit, edited, sending } = useSubmission(actOnInjury)
  const lastBody = useRef<InjuryAction | null>(null)
  const oneTap = oneTapInjuryActions.includes(kind)

  useEffect(() => focusById(`act-${kind}-start`), [kind])

  const changed =
    <V,>(set: (value: V) => void) =>
    (value: V) => {
      set(value)
      setRefusal(null)
      edited()
    }

  const send = async (body: InjuryAction) => {
    lastBody.current = body
    setFailure(null)
    setRefusal(null)
    const result = await submit({ params: { id: detail.id }, body })
    if (result.ok) return onDone(result.value)
    if (result.network) return setFailure({ problem: null })
    const refused = machineRefusal(result.problem)
    if (refused === 'deadline_passed' || refused === 'not_your_action') {
      setErrors([])
      return setRefusal(refused)
    }
    if (refused) return onOutdated()
    const fieldErrors = errorsFromProblem(result.problem, ids, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  const bodyOf = (): { readonly body: InjuryAction | null; readonly errors: FieldProblem[] } => {
    const found: FieldProblem[] = []
    const lines = missing
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
    const draft = { kind, missing: lines, reason, grade: grade === 'none' ? null : grade, evidenceIds: uploadedFileIds(uploads) }
    const parsed = InjuryAction.safeParse(draft)
    if (kind === 'supplyDocuments') {
      const notReady = filesNotReady(uploads, files)
      if (notReady) found.push({ fieldId: ids.evidenceIds, message: notReady })
    }
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const name = String(issue.path[0]) as keyof typeof ids
      const fieldId = ids[name]
      if (!fieldId || found.some((error) => error.fieldId === fieldId)) continue
      const message = name === 'missing' ? t('form.missingFormat') : name === 'grade' ? fieldMessage('field.choose', locale) : fieldMessage(issue.message, locale)
      found.push({ fieldId, message })
    }
    if (kind === 'assess' && grade === null && !found.some((error) => error.fieldId === ids.grade)) found.push({ fieldId: ids.grade, message: fieldMessage('field.choose', locale) })
    return { body: parsed.success && found.length === 0 ? parsed.data : null, errors: found }
  }

  const sendForm = () => {
    const checked = bodyOf()
    setErrors(checked.errors)
    if (checked.body) void send(checked.body)
  }

  const danger = kind === 'refuse' || kind === 'notRecognise' || kind === 'withdraw'
  const refusalText = refusal === 'deadline_passed' && (kind === 'markFactsClear' || kind === 'extendAssessment' || kind === 'requestReview') ? t(`refusal.deadline_passed.${kind}`) : refusal ? t(`refusal.${refusal}`) : null

  return (
    <Card title={t(`action.${kind}`)}>
      <View className='arb-stack'>
        <ErrorSummary errors={errors} id='act-errors' />
        {refusalText ? (
          <Banner tone='error'>
            <Text>{refusalText}</Text>
          </Banner>
        ) : null}
        {failure ? <ProblemNotice problem={failure.problem} onRetry={() => lastBody.current && void send(lastBody.current)} /> : null}
        {oneTap ? (
          <View id={`act-${kind}-start`} {...focusTarget()} className='arb-confirm'>
            <Text>{t(`ask.${kind}` as 'ask.accept')}</Text>
          </View>
        ) : (
          <View id={`act-${kind}-start`} {...focusTarget()} />
        )}
        {kind === 'requestDocuments' ? (
          <LongText id={ids.missing} label={t('form.missing')} hint={t('form.missingHint')} maxLength={2100} error={errorOf(errors, ids.missing)} value={missing} onChange={changed(setMissing)} />
        ) : null}
        {kind === 'supplyDocuments' ? (
          <DisputeFileUploads
            id={ids.evidenceIds}
            label={t('form.supplyFiles')}
            hint={t('form.supplyFilesHint')}
            files={uploads}
            error={errorOf(errors, ids.evidenceIds)}
            onChange={(update) => {
              setUploads(update)
              setRefusal(null)
              edited()
            }}
          />
        ) : null}
        {kind === 'assess' ? (
          <ChoiceRow<number | 'none'>
            id={ids.grade}
            legend={t('form.grade')}
            hint={t('form.gradeHint')}
            error={errorOf(errors, ids.grade)}
            options={[...Array.from({ length: 10 }, (_, index) => ({ value: index + 1, label: t('form.gradeOption', { n: index + 1 }) })), { value: 'none' as const, label: t('form.gradeNone') }]}
            isOn={(value) => value === grade}
            onPress={changed(setGrade)}
          />
        ) : null}
        {withReason.includes(kind) ? (
          <LongText
            id={ids.reason}
            label={kind === 'withdraw' ? t('form.withdrawReason') : t('form.reason')}
            hint={kind === 'withdraw' ? t('form.withdrawHint') : t('form.reasonHint')}
            maxLength={300}
            error={errorOf(errors, ids.reason)}
            value={reason}
            onChange={changed(setReason)}
          />
        ) : null}
        <Button block busy={sending} variant={danger ? 'danger' : 'primary'} onPress={oneTap ? () => void send({ kind } as InjuryAction) : sendForm}>
          {oneTap ? t('confirm.yes') : t('form.send')}
        </Button>
        <Button variant='secondary' block disabled={sending} onPress={onCancel}>
          {oneTap ? t('confirm.no') : t('form.cancel')}
        </Button>
      </View>
    </Card>
  )
}
