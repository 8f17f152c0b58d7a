import { Text, View } from '@tarojs/components'
import type { ContractEvent } from '@renshe/shared/contracts/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { contractMessages } from '../contract-messages'
import { contractsMessages } from '../messages'
import { useCheckName } from './signature-list'

/** The evidence chain, oldest first: what happened, when, by whom, from which device, and its note. */
export function EvidenceChain({ events }: { readonly events: readonly ContractEvent[] }) {
  const t = useT(contractMessages)
  const words = useT(contractsMessages)
  const locale = useLocale()
  const checkName = useCheckName()
  // An identity check's detail is how it was checked, named in words like the signatures'.
  const detailOf = (event: ContractEvent) => (event.kind === 'identity_checked' ? checkName(event.detail ?? '') : (event.detail ?? ''))
  const ordered = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  return (
    <View {...roleProps('list')} className='contract-events'>
      {ordered.map((event, index) => (
        <View key={`${event.at}-${index}`} {...roleProps('listitem')} className='contract-event'>
          <Text className='contract-event__when'>{formatDateTime(event.at, locale)}</Text>
          <Text className='contract-event__what'>{words(`event.${event.kind}`)}</Text>
          <Text className='muted'>{t('events.by', { party: words(`party.${event.by}`) })}</Text>
          {event.device ? <Text className='contract-event__device'>{t('events.device', { device: event.device })}</Text> : null}
          {event.detail ? <Text>{t('events.detail', { detail: detailOf(event) })}</Text> : null}
        </View>
      ))}
    </View>
  )
}
