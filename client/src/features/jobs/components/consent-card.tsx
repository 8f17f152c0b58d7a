import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { MySeekerProfile } from '@renshe/shared/jobs/profile'
import type { Problem } from '@renshe/shared/platform/problem'
import { formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Card } from '../../../ui/card'
import { ProblemNotice } from '../../../ui/problem-notice'
import { Toggle } from '../../../ui/toggle'
import { setRecommendable } from '../api'
import { jobsMessages } from '../messages'

interface ConsentCardProps {
  /** Null until a profile is saved: there is nothing to recommend yet. */
  readonly seeker: MySeekerProfile | null
  readonly onChanged: (seeker: MySeekerProfile) => void
}

/**
 * The consent to be recommended to employers, on its own (PIPL art. 14 and 23): what it means,
 * that it can be withdrawn, and a switch that gives or withdraws it at once.
 */
export function ConsentCard({ seeker, onChanged }: ConsentCardProps) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null; readonly wanted: boolean } | null>(null)

  const change = async (wanted: boolean) => {
    if (sending) return
    setSending(true)
    setFailure(null)
    const result = await setRecommendable(wanted)
    setSending(false)
    if (result.ok) onChanged(result.value)
    else setFailure({ problem: result.network ? null : result.problem, wanted })
  }

  const state = (() => {
    if (!seeker) return t('consent.saveFirst')
    if (seeker.recommendable) return t('consent.on', { date: seeker.consentAt ? formatDateTime(seeker.consentAt, locale) : '' })
    if (seeker.consentAt) return t('consent.withdrawn', { date: formatDateTime(seeker.consentAt, locale) })
    return t('consent.off')
  })()

  return (
    <Card title={t('consent.title')} tone='highlight'>
      <View className='stack'>
        <Text>{t('consent.what')}</Text>
        <Text>{t('consent.separate')}</Text>
        <Text>{t('consent.withdraw')}</Text>
        {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void change(failure.wanted)} /> : null}
        {seeker ? <Toggle id='jobs-consent' label={t('consent.toggle')} on={seeker.recommendable} onChange={(on) => void change(on)} /> : null}
        <View aria-live='polite'>
          <Text className='jobs-consent__state'>{state}</Text>
        </View>
      </View>
    </Card>
  )
}
