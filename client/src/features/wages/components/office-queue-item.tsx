import { Text, View } from '@tarojs/components'
import type { CaseSummary } from '@renshe/shared/wages/schemas'
import { pressable, roleProps } from '../../../lib/a11y/pressable'
import { formatFen } from '../../../lib/format'
import { useT } from '../../../lib/i18n/translate'
import { routes } from '../../../routes'
import { domainLabels } from '../../../ui/domain-labels'
import { openPage } from '../../../ui/link'
import { officeMessages } from '../office-messages'
import { OfficeStageDeadline } from './office-stage-deadline'

/** One case of the queue, as a link to handle it: what, who, how much, and how long is left. */
export function OfficeQueueItem({ summary }: { readonly summary: CaseSummary }) {
  const t = useT(officeMessages)
  const label = useT(domainLabels)
  const open = () => openPage(`${routes.handleCase}?id=${encodeURIComponent(summary.id)}`)
  return (
    <View {...roleProps('listitem')} className='office-queue__entry'>
      <View
        {...pressable(open, 'link')}
        className={summary.deadlines.overdue ? 'office-case-row office-case-row--overdue focusable' : 'office-case-row focusable'}
        onClick={open}
      >
        <View className='office-case-row__head'>
          <Text className='office-case-row__number'>{summary.caseNumber}</Text>
          <Text className='status-tag'>{label(`caseStatus.${summary.status}`)}</Text>
        </View>
        <Text className='office-case-row__employer'>{summary.employerName}</Text>
        <Text className='muted'>{t('queue.site', { site: summary.siteName })}</Text>
        <Text>{t('queue.amount', { amount: formatFen(summary.amountFen) })}</Text>
        <OfficeStageDeadline deadlines={summary.deadlines} />
      </View>
    </View>
  )
}
