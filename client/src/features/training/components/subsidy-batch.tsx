import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { SubsidyApprovalBatch, type SubsidyApplication } from '@renshe/shared/training/subsidy'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Checkbox } from '../../../ui/checkbox'
import { ProblemNotice } from '../../../ui/problem-notice'
import { refusalText } from '../labels'
import { trainingMessages } from '../messages'
import { useOnceKey } from '../use-once-key'
// Its "too many" is said as a field's error is.
import '../../../ui/field.css'

/** What a batch does to the chosen applications, with the words it says it in. */
const words = {
  approve: { button: 'subsidies.approve', none: 'subsidies.approveNone', tooMany: 'subsidies.tooMany', confirm: 'subsidies.confirm', yes: 'subsidies.yes', no: 'subsidies.no' },
  pay: { button: 'payments.pay', none: 'payments.payNone', tooMany: 'payments.tooMany', confirm: 'payments.confirm', yes: 'payments.yes', no: 'payments.no' },
} as const

type Sent<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly network: true } | { readonly ok: false; readonly network: false; readonly problem: Problem }

interface SubsidyBatchProps<R> {
  readonly kind: keyof typeof words
  /** The applications on the page now that can be chosen. */
  readonly shown: readonly SubsidyApplication[]
  readonly chosen: readonly string[]
  readonly onChoose: (ids: readonly string[]) => void
  readonly send: (ids: readonly string[], idempotencyKey: string) => Promise<Sent<R>>
  readonly onDone: (result: R) => void
}

/** The sum of what the chosen applications pay, in fen. */
export function totalFen(applications: readonly SubsidyApplication[]): number {
  return applications.reduce((sum, application) => sum + application.amountFen, 0)
}

/**
 * Approving or paying the chosen applications in one go: "pick all shown", what is chosen and
 * its total, and one button (it says to choose first while nothing is chosen), confirmed in the
 * page naming the count and the total, with "not now" as big. The batch keeps its
 * Idempotency-Key until it is done or the choice changes: a retry after a lost answer does
 * nothing twice.
 */
export function SubsidyBatch<R>({ kind, shown, chosen, onChoose, send, onDone }: SubsidyBatchProps<R>) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const key = useOnceKey()
  const said = words[kind]
  const [asking, setAsking] = useState(false)
  const [tooMany, setTooMany] = useState(false)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const refusal = refusalText(failure?.problem ?? null, locale)
  const picked = shown.filter((application) => chosen.includes(application.id))
  const ids = picked.map((application) => application.id)
  const amount = formatFen(totalFen(picked))
  const allPicked = shown.length > 0 && picked.length === shown.length
  const choice = ids.join(',')

  // Another choice is another batch.
  const { renew } = key
  useEffect(() => {
    renew()
    setAsking(false)
    setTooMany(false)
    setFailure(null)
  }, [choice, renew])

  const ask = () => {
    if (!SubsidyApprovalBatch.safeParse({ applicationIds: ids }).success) return setTooMany(true)
    setAsking(true)
  }

  const run = async () => {
    setFailure(null)
    setSending(true)
    const result = await send(ids, key.current())
    setSending(false)
    if (result.ok) {
      key.renew()
      setAsking(false)
      return onDone(result.value)
    }
    setFailure({ problem: result.network ? null : result.problem })
  }

  return (
    <View className='training-batch'>
      <Checkbox id={`${kind}-pick-all`} label={t('subsidies.pickAll', { count: shown.length })} checked={allPicked} onChange={(checked) => onChoose(checked ? shown.map((application) => application.id) : [])} />
      <Text className='training-line training-line--strong'>{t('subsidies.chosen', { count: picked.length, amount })}</Text>
      {tooMany ? (
        <View {...roleProps('alert')}>
          <Text className='field__error'>{t(said.tooMany)}</Text>
        </View>
      ) : null}
      {asking ? (
        <View className='stack'>
          <View {...roleProps('alert')} className='training-confirm'>
            <Text>{t(said.confirm, { count: picked.length, amount })}</Text>
          </View>
          {refusal ? <Banner tone='error'>{refusal}</Banner> : null}
          {failure && !refusal ? <ProblemNotice problem={failure.problem} onRetry={() => void run()} /> : null}
          <Button block busy={sending} onPress={() => void run()}>
            {t(said.yes)}
          </Button>
          <Button variant='secondary' block disabled={sending} onPress={() => setAsking(false)}>
            {t(said.no)}
          </Button>
        </View>
      ) : (
        <Button block disabled={picked.length === 0} onPress={ask}>
          {picked.length === 0 ? t(said.none) : t(said.button, { count: picked.length })}
        </Button>
      )}
    </View>
  )
}
