import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { enrolmentDeclineReasonMaxLength, type EnrolmentDecision, type RosterEntry } from '@renshe/shared/training/courses'
import { decideEnrolment } from '@renshe/shared/training/courses-contract'
import { errorsFromIssues, errorsFromProblem, errorProp } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import type { FieldProblem } from '../../../ui/error-summary'
import { Field } from '../../../ui/field'
import { ProblemNotice } from '../../../ui/problem-notice'
import { decide } from '../api'
import { refusalText } from '../labels'
import { trainingMessages } from '../messages'

interface EnrolmentDecisionProps {
  readonly entry: RosterEntry
  readonly onDecided: (entry: RosterEntry) => void
}

/**
 * Confirm a requested enrolment with one tap, or decline it with a reason the holder is told.
 * Declining opens the reason in the page (no pop-up), with "not now" under it; what was typed
 * stays when the answer is a refusal.
 */
export function EnrolmentDecisionForm({ entry, onDecided }: EnrolmentDecisionProps) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const [declining, setDeclining] = useState(false)
  const [reasonText, setReasonText] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null; readonly decision: EnrolmentDecision } | null>(null)
  const refusal = refusalText(failure?.problem ?? null, locale)
  const reasonId = `enrolment-${entry.id}-reason`
  const ids = { reason: reasonId }

  const send = async (decision: EnrolmentDecision) => {
    setFailure(null)
    const checked = decideEnrolment.body.safeParse(decision)
    if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, ids, locale))
    setErrors([])
    setSending(true)
    const result = await decide(entry.id, checked.data)
    setSending(false)
    if (result.ok) return onDecided(result.value)
    if (result.network) return setFailure({ problem: null, decision })
    const fieldErrors = errorsFromProblem(result.problem, ids, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem, decision })
  }

  return (
    <View className='stack'>
      {refusal ? <Banner tone='error'>{refusal}</Banner> : null}
      {failure && !refusal ? <ProblemNotice problem={failure.problem} onRetry={() => void send(failure.decision)} /> : null}
      {declining ? (
        <View className='stack'>
          <Field
            id={reasonId}
            label={t('roster.reason')}
            hint={t('roster.reasonHint')}
            maxLength={enrolmentDeclineReasonMaxLength}
            value={reasonText}
            onChange={(reason) => setReasonText(reason)}
            {...errorProp(errors, reasonId)}
          />
          <Button variant='danger' block busy={sending} onPress={() => void send({ decision: 'decline', reason: reasonText })}>
            {t('roster.declineSend')}
          </Button>
          <Button variant='secondary' block disabled={sending} onPress={() => setDeclining(false)}>
            {t('roster.declineCancel')}
          </Button>
        </View>
      ) : (
        <View className='stack'>
          <Button block busy={sending} onPress={() => void send({ decision: 'confirm' })}>
            <Text aria-hidden='true'>{t('roster.confirm')}</Text>
            <Text className='visually-hidden'>{`${t('roster.confirm')} ${entry.traineeName}`}</Text>
          </Button>
          <Button variant='secondary' block disabled={sending} onPress={() => setDeclining(true)}>
            <Text aria-hidden='true'>{t('roster.decline')}</Text>
            <Text className='visually-hidden'>{`${t('roster.decline')} ${entry.traineeName}`}</Text>
          </Button>
        </View>
      )}
    </View>
  )
}
