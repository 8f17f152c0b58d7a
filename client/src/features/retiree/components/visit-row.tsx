import { Text, View } from '@tarojs/components'
import type { VisitListItem } from '@renshe/shared/retiree/schemas'
import { pressable } from '../../../lib/a11y/pressable'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import { retireeMessages } from '../messages'
import { DaysWords } from './days-words'

interface VisitRowProps {
  readonly item: VisitListItem
  readonly busy: boolean
  readonly onOpen: (item: VisitListItem) => void
}

/** One pensioner to visit: a single big tap target named by the person and the deadline. */
export function VisitRow({ item, busy, onOpen }: VisitRowProps) {
  const t = useT(retireeMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const open = () => {
    if (!busy) onOpen(item)
  }
  return (
    <View {...pressable(open, 'link')} aria-busy={busy ? 'true' : undefined} className='retiree-visit focusable' onClick={open}>
      <View className='retiree-visit__text'>
        <Text className='retiree-visit__name'>
          {item.name} · {t('visits.age', { age: item.age })}
        </Text>
        <Text className='retiree-visit__address'>{item.address}</Text>
        <View className='retiree-visit__deadline'>
          <DaysWords daysLeft={item.daysLeft} />
          <Text className='muted'>{t('visits.due', { date: formatDate(item.dueDate, locale) })}</Text>
        </View>
        <Text className='muted'>{t('visits.reason', { reason: label(`visitReason.${item.reason}`) })}</Text>
        {item.status !== 'open' ? <Text className='status-tag status-tag--warn'>{label(`visitStatus.${item.status}`)}</Text> : null}
        {busy ? <Text className='muted'>{t('visits.opening')}</Text> : null}
      </View>
      <View className='list-link__chevron' aria-hidden='true' />
    </View>
  )
}
