import { Text, View } from '@tarojs/components'
import type { MyEnrolment } from '@renshe/shared/training/attendance'
import { useT } from '../../../lib/i18n/translate'
import { sessionsNeeded } from '../attendance-state'
import { trainingMessages } from '../messages'

/** Her attendance against the programme's threshold, in sessions: what she has, what she needs. */
export function AttendanceSummary({ mine }: { readonly mine: Pick<MyEnrolment, 'attended' | 'sessions' | 'thresholdPercent'> }) {
  const t = useT(trainingMessages)
  const total = mine.sessions.length
  const needed = sessionsNeeded(total, mine.thresholdPercent)
  return (
    <View className='training-facts'>
      <Text className='training-code__count'>{t('attend.summary', { attended: mine.attended, total })}</Text>
      <Text className='training-line'>{t('attend.threshold', { percent: mine.thresholdPercent, needed })}</Text>
      {mine.attended >= needed ? <Text className='status-tag status-tag--ok'>{t('attend.enough')}</Text> : null}
    </View>
  )
}
