import { Text, View } from '@tarojs/components'
import type { MySession } from '@renshe/shared/training/attendance'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { sessionState, type SessionState } from '../attendance-state'
import { dayText } from '../labels'
import { trainingMessages, type TrainingT } from '../messages'

const tones: Record<SessionState, string> = {
  checkedIn: 'status-tag status-tag--ok',
  open: 'status-tag status-tag--warn',
  later: 'status-tag',
  missed: 'status-tag',
}

/** Every session of her course: when, where, when check-in is open, and whether she checked in. */
export function MySessions({ sessions, now }: { readonly sessions: readonly MySession[]; readonly now: number }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  return (
    <View {...roleProps('list')} className='training-list'>
      {sessions.map((mine) => {
        const state = sessionState(mine, now)
        const { session } = mine
        return (
          <View {...roleProps('listitem')} key={session.id} className={`training-list__item training-session training-session--${state}`}>
            <Text className='training-line training-line--strong'>{t('course.session', { date: dayText(session.date, locale), from: session.from, to: session.to })}</Text>
            <Text className='training-line muted'>{session.place}</Text>
            <Text className='training-line'>{t('attend.window', { from: formatTime(mine.opensAt), to: formatTime(mine.closesAt) })}</Text>
            <Text className={tones[state]}>{stateText(mine, state, t)}</Text>
          </View>
        )
      })}
    </View>
  )
}

function stateText(mine: MySession, state: SessionState, t: TrainingT): string {
  if (state === 'checkedIn' && mine.checkedInAt) return t('attend.checkedInAt', { time: formatTime(mine.checkedInAt) })
  if (state === 'open') return t('attend.openNow')
  return state === 'later' ? t('attend.later') : t('attend.missed')
}
