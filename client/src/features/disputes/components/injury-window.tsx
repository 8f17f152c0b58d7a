import { Text, View } from '@tarojs/components'
import type { ApplicationWindow } from '@renshe/shared/disputes/injury-cases'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { dateAtNoon } from '../dates'
import { injuryMessages } from '../injury-messages'

interface InjuryWindowProps {
  readonly window: ApplicationWindow
  /** Whose window it is: the worker's side, or the employer named. */
  readonly side: 'worker' | 'employer'
}

/**
 * Who may apply for recognition, and until when, in plain words (工伤保险条例 art. 17): while the
 * employer's 30 days run, its day and hers after it; once hers, until when; once closed, the day it
 * closed and what she can still do.
 */
export function InjuryWindow({ window, side }: InjuryWindowProps) {
  const t = useT(injuryMessages)
  const locale = useLocale()
  const days = { by: formatDate(dateAtNoon(window.by), locale), employerBy: formatDate(dateAtNoon(window.employerBy), locale) }
  if (side === 'employer') {
    if (window.state === 'closed') {
      return (
        <View className='inj-window inj-window--closed'>
          <Text className='inj-window__main'>{t('window.employerClosed', days)}</Text>
          <Text>{t('window.employerClosedWhat')}</Text>
        </View>
      )
    }
    return (
      <View className='inj-window inj-window--open'>
        <Text className='inj-window__main'>{t('window.employerOpen', days)}</Text>
      </View>
    )
  }
  if (window.state === 'closed') {
    return (
      <View className='inj-window inj-window--closed'>
        <Text className='inj-window__main'>{t('window.closed', days)}</Text>
        <Text>{t('window.closedWhat')}</Text>
      </View>
    )
  }
  return (
    <View className={`inj-window inj-window--${window.state === 'open' ? 'open' : 'waiting'}`}>
      <Text className='inj-window__main'>{t(`window.${window.state}`, days)}</Text>
    </View>
  )
}
