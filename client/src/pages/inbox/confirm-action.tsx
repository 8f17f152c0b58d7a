import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { InboxAction } from '@renshe/shared/inbox/schemas'
import { fieldMessage, isFieldMessageKey } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { applySubsidy } from '@renshe/shared/jobs/subsidy-contract'
import { confirmAssistance } from '@renshe/shared/retiree/contract'
import { acceptVoucher } from '@renshe/shared/training/contract'
import { call } from '../../lib/api'
import { newIdempotencyKey } from '../../lib/http/idempotency-key'
import { useLocale } from '../../lib/i18n/locale-store'
import { useT } from '../../lib/i18n/translate'
import { Banner } from '../../ui/banner'
import { Button } from '../../ui/button'
import { ProblemNotice } from '../../ui/problem-notice'
import { inboxMessages } from './messages'

const texts = {
  confirm_assistance: { button: 'action.confirm', done: 'action.confirmed' },
  apply_subsidy: { button: 'action.apply', done: 'action.applied' },
  accept_voucher: { button: 'action.accept', done: 'action.accepted' },
} as const

/**
 * The one tap a message can carry: taking up an offered benefit, applying for the
 * flexible-worker subsidy, or accepting a training voucher pushed to her, right here, without
 * opening another page. Once done (here or elsewhere) it says so instead of offering the button
 * again.
 */
export function ConfirmAction({ action }: { readonly action: InboxAction }) {
  const t = useT(inboxMessages)
  const [done, setDone] = useState(action.done)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  // One key for every tap of this button: a retry after a lost answer is the same application.
  const [idempotencyKey] = useState(newIdempotencyKey)
  const locale = useLocale()
  const text = action.kind === 'apply_subsidy' || action.kind === 'accept_voucher' ? texts[action.kind] : texts.confirm_assistance

  const send = () => {
    // The one tap applies to be paid as the offer says, to her WeChat balance; the subsidy page offers her card.
    if (action.kind === 'apply_subsidy') return call(applySubsidy, { body: {} }, { idempotencyKey })
    if (action.kind === 'accept_voucher') return call(acceptVoucher, { params: { id: action.targetId } })
    return call(confirmAssistance, { params: { id: action.targetId } })
  }

  const confirm = async () => {
    setFailure(null)
    setSending(true)
    const result = await send()
    setSending(false)
    if (result.ok) setDone(true)
    else setFailure({ problem: result.network ? null : result.problem })
  }

  // A voucher refused with its reason (expired, the programme stopped) says so in her language,
  // with nothing to tap again.
  const reason = action.kind === 'accept_voucher' ? failure?.problem?.errors?.[0]?.key : undefined
  if (reason && isFieldMessageKey(reason)) return <Banner tone='error'>{fieldMessage(reason, locale)}</Banner>
  if (done) return <Text className='inbox-action__done'>{t(text.done)}</Text>
  return (
    <View className='inbox-action'>
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void confirm()} /> : null}
      <Button block busy={sending} onPress={() => void confirm()}>
        {t(text.button)}
      </Button>
    </View>
  )
}
