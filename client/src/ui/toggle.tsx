import { Text, View } from '@tarojs/components'
import { pressable, roleProps } from '../lib/a11y/pressable'
import './toggle.css'

interface ToggleProps {
  readonly id: string
  readonly label: string
  readonly hint?: string
  readonly on: boolean
  readonly onChange: (on: boolean) => void
}

/** An on/off switch with its label inside the tap target. */
export function Toggle({ id, label, hint, on, onChange }: ToggleProps) {
  const flip = () => onChange(!on)
  return (
    <View
      id={id}
      {...pressable(flip)}
      {...roleProps('switch')}
      aria-checked={on ? 'true' : 'false'}
      aria-labelledby={`${id}-label`}
      className={on ? 'toggle toggle--on focusable' : 'toggle focusable'}
      onClick={flip}
    >
      <View className='toggle__text'>
        <Text id={`${id}-label`} className='toggle__label'>
          {label}
        </Text>
        {hint ? <Text className='toggle__hint'>{hint}</Text> : null}
      </View>
      <View className='toggle__track' aria-hidden='true'>
        <View className='toggle__thumb' />
      </View>
    </View>
  )
}
