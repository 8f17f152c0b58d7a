import { Text, View } from '@tarojs/components'
import { useT } from '../../../lib/i18n/translate'
import { routes } from '../../../routes'
import { Card } from '../../../ui/card'
import { retireeMessages } from '../messages'
import { BigLink } from './big-link'

/** The account answered 404: said kindly, with a number to call, not as an error. */
export function NotAPensioner() {
  const t = useT(retireeMessages)
  return (
    <Card title={t('none.title')}>
      <View className='stack'>
        <Text>{t('none.body')}</Text>
        <BigLink to={routes.home}>{t('toHome')}</BigLink>
      </View>
    </Card>
  )
}
