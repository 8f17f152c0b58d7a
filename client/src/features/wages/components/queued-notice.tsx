import { Text, View } from '@tarojs/components'
import { useT } from '../../../lib/i18n/translate'
import { routes } from '../../../routes'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { openPage } from '../../../ui/link'
import { wagesMessages } from '../messages'

interface QueuedNoticeProps {
  readonly sending: boolean
  readonly stillOffline: boolean
  readonly onSendNow: () => void
}

/** The complaint is safe on the phone and goes by itself once there is a network. */
export function QueuedNotice({ sending, stillOffline, onSendNow }: QueuedNoticeProps) {
  const t = useT(wagesMessages)
  return (
    <View className='stack'>
      <Banner tone='success' title={t('queued.title')} urgent>
        <Text>{t('queued.body')}</Text>
      </Banner>
      {stillOffline && !sending ? <Banner tone='warning'>{t('queued.stillOffline')}</Banner> : null}
      <Button block busy={sending} onPress={onSendNow}>
        {sending ? t('queued.sending') : t('queued.sendNow')}
      </Button>
      <Button variant='secondary' block onPress={() => openPage(routes.myComplaints, true)}>
        {t('queued.toMyCases')}
      </Button>
    </View>
  )
}
