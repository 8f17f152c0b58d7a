import { Text, View } from '@tarojs/components'
import { pressable, roleProps } from '../lib/a11y/pressable'
import { Heading } from './heading'
import './checkbox.css'

interface RadioGroupProps<V extends string> {
  readonly id: string
  readonly legend: string
  readonly options: readonly { readonly value: V; readonly label: string }[]
  /** null: nothing chosen yet, where a choice made for the person would decide something for her. */
  readonly value: V | null
  readonly onChange: (value: V) => void
}

/** One choice out of a few, all visible at once (no picker to open and close). */
export function RadioGroup<V extends string>({ id, legend, options, value, onChange }: RadioGroupProps<V>) {
  return (
    <View id={id} {...roleProps('radiogroup')} aria-labelledby={`${id}-legend`} className='field'>
      <Heading level={2} id={`${id}-legend`} className='field__label'>
        {legend}
      </Heading>
      {options.map((option) => {
        const choose = () => onChange(option.value)
        const checked = option.value === value
        return (
          <View
            key={option.value}
            {...pressable(choose)}
            {...roleProps('radio')}
            aria-checked={checked ? 'true' : 'false'}
            className={checked ? 'checkbox checkbox--checked focusable' : 'checkbox focusable'}
            onClick={choose}
          >
            <View className='checkbox__box checkbox__box--round' aria-hidden='true'>
              {checked ? <View className='checkbox__dot' /> : null}
            </View>
            <Text>{option.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
