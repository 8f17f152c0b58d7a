import { Text, View } from '@tarojs/components'
import { contractTitle } from '@renshe/shared/contracts/templates'
import type { ContractSigner, ContractSummary } from '@renshe/shared/contracts/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import { pressable } from '../../../lib/a11y/pressable'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { openPage } from '../../../ui/link'
import { dateAtNoon } from '../dates'
import { contractsMessages } from '../messages'
import { StatusChip } from './status-chip'

interface ContractRowProps {
  readonly summary: ContractSummary
  /** Who reads the row: the worker is shown the employer, the employer the worker (masked); `both` for an account that is both. */
  readonly reader: ContractSigner | 'both'
}

/** One contract as a link to it: kind, status, the other party, position, the term and its number. */
export function ContractRow({ summary, reader }: ContractRowProps) {
  const t = useT(contractsMessages)
  const locale = useLocale()
  const day = (date: string) => formatDate(dateAtNoon(date), locale)
  const open = () => openPage(pageLink('contract', { id: summary.id }))
  return (
    <View {...pressable(open, 'link')} className={`contract-row contract-row--${summary.status} focusable`} onClick={open}>
      <View className='contract-row__head'>
        <Text className='contract-row__kind'>{contractTitle(summary.kind, locale === 'en' ? 'en' : 'zh')}</Text>
        <StatusChip status={summary.status} role={reader === 'employer' ? 'employer' : 'worker'} />
      </View>
      {reader !== 'employer' ? <Text className='contract-row__line'>{t('row.employer', { name: summary.employerName })}</Text> : null}
      {reader !== 'worker' ? <Text className='contract-row__line'>{t('row.worker', { name: summary.workerMaskedName })}</Text> : null}
      <Text className='contract-row__line'>{t('row.position', { position: summary.position })}</Text>
      <Text className='contract-row__line'>
        {summary.endsOn ? t('row.term', { from: day(summary.startsOn), to: day(summary.endsOn) }) : t('row.termOpen', { from: day(summary.startsOn) })}
      </Text>
      <Text className='contract-row__line muted'>{t('row.number', { number: summary.contractNumber })}</Text>
    </View>
  )
}
