import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { InboxAction } from '@renshe/shared/inbox/schemas'
import type { Problem } from '@renshe/shared/platform/problem'
import { applySubsidy } from '@renshe/shared/jobs/subsidy-contract'
import { confirmAssistance } from '@renshe/shared/retiree/contract'
import { call } from '../../lib/api'
import { newIdempotencyKey } from '../../lib/http/idempotency-key'
import { useT } from '../../lib/i18n/translate'
import { Button } from '../../ui/button'
import { ProblemNotice } from '../../ui/problem-notice'
import { inboxMessages } from './messages'

/**
 * The one tap a message can carry: taking up an offered benefit, or applying for the
 * flexible-worker subsidy, right here, without opening another page. Once done (here or
 * elsewhere) it says so instead of offering the button again.
 */
export function ConfirmAction({ action }: { readonly action: InboxAction }) {
  const t = useT(inboxMessages)
  const [done, setDone] = useState(action.done)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  // One key for every tap of this button: a retry after a lost answer is the same application.
  const [idempotencyKey] = useState(newIdempotencyKey)
  const subsidy = action.kind === 'apply_subsidy'

  const confirm = async () => {
    setFailure(null)
    setSending(true)
    const result = subsidy ? await call(applySubsidy, {}, { idempotencyKey }) : await call(confirmAssistance, { params: { id: action.targetId } })
    setSending(false)
    if (result.ok) setDone(true)
    else setFailure({ problem: result.network ? null : result.problem })
  }

  if (done) return <Text className='inbox-action__done'>{t(subsidy ? 'action.applied' : 'action.confirmed')}</Text>
  return (
    <View className='inbox-action'>
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void confirm()} /> : null}
      <Button block busy={sending} onPress={() => void confirm()}>
        {t(subsidy ? 'action.apply' : 'action.confirm')}
      </Button>
    </View>
  )
}
