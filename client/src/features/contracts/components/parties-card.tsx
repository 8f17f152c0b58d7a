import { Text, View } from '@tarojs/components'
import type { Contract } from '@renshe/shared/contracts/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Card } from '../../../ui/card'
import { useRegionName } from '../../../ui/region-name'
import { contractMessages } from '../contract-messages'
import { dateAtNoon } from '../dates'
import { StatusChip } from './status-chip'

/** The contract's number, status and parties: the worker's ID number masked to both of them. */
export function PartiesCard({ contract, title }: { readonly contract: Contract; readonly title: string }) {
  const t = useT(contractMessages)
  const locale = useLocale()
  const regionName = useRegionName()
  const day = (date: string) => formatDate(dateAtNoon(date), locale)
  const facts = [
    { key: 'number', label: t('facts.number'), lines: [contract.contractNumber] },
    { key: 'employer', label: t('facts.employer'), lines: [contract.employerName, t('facts.creditCode', { code: contract.employerCreditCode })] },
    { key: 'worker', label: t('facts.worker'), lines: [contract.workerName, t('facts.idNumber', { id: contract.workerMaskedIdNumber })] },
    { key: 'position', label: t('facts.position'), lines: [contract.position] },
    { key: 'region', label: t('facts.region'), lines: [`${regionName(contract.regionCode)} · ${contract.terms.workPlace}`] },
    {
      key: 'term',
      label: t('facts.term'),
      lines: [contract.endsOn ? t('facts.termRange', { from: day(contract.startsOn), to: day(contract.endsOn) }) : t('facts.termOpen', { from: day(contract.startsOn) })],
    },
  ]
  return (
    <Card title={title}>
      <View className='contract-status-line'>
        <Text className='contract-fact__label'>{t('facts.status')}</Text>
        <StatusChip status={contract.status} role={contract.myRole} />
      </View>
      <View {...roleProps('list')} className='contract-facts'>
        {facts.map((fact) => (
          <View key={fact.key} {...roleProps('listitem')} className='contract-fact'>
            <Text className='contract-fact__label'>{fact.label}</Text>
            {fact.lines.map((line) => (
              <Text key={line} className='contract-fact__value'>
                {line}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </Card>
  )
}
