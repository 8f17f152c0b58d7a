import { Text, View } from '@tarojs/components'
import { pressable, roleProps } from '../lib/a11y/pressable'
import { useCareMode } from '../lib/care-mode/care-mode-store'
import { useT } from '../lib/i18n/translate'
import { privacyMessages } from '../lib/privacy/messages'
import { agreeToPrivacy, declinePrivacy, dismissPrivacyNotice, privacyPromptStore } from '../lib/privacy/privacy-consent'
import { openPrivacyContract } from '../lib/privacy/privacy-platform'
import { useStore } from '../lib/store'
import { Button } from './button'
import { Heading } from './heading'
import { PrivacyAgreeButton } from './privacy-agree-button'
import './link.css'
import './privacy-prompt.css'

/**
 * WeChat's consent to the privacy guide, asked the first time a privacy API is used. Not a
 * pop-up over the page: a screen of its own over it, with the page kept underneath, so saying
 * no returns the person to exactly where they were. In a browser nothing ever asks.
 */
export function PrivacyPrompt() {
  const t = useT(privacyMessages)
  const care = useCareMode()
  const state = useStore(privacyPromptStore)
  const action = state.kind === 'idle' ? '' : t(`action.${state.action}`)

  if (state.kind === 'declined') {
    return (
      <View {...roleProps('status')} className='privacy-declined'>
        <Heading level={2} className='privacy-declined__title'>
          {t('declined.title', { action })}
        </Heading>
        <Text className='privacy-declined__body'>{t('declined.body')}</Text>
        <Button variant='secondary' onPress={dismissPrivacyNotice}>
          {t('declined.dismiss')}
        </Button>
      </View>
    )
  }
  if (state.kind !== 'asking') return null
  return (
    <View
      role='dialog'
      aria-modal='true'
      aria-labelledby='privacy-prompt-title'
      aria-describedby='privacy-prompt-lead'
      className={['privacy-prompt', care ? 'privacy-prompt--care' : ''].filter(Boolean).join(' ')}
    >
      <View className='privacy-prompt__content'>
        <Heading level={1} id='privacy-prompt-title' className='privacy-prompt__title'>
          {t('prompt.title')}
        </Heading>
        <Text id='privacy-prompt-lead' className='privacy-prompt__lead'>
          {t('prompt.lead', { action })}
        </Text>
        <Text className='privacy-prompt__body'>{t('prompt.body')}</Text>
        <Text {...pressable(openPrivacyContract, 'link')} className='ui-link focusable privacy-prompt__guide' onClick={openPrivacyContract}>
          {t('prompt.readGuide')}
        </Text>
        <View className='stack privacy-prompt__actions'>
          <PrivacyAgreeButton label={t('prompt.agree')} onAgree={agreeToPrivacy} />
          <Button block variant='secondary' onPress={declinePrivacy}>
            {t('prompt.decline')}
          </Button>
        </View>
      </View>
    </View>
  )
}
