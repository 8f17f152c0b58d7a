import { Text, View } from '@tarojs/components'
import { useT } from '../../../lib/i18n/translate'
import { wagesMessages } from '../messages'

/** "Step 2 of 5", in words first; the bar under it only repeats them for the eye. */
export function StepProgress({ step, total }: { readonly step: number; readonly total: number }) {
  const t = useT(wagesMessages)
  return (
    <View className='step-progress'>
      <Text className='step-progress__text'>{t('file.progress', { step, total })}</Text>
      <View className='step-progress__track' aria-hidden='true'>
        {Array.from({ length: total }, (_, i) => (
          <View key={i} className={i < step ? 'step-progress__dot step-progress__dot--done' : 'step-progress__dot'} />
        ))}
      </View>
    </View>
  )
}
