import { Text, View } from '@tarojs/components'
import type { CoveredLevel } from '@renshe/shared/training/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { coveredText } from '../labels'
import { trainingMessages } from '../messages'

/** The occupations and levels a voucher pays for, a line each with its subsidy in yuan. */
export function CoveredList({ covered }: { readonly covered: readonly CoveredLevel[] }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  return (
    <View className='training-covered'>
      <Text className='training-covered__title'>{t('voucher.coveredTitle')}</Text>
      <View {...roleProps('list')}>
        {covered.map((level) => (
          <View {...roleProps('listitem')} key={`${level.occupationCode}|${level.level}`} className='training-covered__item'>
            <Text>{coveredText(level, t, locale)}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
