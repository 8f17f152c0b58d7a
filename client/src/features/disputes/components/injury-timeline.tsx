import { Text, View } from '@tarojs/components'
import type { InjuryCase } from '@renshe/shared/disputes/injury-cases'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import { injuryCaseMessages } from '../injury-case-messages'
import { injuryMessages } from '../injury-messages'

/** Every step of the case, oldest first: when, what, by which side, and its reason. */
export function InjuryTimeline({ events }: { readonly events: InjuryCase['timeline'] }) {
  const t = useT(injuryCaseMessages)
  const words = useT(injuryMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const ordered = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  return (
    <View {...roleProps('list')} className='arb-timeline'>
      {ordered.map((event, index) => (
        <View key={`${event.at}-${index}`} {...roleProps('listitem')} className='arb-event'>
          <Text className='arb-event__when'>{formatDateTime(event.at, locale)}</Text>
          <Text className='arb-event__what'>{label(`injuryEvent.${event.kind}`)}</Text>
          <Text className='muted'>{t('timeline.by', { party: words(`party.${event.by}`) })}</Text>
          {event.reason ? <Text className='arb-event__note'>{t('timeline.reason', { reason: event.reason })}</Text> : null}
        </View>
      ))}
    </View>
  )
}
