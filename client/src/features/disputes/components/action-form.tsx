import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { ArbitrationCase } from '@renshe/shared/disputes/arbitration-cases'
import { actOnArbitration } from '@renshe/shared/disputes/contract'
import { ArbitrationAction, maxClaimFen, type ArbitrationActionKind, type HearingMode } from '@renshe/shared/disputes/schemas'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { focusById } from '../../../lib/a11y/focus'
import { focusTarget } from '../../../lib/a11y/pressable'
import { errorOf, errorsFromProblem } from '../../../lib/form-errors'
import { formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { ErrorSummary, type FieldProblem } from '../../../ui/error-summary'
import { Field } from '../../../ui/field'
import { LongText } from '../../../ui/long-text'
import { ProblemNotice } from '../../../ui/problem-notice'
import { RadioGroup } from '../../../ui/radio-group'
import { isMoneyClaim } from '../application-form'
import { caseMessages } from '../case-messages'
import { disputeFilesMessages } from '../dispute-files-messages'
import { disputesMessages } from '../messages'
import { yuanToFen } from '../../../lib/money'
import { machineRefusal, type MachineRefusal } from '../refusals'
import { DisputeFileUploads, filesNotReady, uploadedFileIds, type UploadingFile } from './dispute-files'

/** The acts that need nothing but a yes: said, then confirmed in the page. */
export const oneTapActions: readonly ArbitrationActionKind[] = ['accept', 'serve', 'formTribunal', 'recordHearing', 'serveDefence']

/** The acts said and confirmed like those, that may carry files too: the defence and its evidence. */
const confirmedWithFiles: readonly ArbitrationActionKind[] = ['submitDefence']

const ids = { on: 'act-on', mode: 'act-mode', reason: 'act-reason', evidenceIds: 'act-evidence' } as const
const amountId = (index: number) => `act-award-${index}`

interface ActionFormProps {
  readonly kind: ArbitrationActionKind
  readonly detail: ArbitrationCase
  readonly onDone: (next: ArbitrationCase) => void
  /** Someone moved the case on first: the page says so and loads it again. */
  readonly onOutdated: () => void
  readonly onCancel: () => void
}

/** One act as a small form in the page: what it needs (or only a confirmation), then send or cancel. */
export function ActionForm({ kind, detail, onDone, onOutdated, onCancel }: ActionFormProps) {
  const t = useT(caseMessages)
  const words = useT(disputesMessages)
  const fileWords = useT(disputeFilesMessages)
  const locale = useLocale()
  const [on, setOn] = useState('')
  const [mode, setMode] = useState<HearingMode>(detail.hearing?.mode ?? 'online')
  const [reason, setReason] = useState('')
  const [amounts, setAmounts] = useState<readonly string[]>(() => detail.claims.map(() => ''))
  const [files, setFiles] = useState<readonly UploadingFile[]>([])
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [refusal, setRefusal] = useState<MachineRefusal | null>(null)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const { submit, edited, sending } = useSubmission(actOnArbitration)
  const lastBody = useRef<ArbitrationAction | null>(null)
  const oneTap = oneTapActions.includes(kind)
  const withFiles = confirmedWithFiles.includes(kind)
  const fileIds = uploadedFileIds(files).join(',')

  useEffect(() => focusById(`act-${kind}-start`), [kind])
  // Other files make it another act: a retry after a lost answer must carry the same ones.
  useEffect(() => edited(), [fileIds, edited])

  const changed = <V,>(set: (value: V) => void) => (value: V) => {
    set(value)
    setRefusal(null)
    edited()
  }

  const send = async (body: ArbitrationAction) => {
    lastBody.current = body
    setFailure(null)
    setRefusal(null)
    const result = await submit({ params: { id: detail.id }, body })
    if (result.ok) return onDone(result.value)
    if (result.network) return setFailure({ problem: null })
    const refused = machineRefusal(result.problem)
    if (refused === 'illegal_transition') return onOutdated()
    if (refused) {
      setErrors(refused === 'hearing_too_soon' ? [{ fieldId: ids.on, message: t('refusal.hearing_too_soon') }] : [])
      return setRefusal(refused)
    }
    const firstMoney = detail.claims.findIndex((claim) => isMoneyClaim(claim.kind))
    const awardIds = Object.fromEntries(detail.claims.map((_, index) => [`awardedFen.${index}`, amountId(index)]))
    const fieldErrors = errorsFromProblem(result.problem, { ...ids, awardedFen: amountId(Math.max(firstMoney, 0)), ...awardIds }, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  const bodyOf = (): { readonly body: ArbitrationAction | null; readonly errors: FieldProblem[] } => {
    const found: FieldProblem[] = []
    const awarded = detail.claims.map((claim, index) => {
      if (kind !== 'award' || !isMoneyClaim(claim.kind)) return 0
      const fen = yuanToFen(amounts[index] ?? '')
      if (fen === null || fen > maxClaimFen) found.push({ fieldId: amountId(index), message: t('form.amountFormat') })
      return fen ?? 0
    })
    if (withFiles) {
      const notReady = filesNotReady(files, fileWords)
      if (notReady) found.push({ fieldId: ids.evidenceIds, message: notReady })
    }
    const draft = { kind, on: on.trim(), mode, reason, awardedFen: awarded, evidenceIds: uploadedFileIds(files) }
    const parsed = ArbitrationAction.safeParse(draft)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const fieldId = ids[String(issue.path[0]) as keyof typeof ids]
        if (fieldId && !found.some((error) => error.fieldId === fieldId)) found.push({ fieldId, message: fieldMessage(issue.message, locale) })
      }
    }
    return { body: parsed.success && found.length === 0 ? parsed.data : null, errors: found }
  }

  const sendForm = () => {
    const checked = bodyOf()
    setErrors(checked.errors)
    if (checked.body) void send(checked.body)
  }

  const moneyClaims = detail.claims.map((claim, index) => ({ claim, index })).filter(({ claim }) => isMoneyClaim(claim.kind))
  const withReason = kind === 'refuse' || kind === 'postponeHearing' || kind === 'extend' || kind === 'withdraw'
  const withHearing = kind === 'scheduleHearing' || kind === 'postponeHearing'

  return (
    <Card title={t(`action.${kind}`)}>
      <View className='arb-stack'>
        <ErrorSummary errors={errors} id='act-errors' />
        {refusal ? (
          <Banner tone='error'>
            <Text>{t(`refusal.${refusal}`)}</Text>
          </Banner>
        ) : null}
        {failure ? <ProblemNotice problem={failure.problem} onRetry={() => lastBody.current && void send(lastBody.current)} /> : null}
        {oneTap || withFiles ? (
          <View id={`act-${kind}-start`} {...focusTarget()} className='arb-confirm'>
            <Text>{t(`ask.${kind}` as 'ask.accept')}</Text>
          </View>
        ) : (
          <View id={`act-${kind}-start`} {...focusTarget()} />
        )}
        {withHearing ? (
          <View>
            <Field id={ids.on} label={t('form.hearingOn')} hint={t('form.hearingOnHint')} error={errorOf(errors, ids.on)} value={on} onChange={changed(setOn)} maxLength={12} />
            <RadioGroup
              id={ids.mode}
              legend={t('form.hearingMode')}
              options={[
                { value: 'online' as const, label: words('mode.online') },
                { value: 'office' as const, label: words('mode.office') },
              ]}
              value={mode}
              onChange={changed(setMode)}
            />
          </View>
        ) : null}
        {kind === 'award' ? (
          <View>
            <Text>{t('form.awardLead')}</Text>
            {moneyClaims.map(({ claim, index }) => (
              <Field
                key={index}
                id={amountId(index)}
                label={t('form.awardAmount', { n: index + 1, kind: words(`claim.${claim.kind}`) })}
                hint={claim.amountFen !== null ? t('form.awardClaimed', { amount: formatFen(claim.amountFen) }) : ''}
                type='digit'
                maxLength={14}
                error={errorOf(errors, amountId(index))}
                value={amounts[index] ?? ''}
                onChange={changed((value: string) => setAmounts((current) => current.map((old, at) => (at === index ? value : old))))}
              />
            ))}
          </View>
        ) : null}
        {withFiles ? (
          <DisputeFileUploads
            id={ids.evidenceIds}
            label={t('form.defenceFiles')}
            hint={t('form.defenceFilesHint')}
            files={files}
            onChange={(update) => {
              setFiles(update)
              setRefusal(null)
            }}
            error={errorOf(errors, ids.evidenceIds)}
          />
        ) : null}
        {withReason ? (
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
        <Button block busy={sending} variant={kind === 'refuse' || kind === 'withdraw' ? 'danger' : 'primary'} onPress={oneTap ? () => void send({ kind } as ArbitrationAction) : sendForm}>
          {oneTap || withFiles ? t('confirm.yes') : t('form.send')}
        </Button>
        <Button variant='secondary' block disabled={sending} onPress={onCancel}>
          {oneTap || withFiles ? t('confirm.no') : t('form.cancel')}
        </Button>
      </View>
    </Card>
  )
}
