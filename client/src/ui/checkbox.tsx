import { Text, View } from '@tarojs/components'
import { pressable, roleProps } from '../lib/a11y/pressable'
import './checkbox.css'

interface CheckboxProps {
  readonly id: string
  readonly label: string
  readonly hint?: string
  readonly checked: boolean
  readonly onChange: (checked: boolean) => void
}

/** Taro's checkbox is a custom element without a label or state for screen readers; this one has both. */
export function Checkbox({ id, label, hint, checked, onChange }: CheckboxProps) {
  const toggle = () => onChange(!checked)
  return (
    <View
      id={id}
      {...pressable(toggle)}
      {...roleProps('checkbox')}
      aria-checked={checked ? 'true' : 'false'}
      aria-labelledby={`${id}-label`}
      className={checked ? 'checkbox checkbox--checked focusable' : 'checkbox focusable'}
      onClick={toggle}
    >
      <View className='checkbox__box' aria-hidden='true'>
        {checked ? <View className='checkbox__tick' /> : null}
      </View>
      <View className='checkbox__text'>
        <Text id={`${id}-label`}>{label}</Text>
        {hint ? <Text className='checkbox__hint'>{hint}</Text> : null}
      </View>
    </View>
  )
}
