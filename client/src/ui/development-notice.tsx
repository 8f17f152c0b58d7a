import { Text, View } from '@tarojs/components'
import { developmentApiBase } from '../lib/http/base-url'
import { useT } from '../lib/i18n/translate'
import { uiMessages } from './messages'
import './development-notice.css'

/**
 * A development mini-program says so at the top of every page, with the API it calls: on a
 * phone, the default 127.0.0.1 is the phone itself, and a screenshot should never pass for a
 * release. Release builds (and h5, which calls its own origin) show nothing.
 */
export function DevelopmentNotice() {
  const t = useT(uiMessages)
  if (developmentApiBase === null) return null
  return (
    <View className='development-notice'>
      <Text>{t('development.notice', { url: developmentApiBase })}</Text>
    </View>
  )
}
