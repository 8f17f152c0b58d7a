import { Text } from '@tarojs/components'
import type { ContractSigner, ContractStatus } from '@renshe/shared/contracts/schemas'
import { useT } from '../../../lib/i18n/translate'
import { contractsMessages } from '../messages'
import '../contracts.css'

/** A contract's status in words, as its reader is concerned: "waiting for your signature" to the worker. */
export function StatusChip({ status, role }: { readonly status: ContractStatus; readonly role: ContractSigner }) {
  const t = useT(contractsMessages)
  const text = status === 'awaiting_worker' ? t(`status.awaiting_worker.${role}`) : t(`status.${status}`)
  return <Text className={`status-tag contract-status--${status}`}>{text}</Text>
}
