import { Text, View } from '@tarojs/components'
import type { ArbitrationEvent } from '@renshe/shared/disputes/arbitration-cases'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDate, formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import { caseMessages } from '../case-messages'
import { dateAtNoon } from '../dates'
import { disputesMessages } from '../messages'

/** Every step of the case, oldest first: when, what, by which side, and its reason or hearing. */
export function CaseTimeline({ events }: { readonly events: readonly ArbitrationEvent[] }) {
  const t = useT(caseMessages)
  const words = useT(disputesMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const ordered = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  return (
    <View {...roleProps('list')} className='arb-timeline'>
      {ordered.map((event, index) => (
        <View key={`${event.at}-${index}`} {...roleProps('listitem')} className='arb-event'>
          <Text className='arb-event__when'>{formatDateTime(event.at, locale)}</Text>
          <Text className='arb-event__what'>{label(`arbitrationEvent.${event.kind}`)}</Text>
          <Text className='muted'>{t('timeline.by', { party: words(`party.${event.by}`) })}</Text>
          {event.hearing ? (
            <Text>{t('timeline.hearing', { date: formatDate(dateAtNoon(event.hearing.on), locale), mode: words(`mode.${event.hearing.mode}`) })}</Text>
          ) : null}
          {event.reason ? <Text className='arb-event__note'>{t('timeline.reason', { reason: event.reason })}</Text> : null}
        </View>
      ))}
    </View>
  )
}
