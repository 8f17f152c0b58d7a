import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { roleProps } from '../../../lib/a11y/pressable'
import { useLocale } from '../../../lib/i18n/locale-store'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { LongText } from '../../../ui/long-text'
import { ProblemNotice } from '../../../ui/problem-notice'
import { refusalText } from '../labels'

type Answer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly network: false; readonly problem: Problem } | { readonly ok: false; readonly network: true }

/** The reason asked for with an act: its field, and the check it must pass (a shared schema's message key on failure). */
export interface ReasonField {
  readonly id: string
  readonly label: string
  readonly hint: string
  readonly maxLength: number
  /** Null when the reason is fine, else the message key of what is wrong with it. */
  readonly problemOf: (reason: string) => string | null
}

interface ReasonedConfirmProps<T> {
  /** What the first button says (it opens the question). */
  readonly trigger: ReactNode
  readonly triggerVariant: 'danger' | 'primary' | 'secondary'
  readonly question: string
  readonly yes: string
  readonly no: string
  readonly variant: 'danger' | 'primary'
  /** The reason to give with the act; none for an act that needs no reason. */
  readonly reason: ReasonField | null
  readonly send: (reason: string) => Promise<Answer<T>>
  readonly onDone: (value: T) => void
}

/**
 * An officer's act confirmed in the page, no pop-up: the first tap says what it means, with "yes"
 * and "not now" under it, as big and as easy to reach; the reason typed stays after "not now" or a
 * refusal, and a refusal is said in the user's language.
 */
export function ReasonedConfirm<T>({ trigger, triggerVariant, question, yes, no, variant, reason, send, onDone }: ReasonedConfirmProps<T>) {
  const locale = useLocale()
  const [asking, setAsking] = useState(false)
  const [text, setText] = useState('')
  const [reasonError, setReasonError] = useState<string | undefined>(undefined)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const refusal = refusalText(failure?.problem ?? null, locale)

  const confirm = async () => {
    setFailure(null)
    const problem = reason ? reason.problemOf(text) : null
    if (problem) return setReasonError(fieldMessage(problem, locale))
    setReasonError(undefined)
    setSending(true)
    const result = await send(text.trim())
    setSending(false)
    if (result.ok) {
      setAsking(false)
      setText('')
      return onDone(result.value)
    }
    setFailure({ problem: result.network ? null : result.problem })
  }

  if (!asking) {
    return (
      <Button variant={triggerVariant} block onPress={() => setAsking(true)}>
        {trigger}
      </Button>
    )
  }
  return (
    <View className='stack'>
      <View {...roleProps('alert')} className='training-confirm'>
        <Text>{question}</Text>
      </View>
      {reason ? <LongText id={reason.id} label={reason.label} hint={reason.hint} error={reasonError} value={text} onChange={setText} maxLength={reason.maxLength} /> : null}
      {refusal ? <Banner tone='error'>{refusal}</Banner> : null}
      {failure && !refusal ? <ProblemNotice problem={failure.problem} onRetry={() => void confirm()} /> : null}
      <Button variant={variant} block busy={sending} onPress={() => void confirm()}>
        {yes}
      </Button>
      <Button variant='secondary' block disabled={sending} onPress={() => setAsking(false)}>
        {no}
      </Button>
    </View>
  )
}
