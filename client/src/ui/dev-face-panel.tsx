import { Text, View } from '@tarojs/components'
import { roleProps } from '../lib/a11y/pressable'
import { useT } from '../lib/i18n/translate'
import { Button } from './button'
import { Heading } from './heading'
import { uiMessages } from './messages'
import './dev-face-panel.css'

interface DevFacePanelProps {
  readonly busy: boolean
  readonly onResult: (simulated: 'pass' | 'fail') => void
}

/**
 * The development provider's stand-in for WeChat's face check (a pension certification, a
 * contract's signature), labelled so nobody mistakes it for a real one. Only the server's
 * development verifier reads the simulated outcome.
 */
export function DevFacePanel({ busy, onResult }: DevFacePanelProps) {
  const t = useT(uiMessages)
  return (
    <View {...roleProps('region')} aria-labelledby='dev-face-title' className='dev-face'>
      <Heading level={2} id='dev-face-title' className='dev-face__title'>
        {t('devFace.title')}
      </Heading>
      <Text>{t('devFace.lead')}</Text>
      <View className='stack'>
        <Button block busy={busy} onPress={() => onResult('pass')}>
          {t('devFace.pass')}
        </Button>
        <Button block variant='secondary' busy={busy} onPress={() => onResult('fail')}>
          {t('devFace.fail')}
        </Button>
      </View>
    </View>
  )
}
