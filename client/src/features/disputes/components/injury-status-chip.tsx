import { Text } from '@tarojs/components'
import type { InjuryStatus } from '@renshe/shared/disputes/schemas'
import { useT } from '../../../lib/i18n/translate'
import { domainLabels } from '../../../ui/domain-labels'
import '../injury.css'

/** A work-injury case's status in words, framed by its kind: an end against her in a double frame. */
export function InjuryStatusChip({ status }: { readonly status: InjuryStatus }) {
  const label = useT(domainLabels)
  return <Text className={`status-tag inj-status--${status}`}>{label(`injuryStatus.${status}`)}</Text>
}
