import { Text } from '@tarojs/components'
import type { ArbitrationStatus } from '@renshe/shared/disputes/schemas'
import { useT } from '../../../lib/i18n/translate'
import { disputesMessages } from '../messages'
import '../disputes.css'

/** A case's status in words, framed by its kind: a refusal in a double frame. */
export function StatusChip({ status }: { readonly status: ArbitrationStatus }) {
  const t = useT(disputesMessages)
  return <Text className={`status-tag arb-status--${status}`}>{t(`status.${status}`)}</Text>
}

/** "Overdue", marked by an exclamation mark and a frame as well as by colour. */
export function OverdueMark() {
  return <Text className='arb-overdue'>{useT(disputesMessages)('overdue')}</Text>
}
