import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { getSubscribeSettings } from '@renshe/shared/wages/contract'
import { useT } from '../../../lib/i18n/translate'
import { askToSubscribe, type SubscribeAnswer } from '../../../lib/subscribe-messages'
import { useOperation } from '../../../lib/use-operation'
import { Button } from '../../../ui/button'
import { Heading } from '../../../ui/heading'
import { wagesMessages } from '../messages'

type Answer = 'none' | Exclude<SubscribeAnswer, 'nothing-to-ask'>

/**
 * WeChat: asks for the case-progress subscribe messages. WeChat allows the question only inside a
 * tap, so the templates are loaded first and the request is made in the button's handler.
 */
export function SubscribeReminders() {
  const t = useT(wagesMessages)
  const [settings] = useOperation(getSubscribeSettings, {})
  const [answer, setAnswer] = useState<Answer>('none')
  const development = settings.status === 'ok' && settings.value.sender === 'development'
  const templateIds = settings.status === 'ok' ? settings.value.templateIds : []

  const ask = async () => {
    const result = await askToSubscribe(templateIds)
    if (result !== 'nothing-to-ask') setAnswer(result)
  }

  return (
    <View className='card'>
      <Heading level={2} className='card__title'>
        {development ? t('submitted.remindDev') : t('submitted.remindTitle')}
      </Heading>
      {!development && templateIds.length > 0 && answer === 'none' ? (
        <View className='stack'>
          <Text>{t('submitted.remindHint')}</Text>
          <Button variant='secondary' block onPress={ask}>
            {t('submitted.remind')}
          </Button>
        </View>
      ) : null}
      {answer === 'accepted' ? <Text>{t('submitted.reminded')}</Text> : null}
      {answer === 'refused' ? <Text>{t('submitted.remindRefused')}</Text> : null}
      {answer === 'none' && (development || templateIds.length === 0) ? <Text>{t('submitted.remindInbox')}</Text> : null}
    </View>
  )
}
