import { Text, View } from '@tarojs/components'
import { roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { Heading } from '../../../ui/heading'
import { retireeMessages } from '../messages'

interface DevFacePanelProps {
  readonly busy: boolean
  readonly onResult: (verifyResult: string) => void
}

function nonce(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
}

/**
 * The development provider's stand-in for WeChat's face check, labelled so nobody mistakes it
 * for a real one. The server's development verifier passes `dev-face:pass:…` and fails the rest.
 */
export function DevFacePanel({ busy, onResult }: DevFacePanelProps) {
  const t = useT(retireeMessages)
  return (
    <View {...roleProps('region')} aria-labelledby='dev-face-title' className='retiree-dev-face'>
      <Heading level={2} id='dev-face-title' className='retiree-dev-face__title'>
        {t('certify.dev.title')}
      </Heading>
      <Text>{t('certify.dev.lead')}</Text>
      <View className='stack'>
        <Button block busy={busy} onPress={() => onResult(`dev-face:pass:${nonce()}`)}>
          {t('certify.dev.pass')}
        </Button>
        <Button block variant='secondary' busy={busy} onPress={() => onResult(`dev-face:fail:${nonce()}`)}>
          {t('certify.dev.fail')}
        </Button>
      </View>
    </View>
  )
}
