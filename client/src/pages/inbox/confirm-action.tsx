import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { InboxAction } from '@renshe/shared/inbox/schemas'
import type { Problem } from '@renshe/shared/platform/problem'
import { confirmAssistance } from '@renshe/shared/retiree/contract'
import { call } from '../../lib/api'
import { useT } from '../../lib/i18n/translate'
import { Button } from '../../ui/button'
import { ProblemNotice } from '../../ui/problem-notice'
import { inboxMessages } from './messages'

/**
 * The one tap a message can carry: taking up an offered benefit right here, without opening
 * another page. Once done (here or elsewhere) it says so instead of offering the button again.
 */
export function ConfirmAction({ action }: { readonly action: InboxAction }) {
  const t = useT(inboxMessages)
  const [done, setDone] = useState(action.done)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)

  const confirm = async () => {
    setFailure(null)
    setSending(true)
    const result = await call(confirmAssistance, { params: { id: action.targetId } })
    setSending(false)
    if (result.ok) setDone(true)
    else setFailure({ problem: result.network ? null : result.problem })
  }

  if (done) return <Text className='inbox-action__done'>{t('action.confirmed')}</Text>
  return (
    <View className='inbox-action'>
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void confirm()} /> : null}
      <Button block busy={sending} onPress={() => void confirm()}>
        {t('action.confirm')}
      </Button>
    </View>
  )
}
