import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import type { Programme } from '@renshe/shared/training/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { ProblemNotice } from '../../../ui/problem-notice'
import { stopIssuing } from '../api'
import { refusalText } from '../labels'
import { trainingMessages } from '../messages'

/**
 * Stopping a programme, confirmed in the page (no pop-up): the first tap says what stopping means
 * and offers "yes" with "not now" just under it, as big and as easy to reach.
 */
export function CloseProgramme({ programme, onClosed }: { readonly programme: Programme; readonly onClosed: (programme: Programme) => void }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const [asking, setAsking] = useState(false)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const reason = refusalText(failure?.problem ?? null, locale)

  const close = async () => {
    setFailure(null)
    setSending(true)
    const result = await stopIssuing(programme.id)
    setSending(false)
    if (result.ok) {
      setAsking(false)
      return onClosed(result.value)
    }
    setFailure({ problem: result.network ? null : result.problem })
  }

  if (!asking) {
    return (
      <Button variant='secondary' block onPress={() => setAsking(true)}>
        {t('close.button')}
      </Button>
    )
  }
  return (
    <View className='stack'>
      <View {...roleProps('alert')} className='training-confirm'>
        <Text>{t('close.confirm')}</Text>
      </View>
      {reason ? <Banner tone='error'>{reason}</Banner> : null}
      {failure && !reason ? <ProblemNotice problem={failure.problem} onRetry={() => void close()} /> : null}
      <Button variant='danger' block busy={sending} onPress={() => void close()}>
        {t('close.yes')}
      </Button>
      <Button variant='secondary' block disabled={sending} onPress={() => setAsking(false)}>
        {t('close.no')}
      </Button>
    </View>
  )
}
