import { Text, View } from '@tarojs/components'
import { roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { Heading } from '../../../ui/heading'
import { retireeMessages } from '../messages'

interface DevFacePanelProps {
  readonly busy: boolean
  readonly onResult: (simulated: 'pass' | 'fail') => void
}

/**
 * The development provider's stand-in for WeChat's face check, labelled so nobody mistakes it
 * for a real one. Only the server's development verifier reads the simulated outcome.
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
        <Button block busy={busy} onPress={() => onResult('pass')}>
          {t('certify.dev.pass')}
        </Button>
        <Button block variant='secondary' busy={busy} onPress={() => onResult('fail')}>
          {t('certify.dev.fail')}
        </Button>
      </View>
    </View>
  )
}
