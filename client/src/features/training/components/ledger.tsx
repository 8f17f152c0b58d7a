import { Text, View } from '@tarojs/components'
import type { ProgrammeLedger } from '@renshe/shared/training/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { trainingMessages } from '../messages'

const figures = ['quantity', 'issued', 'remaining', 'claimed', 'expired', 'withdrawn'] as const satisfies readonly (keyof ProgrammeLedger)[]

/** A programme's vouchers by where they stand, each figure with its name (a list, not a table to scroll). */
export function Ledger({ ledger }: { readonly ledger: ProgrammeLedger }) {
  const t = useT(trainingMessages)
  return (
    <View {...roleProps('list')} aria-label={t('ledger.title')} className='training-ledger'>
      {figures.map((figure) => (
        <View {...roleProps('listitem')} key={figure} className='training-ledger__figure'>
          <Text className='training-ledger__label'>{t(`ledger.${figure}`)}</Text>
          <Text className='training-ledger__value'>{t('ledger.count', { count: ledger[figure] })}</Text>
        </View>
      ))}
    </View>
  )
}
