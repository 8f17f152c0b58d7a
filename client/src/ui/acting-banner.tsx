import { Text, View } from '@tarojs/components'
import { roleProps } from '../lib/a11y/pressable'
import { actingForStore, actingStopNoticeStore, stopActing } from '../lib/acting-for/acting-for-store'
import { useT } from '../lib/i18n/translate'
import { useStore } from '../lib/store'
import { Button } from './button'
import { uiMessages } from './messages'
import './acting-banner.css'

/** While a grid staff member acts for a citizen, every page says so and offers to stop. */
export function ActingBanner() {
  const t = useT(uiMessages)
  const actingFor = useStore(actingForStore)
  const notice = useStore(actingStopNoticeStore)

  if (actingFor) {
    return (
      <View {...roleProps('region')} aria-label={t('acting.region')} className='acting-banner'>
        <Text className='acting-banner__text'>
          {t('acting.banner', { name: actingFor.maskedName, hint: actingFor.idNumberHint })}
        </Text>
        <Button variant='inverse' onPress={() => stopActing()}>
          {t('acting.stop')}
        </Button>
      </View>
    )
  }
  if (notice === 'grant_invalid') {
    return (
      <View {...roleProps('alert')} className='acting-banner acting-banner--stopped'>
        <Text className='acting-banner__text'>{t('acting.stoppedInvalid')}</Text>
        <Button variant='secondary' onPress={() => actingStopNoticeStore.set(null)}>
          {t('acting.dismiss')}
        </Button>
      </View>
    )
  }
  return null
}
