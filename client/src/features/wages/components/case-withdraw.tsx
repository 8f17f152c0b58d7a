import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { actOnComplaint } from '@renshe/shared/wages/contract'
import type { CaseDetail } from '@renshe/shared/wages/schemas'
import type { Problem } from '@renshe/shared/platform/problem'
import { errorOf, errorsFromProblem } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { ErrorSummary, type FieldProblem } from '../../../ui/error-summary'
import { ProblemNotice } from '../../../ui/problem-notice'
import { wagesMessages } from '../messages'
import { LongText } from '../../../ui/long-text'

const fieldIds = { reason: 'case-withdraw-reason' } as const

/** Withdrawing, confirmed in the page (no pop-up): the button opens the question and a reason box. */
export function CaseWithdraw({ caseId, onDone }: { readonly caseId: string; readonly onDone: (detail: CaseDetail) => void }) {
  const t = useT(wagesMessages)
  const locale = useLocale()
  const [asking, setAsking] = useState(false)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<Problem | 'network' | null>(null)
  const { submit, edited, sending } = useSubmission(actOnComplaint)

  const withdraw = async () => {
    if (sending) return
    setFailure(null)
    const result = await submit({ params: { id: caseId }, body: { kind: 'withdraw', reason } })
    if (result.ok) return onDone(result.value)
    if (result.network) return setFailure('network')
    const found = errorsFromProblem(result.problem, fieldIds, locale)
    setErrors(found)
    setFailure(found.length > 0 ? null : result.problem)
  }

  if (!asking) {
    return (
      <Button variant='danger' block onPress={() => setAsking(true)}>
        {t('case.withdraw')}
      </Button>
    )
  }
  return (
    <View>
      <ErrorSummary id='case-withdraw-errors' errors={errors} />
      {failure === 'network' ? <ProblemNotice problem={null} onRetry={() => void withdraw()} /> : null}
      {failure && failure !== 'network' ? <ProblemNotice problem={failure} /> : null}
      <Banner tone='warning'>
        <Text>{t('case.withdrawConfirm')}</Text>
      </Banner>
      <LongText
        id={fieldIds.reason}
        label={t('case.withdrawReason')}
        hint={t('case.withdrawReasonHint')}
        error={errorOf(errors, fieldIds.reason)}
        value={reason}
        maxLength={300}
        onChange={(value) => {
          setReason(value)
          edited()
        }}
      />
      <View className='stack'>
        <Button variant='danger' block busy={sending} onPress={() => void withdraw()}>
          {t('case.withdrawYes')}
        </Button>
        <Button variant='secondary' block onPress={() => setAsking(false)}>
          {t('case.withdrawNo')}
        </Button>
      </View>
    </View>
  )
}
