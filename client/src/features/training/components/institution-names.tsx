import { Text, View } from '@tarojs/components'
import type { TrainingInstitution } from '@renshe/shared/training/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { trainingMessages } from '../messages'

/**
 * The training institutions approved for a programme, by name, a line each: where its vouchers
 * can be spent. None yet is said in words, not left as an empty space.
 */
export function InstitutionNames({ institutions }: { readonly institutions: readonly TrainingInstitution[] }) {
  const t = useT(trainingMessages)
  if (institutions.length === 0) return <Text className='training-fact__value'>{t('programme.institutionsNone')}</Text>
  return (
    <View {...roleProps('list')} className='training-institutions'>
      {institutions.map((institution) => (
        <View {...roleProps('listitem')} key={institution.id} className='training-fact__value'>
          <Text>{institution.name}</Text>
        </View>
      ))}
    </View>
  )
}
