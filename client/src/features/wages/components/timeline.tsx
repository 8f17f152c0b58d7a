import { Text, View } from '@tarojs/components'
import type { CaseEvent } from '@renshe/shared/wages/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDateTime, formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import { wagesMessages } from '../messages'
import '../wages.css'

const warningKinds: readonly CaseEvent['kind'][] = ['overdue', 'escalated']

/** Every step of a case, oldest first: when, what, who, and what they wrote. */
export function Timeline({ events }: { readonly events: readonly CaseEvent[] }) {
  const t = useT(wagesMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  if (events.length === 0) return <Text className='muted'>{t('timeline.empty')}</Text>
  const ordered = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  return (
    <View {...roleProps('list')} className='timeline'>
      {ordered.map((event) => (
        <View
          key={event.id}
          {...roleProps('listitem')}
          className={warningKinds.includes(event.kind) ? 'timeline__event timeline__event--warning' : 'timeline__event'}
        >
          <Text className='timeline__when'>{formatDateTime(event.at, locale)}</Text>
          <Text className='timeline__what'>{label(`caseEvent.${event.kind}`)}</Text>
          <Text className='timeline__who'>{t('timeline.by', { party: label(`caseParty.${event.by}`) })}</Text>
          {event.amountFen !== null ? <Text>{t('timeline.amount', { amount: formatFen(event.amountFen) })}</Text> : null}
          {event.note ? <Text className='timeline__note'>{event.note}</Text> : null}
        </View>
      ))}
    </View>
  )
}
