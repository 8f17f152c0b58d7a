import { Text, View } from '@tarojs/components'
import { getSubscribeSettings } from '@renshe/shared/wages/contract'
import { useT } from '../../../lib/i18n/translate'
import { useOperation } from '../../../lib/use-operation'
import { Heading } from '../../../ui/heading'
import { wagesMessages } from '../messages'

/**
 * The browser has no WeChat subscribe messages: progress arrives in Messages. With the
 * development sender the note says, in words, that no WeChat message is sent.
 */
export function SubscribeReminders() {
  const t = useT(wagesMessages)
  const [settings] = useOperation(getSubscribeSettings, {})
  const development = settings.status === 'ok' && settings.value.sender === 'development'
  return (
    <View className='card'>
      <Heading level={2} className='card__title'>
        {development ? t('submitted.remindDev') : t('submitted.remindTitle')}
      </Heading>
      <Text>{t('submitted.remindInbox')}</Text>
    </View>
  )
}
