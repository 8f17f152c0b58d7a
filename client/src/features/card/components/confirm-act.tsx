import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { focusById } from '../../../lib/a11y/focus'
import { focusTarget } from '../../../lib/a11y/pressable'
import { Button } from '../../../ui/button'
import { ProblemNotice } from '../../../ui/problem-notice'

type Answer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly network: false; readonly problem: Problem } | { readonly ok: false; readonly network: true }

interface ConfirmActProps<T> {
  /** Prefix of the ids focus moves to: the question when it opens, the first button when it closes. */
  readonly id: string
  /** What the first button says (it opens the question). */
  readonly trigger: string
  readonly triggerVariant: 'danger' | 'primary' | 'secondary'
  /** What the act does, said before it is done. */
  readonly question: string
  readonly yes: string
  readonly no: string
  readonly send: () => Promise<Answer<T>>
  readonly onDone: (value: T) => void
  /** The card changed elsewhere meanwhile (the job lifted the report, the counter, a helper). */
  readonly onOutdated: () => void
}

/**
 * An act on the card confirmed in the page, no pop-up: the first tap says what will happen, with
 * "yes" and "not now" under it, as big and as easy to reach. A lost answer is retried with the
 * same submission (its Idempotency-Key is the caller's `send`).
 */
export function ConfirmAct<T>({ id, trigger, triggerVariant, question, yes, no, send, onDone, onOutdated }: ConfirmActProps<T>) {
  const [asking, setAsking] = useState(false)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  useEffect(() => {
    if (asking) focusById(`${id}-question`)
  }, [asking, id])

  const notNow = () => {
    setFailure(null)
    setAsking(false)
    // The button that opened the question is back on the page only after this render.
    setTimeout(() => focusById(`${id}-open`), 0)
  }

  const confirm = async () => {
    setFailure(null)
    setSending(true)
    const result = await send()
    setSending(false)
    if (result.ok) {
      setAsking(false)
      return onDone(result.value)
    }
    if (!result.network && (result.problem.code === 'illegal_transition' || result.problem.code === 'conflict')) {
      setAsking(false)
      return onOutdated()
    }
    setFailure({ problem: result.network ? null : result.problem })
  }

  if (!asking) {
    return (
      <Button id={`${id}-open`} variant={triggerVariant} block onPress={() => setAsking(true)}>
        {trigger}
      </Button>
    )
  }
  return (
    <View className='stack'>
      {/* Focus goes to the question, which is then read: no alert on top of it, read twice. */}
      <View id={`${id}-question`} {...focusTarget()} className='card-confirm'>
        <Text>{question}</Text>
      </View>
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void confirm()} /> : null}
      <Button block busy={sending} onPress={() => void confirm()}>
        {yes}
      </Button>
      <Button variant='secondary' block disabled={sending} onPress={notNow}>
        {no}
      </Button>
    </View>
  )
}
