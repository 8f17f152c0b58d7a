import { Text, View } from '@tarojs/components'
import { roleProps } from '../lib/a11y/pressable'
import { useT } from '../lib/i18n/translate'
import { uiMessages } from './messages'

export function Loading() {
  const t = useT(uiMessages)
  return (
    <View {...roleProps('status')} className='empty-state'>
      <Text className='muted'>{t('loading')}</Text>
    </View>
  )
}
