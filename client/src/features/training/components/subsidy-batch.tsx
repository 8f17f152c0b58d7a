import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { SubsidyApprovalBatch, type SubsidyApplication, type SubsidyApprovalResult } from '@renshe/shared/training/subsidy'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Checkbox } from '../../../ui/checkbox'
import { ProblemNotice } from '../../../ui/problem-notice'
import { approveBatch } from '../api'
import { refusalText } from '../labels'
import { trainingMessages } from '../messages'
import { useOnceKey } from '../use-once-key'
// Its "choose first" is said as a field's error is.
import '../../../ui/field.css'

interface SubsidyBatchProps {
  /** The waiting applications on the page now. */
  readonly shown: readonly SubsidyApplication[]
  readonly chosen: readonly string[]
  readonly onChoose: (ids: readonly string[]) => void
  readonly onApproved: (result: SubsidyApprovalResult) => void
}

/** The sum of what the chosen applications pay, in fen. */
export function totalFen(applications: readonly SubsidyApplication[]): number {
  return applications.reduce((sum, application) => sum + application.amountFen, 0)
}

/**
 * Approving the chosen applications in one go: "pick all shown", what is chosen and its total,
 * and one button, confirmed in the page naming the count and the total, with "not now" as big.
 * The batch keeps its Idempotency-Key until it is approved or the choice changes: a retry after
 * a lost answer approves nothing twice.
 */
export function SubsidyBatch({ shown, chosen, onChoose, onApproved }: SubsidyBatchProps) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const key = useOnceKey()
  const [asking, setAsking] = useState(false)
  const [choiceError, setChoiceError] = useState<string | null>(null)
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
    setChoiceError(null)
    setFailure(null)
  }, [choice, renew])

  const ask = () => {
    const checked = SubsidyApprovalBatch.safeParse({ applicationIds: ids })
    if (!checked.success) return setChoiceError(t(ids.length === 0 ? 'subsidies.chooseFirst' : 'subsidies.tooMany'))
    setAsking(true)
  }

  const approve = async () => {
    setFailure(null)
    setSending(true)
    const result = await approveBatch(ids, key.current())
    setSending(false)
    if (result.ok) {
      key.renew()
      setAsking(false)
      return onApproved(result.value)
    }
    setFailure({ problem: result.network ? null : result.problem })
  }

  return (
    <View className='training-batch'>
      <Checkbox id='subsidies-pick-all' label={t('subsidies.pickAll', { count: shown.length })} checked={allPicked} onChange={(checked) => onChoose(checked ? shown.map((application) => application.id) : [])} />
      <Text className='training-line training-line--strong'>{t('subsidies.chosen', { count: picked.length, amount })}</Text>
      {choiceError ? (
        <View {...roleProps('alert')}>
          <Text className='field__error'>{choiceError}</Text>
        </View>
      ) : null}
      {asking ? (
        <View className='stack'>
          <View {...roleProps('alert')} className='training-confirm'>
            <Text>{t('subsidies.confirm', { count: picked.length, amount })}</Text>
          </View>
          {refusal ? <Banner tone='error'>{refusal}</Banner> : null}
          {failure && !refusal ? <ProblemNotice problem={failure.problem} onRetry={() => void approve()} /> : null}
          <Button block busy={sending} onPress={() => void approve()}>
            {t('subsidies.yes')}
          </Button>
          <Button variant='secondary' block disabled={sending} onPress={() => setAsking(false)}>
            {t('subsidies.no')}
          </Button>
        </View>
      ) : (
        <Button block onPress={ask}>
          {t('subsidies.approve', { count: picked.length })}
        </Button>
      )}
    </View>
  )
}
