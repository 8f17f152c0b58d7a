import { Text, View } from '@tarojs/components'
import type { ApplicationStatus, CardApplication } from '@renshe/shared/card/applications'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { applyMessages } from '../apply-messages'

/** The way a card goes, in order; a withdrawn application leaves it where it stood. */
const path: readonly ApplicationStatus[] = ['applied', 'produced', 'at_outlet', 'collected']

/**
 * The application's steps as a vertical line: each reached step with its time, the one it is at
 * marked "now" in words (and by a ring), the ones to come said to be not yet reached.
 */
export function ApplicationSteps({ application }: { readonly application: CardApplication }) {
  const t = useT(applyMessages)
  const locale = useLocale()
  const reachedAt = new Map(application.steps.map((step) => [step.status, step.at]))
  const withdrawn = application.status === 'withdrawn'
  // Withdrawn: the steps it reached, then the withdrawal; the rest of the way is not to come.
  const shown = withdrawn ? [...path.filter((status) => reachedAt.has(status)), 'withdrawn' as const] : path
  return (
    <View {...roleProps('list')} className='card-steps'>
      {shown.map((status) => {
        const at = reachedAt.get(status)
        const current = status === application.status
        const state = current ? 'current' : at ? 'done' : 'pending'
        return (
          <View key={status} {...roleProps('listitem')} className={`card-steps__step card-steps__step--${state}`}>
            <View className='card-steps__what'>
              <Text className='card-steps__label'>{t(`status.${status}`)}</Text>
              {current ? <Text className='card-steps__now'>{t('application.current')}</Text> : null}
            </View>
            <Text className='card-steps__when'>{at ? formatDateTime(at, locale) : t('application.pending')}</Text>
          </View>
        )
      })}
    </View>
  )
}
