import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { Suspension, suspensionReasonMaxLength, type SupervisedInstitution } from '@renshe/shared/training/attendance'
import { roleProps } from '../../../lib/a11y/pressable'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { LongText } from '../../../ui/long-text'
import { ProblemNotice } from '../../../ui/problem-notice'
import { reinstate, suspend } from '../api'
import { refusalText } from '../labels'
import { trainingMessages } from '../messages'

interface SuspensionControlProps {
  readonly institution: SupervisedInstitution
  readonly onChanged: (institution: SupervisedInstitution) => void
}

/**
 * Suspending an active institution (with its reason) or reinstating a suspended one, confirmed
 * in the page (no pop-up): the first tap says what it means, with "yes" and "not now" under it,
 * as big and as easy to reach. The reason typed stays when "not now" is tapped or it is refused.
 */
export function SuspensionControl({ institution, onChanged }: SuspensionControlProps) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const suspending = institution.status === 'active'
  const [asking, setAsking] = useState(false)
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | undefined>(undefined)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const refusal = refusalText(failure?.problem ?? null, locale)
  const reasonId = `suspend-${institution.id}-reason`

  const send = async () => {
    setFailure(null)
    if (suspending) {
      const checked = Suspension.safeParse({ reason })
      if (!checked.success) return setReasonError(fieldMessage(checked.error.issues[0]?.message ?? 'field.required', locale))
      setReasonError(undefined)
    }
    setSending(true)
    const result = suspending ? await suspend(institution.id, reason.trim()) : await reinstate(institution.id)
    setSending(false)
    if (result.ok) {
      setAsking(false)
      setReason('')
      return onChanged(result.value)
    }
    setFailure({ problem: result.network ? null : result.problem })
  }

  if (!asking) {
    return (
      <Button variant={suspending ? 'danger' : 'primary'} block onPress={() => setAsking(true)}>
        {t(suspending ? 'suspend.button' : 'reinstate.button')}
      </Button>
    )
  }
  return (
    <View className='stack'>
      <View {...roleProps('alert')} className='training-confirm'>
        <Text>{t(suspending ? 'suspend.confirm' : 'reinstate.confirm')}</Text>
      </View>
      {suspending ? (
        <LongText id={reasonId} label={t('suspend.reason')} hint={t('suspend.reasonHint')} error={reasonError} value={reason} onChange={setReason} maxLength={suspensionReasonMaxLength} />
      ) : null}
      {refusal ? <Banner tone='error'>{refusal}</Banner> : null}
      {failure && !refusal ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      <Button variant={suspending ? 'danger' : 'primary'} block busy={sending} onPress={() => void send()}>
        {t(suspending ? 'suspend.yes' : 'reinstate.yes')}
      </Button>
      <Button variant='secondary' block disabled={sending} onPress={() => setAsking(false)}>
        {t(suspending ? 'suspend.no' : 'reinstate.no')}
      </Button>
    </View>
  )
}
