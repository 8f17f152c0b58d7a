import { Text, View } from '@tarojs/components'
import type { CaseEvent } from '@renshe/shared/wages/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDateTime, formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import { wagesMessages } from '../messages'
import { OfficeEvidence } from './office-evidence'
import '../office.css'
import '../wages.css'

const warningKinds: readonly CaseEvent['kind'][] = ['overdue', 'escalated']

interface TimelineProps {
  readonly events: readonly CaseEvent[]
  /**
   * The files sent with messages: shown (as thumbnails and links), or only counted where the page
   * shows them with the conversation already, so no photo is fetched twice.
   */
  readonly attachments?: 'shown' | 'counted'
}

/** Every step of a case, oldest first: when, what, who, what they wrote, and the files they sent. */
export function Timeline({ events, attachments = 'shown' }: TimelineProps) {
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
          {event.attachments.length > 0 && attachments === 'counted' ? <Text className='timeline__note'>{t('timeline.files', { count: event.attachments.length })}</Text> : null}
          {event.attachments.length > 0 && attachments === 'shown' ? <OfficeEvidence files={event.attachments} /> : null}
        </View>
      ))}
    </View>
  )
}
