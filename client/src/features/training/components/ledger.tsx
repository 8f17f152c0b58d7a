import { Text, View } from '@tarojs/components'
import type { ProgrammeLedger } from '@renshe/shared/training/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatFen } from '../../../lib/format'
import { useT } from '../../../lib/i18n/translate'
import { trainingMessages } from '../messages'

const counts = ['quantity', 'issued', 'remaining', 'claimed', 'expired', 'withdrawn'] as const satisfies readonly (keyof ProgrammeLedger)[]
const money = ['budgetFen', 'appliedFen', 'committedFen', 'paidFen'] as const satisfies readonly (keyof ProgrammeLedger)[]

/**
 * A programme's vouchers by where they stand, then its subsidy money: the budget, what waits to
 * be decided, what is approved and not yet paid, what is paid (decision 063). Each figure with
 * its name, in lists, not a table to scroll.
 */
export function Ledger({ ledger }: { readonly ledger: ProgrammeLedger }) {
  const t = useT(trainingMessages)
  return (
    <View>
      <Text aria-hidden='true' className='training-ledger__title'>
        {t('ledger.title')}
      </Text>
      <View {...roleProps('list')} aria-label={t('ledger.title')} className='training-ledger'>
        {counts.map((figure) => (
          <View {...roleProps('listitem')} key={figure} className='training-ledger__figure'>
            <Text className='training-ledger__label'>{t(`ledger.${figure}`)}</Text>
            <Text className='training-ledger__value'>{t('ledger.count', { count: ledger[figure] })}</Text>
          </View>
        ))}
      </View>
      <Text aria-hidden='true' className='training-ledger__title'>
        {t('ledger.moneyTitle')}
      </Text>
      <View {...roleProps('list')} aria-label={t('ledger.moneyTitle')} className='training-ledger'>
        {money.map((figure) => (
          <View {...roleProps('listitem')} key={figure} className='training-ledger__figure training-ledger__figure--money'>
            <Text className='training-ledger__label'>{t(`ledger.${figure}`)}</Text>
            <Text className='training-ledger__value'>{formatFen(ledger[figure])}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
