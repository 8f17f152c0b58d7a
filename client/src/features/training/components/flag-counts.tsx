import { Text, View } from '@tarojs/components'
import type { FlagKind, SupervisedInstitution } from '@renshe/shared/training/attendance'
import { roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { trainingMessages } from '../messages'

export const flagKinds = ['shared_device', 'out_of_window', 'below_threshold'] as const satisfies readonly FlagKind[]

/** An institution's flags by kind, each figure with its name (a list, as the programme's ledger). */
export function FlagCounts({ flags, label }: { readonly flags: SupervisedInstitution['flags']; readonly label: string }) {
  const t = useT(trainingMessages)
  return (
    <View {...roleProps('list')} aria-label={label} className='training-ledger'>
      {flagKinds.map((kind) => (
        <View {...roleProps('listitem')} key={kind} className='training-ledger__figure'>
          <Text className='training-ledger__label'>{t(`flag.${kind}`)}</Text>
          <Text className={flags[kind] > 0 ? 'training-ledger__value training-ledger__value--flagged' : 'training-ledger__value'}>{t('flag.count', { count: flags[kind] })}</Text>
        </View>
      ))}
    </View>
  )
}
