import { Text, View } from '@tarojs/components'
import { pressable } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { cardMessages } from '../messages'
import '../../../ui/button.css'

interface RevealToggleProps {
  readonly shown: boolean
  readonly busy: boolean
  readonly onChange: (show: boolean) => void
}

/**
 * The eye: one toggle that keeps its name and says by `aria-pressed` whether the card is shown
 * whole, so a screen reader hears "Show number, pressed" rather than a button that renames itself.
 */
export function RevealToggle({ shown, busy, onChange }: RevealToggleProps) {
  const t = useT(cardMessages)
  const press = () => {
    if (!busy) onChange(!shown)
  }
  const classes = ['ui-button', 'ui-button--block', shown ? 'ui-button--primary' : 'ui-button--secondary', 'card-eye-button', 'focusable']
  if (busy) classes.push('ui-button--inert')
  return (
    <View className='card-reveal'>
      <View
        id='card-reveal-toggle'
        {...pressable(press)}
        aria-pressed={shown ? 'true' : 'false'}
        aria-busy={busy ? 'true' : undefined}
        aria-describedby='card-reveal-hint'
        className={classes.join(' ')}
        onClick={press}
      >
        <View className={shown ? 'card-eye card-eye--open' : 'card-eye'} aria-hidden='true'>
          <View className='card-eye__pupil' />
        </View>
        <Text>{t('reveal.button')}</Text>
      </View>
      <Text id='card-reveal-hint' className='card-reveal__hint'>
        {t('reveal.hint')}
      </Text>
    </View>
  )
}
