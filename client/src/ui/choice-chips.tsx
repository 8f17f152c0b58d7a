import { Text, View } from '@tarojs/components'
import { pressable, roleProps } from '../lib/a11y/pressable'
import './choice-chips.css'
import './field.css'

interface ChoiceChipsProps<V extends string> {
  readonly id: string
  readonly legend: string
  readonly options: readonly { readonly value: V; readonly label: string }[]
  readonly value: V
  readonly onChange: (value: V) => void
}

/**
 * A filter as a row of big buttons, all visible at once; the chosen one is pressed, which a
 * screen reader says and which shows as a filled button with a tick, not by colour alone.
 */
export function ChoiceChips<V extends string>({ id, legend, options, value, onChange }: ChoiceChipsProps<V>) {
  return (
    <View {...roleProps('group')} aria-labelledby={`${id}-legend`} className='choice-chips'>
      <Text id={`${id}-legend`} className='field__label'>
        {legend}
      </Text>
      <View className='choice-chips__row'>
        {options.map((option) => {
          const chosen = option.value === value
          const choose = () => onChange(option.value)
          return (
            <View
              key={option.value}
              {...pressable(choose)}
              aria-pressed={chosen ? 'true' : 'false'}
              className={chosen ? 'choice-chip choice-chip--on focusable' : 'choice-chip focusable'}
              onClick={choose}
            >
              {chosen ? (
                <Text aria-hidden='true' className='choice-chip__tick'>
                  ✓
                </Text>
              ) : null}
              {option.label}
            </View>
          )
        })}
      </View>
    </View>
  )
}
