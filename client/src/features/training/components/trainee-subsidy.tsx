import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import type { RosterEntry } from '@renshe/shared/training/courses'
import type { SubsidyApplication } from '@renshe/shared/training/subsidy'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatFen } from '../../../lib/format'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { applyForTrainee } from '../api'
import { trainingMessages } from '../messages'
import { useOnceKey } from '../use-once-key'
import { SubsidyRefusal } from './subsidy-refusal'

/**
 * The institution applies for the subsidy of a face-value trainee, confirmed in the page (no
 * pop-up) with "not now" just under "yes", as big. The roster does not say whether she passed:
 * the BFF decides, and its refusal is shown with what it means. One key per application, so a
 * retry after a lost answer applies once.
 */
export function TraineeSubsidy({ entry }: { readonly entry: RosterEntry }) {
  const t = useT(trainingMessages)
  const key = useOnceKey()
  const [asking, setAsking] = useState(false)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [applied, setApplied] = useState<SubsidyApplication | null>(null)

  const apply = async () => {
    setFailure(null)
    setSending(true)
    const result = await applyForTrainee(entry.id, key.current())
    setSending(false)
    if (result.ok) {
      key.renew()
      setAsking(false)
      return setApplied(result.value)
    }
    // A refusal is an answer: the next tap (after her pass is recorded, say) is a new application.
    if (!result.network) {
      key.renew()
      setAsking(false)
    }
    setFailure({ problem: result.network ? null : result.problem })
  }

  if (applied) return <Banner tone='success'>{t('traineeSubsidy.done', { name: entry.traineeName, amount: formatFen(applied.amountFen) })}</Banner>
  return (
    <View className='stack'>
      {failure ? <SubsidyRefusal problem={failure.problem} onRetry={() => void apply()} /> : null}
      {asking ? (
        <View className='stack'>
          <View {...roleProps('alert')} className='training-confirm'>
            <Text>{t('traineeSubsidy.confirm', { name: entry.traineeName })}</Text>
          </View>
          <Button block busy={sending} onPress={() => void apply()}>
            {t('traineeSubsidy.yes')}
          </Button>
          <Button variant='secondary' block disabled={sending} onPress={() => setAsking(false)}>
            {t('traineeSubsidy.no')}
          </Button>
        </View>
      ) : (
        <Button variant='secondary' block onPress={() => setAsking(true)}>
          <Text aria-hidden='true'>{t('traineeSubsidy.button')}</Text>
          <Text className='visually-hidden'>{`${t('traineeSubsidy.button')} ${entry.traineeName}`}</Text>
        </Button>
      )}
    </View>
  )
}
