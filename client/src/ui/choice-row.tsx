import { Text, View } from '@tarojs/components'
import { focusTarget, pressable, roleProps } from '../lib/a11y/pressable'
import { useT } from '../lib/i18n/translate'
import { uiMessages } from './messages'
import './choice-chips.css'
import './field.css'

interface ChoiceRowProps<V extends string | number> {
  /** Also where the error summary's link moves focus. */
  readonly id: string
  readonly legend: string
  readonly hint?: string
  readonly error?: string | undefined
  readonly options: readonly { readonly value: V; readonly label: string }[]
  readonly isOn: (value: V) => boolean
  readonly onPress: (value: V) => void
}

/**
 * A few big buttons in a row that wrap, one or several pressed: a county, a kind of job, days of
 * the week. Pressed shows as filled with a tick, and a screen reader says so.
 */
export function ChoiceRow<V extends string | number>({ id, legend, hint, error, options, isOn, onPress }: ChoiceRowProps<V>) {
  const t = useT(uiMessages)
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <View
      id={id}
      {...roleProps('group')}
      {...focusTarget()}
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy || undefined}
      className={error ? 'choice-chips field--error' : 'choice-chips'}
    >
      <Text id={`${id}-legend`} className='field__label'>
        {legend}
      </Text>
      {hint ? (
        <Text id={`${id}-hint`} className='field__hint'>
          {hint}
        </Text>
      ) : null}
      {error ? (
        <Text id={`${id}-error`} className='field__error'>
          <Text className='visually-hidden'>{t('field.errorPrefix')}</Text>
          {error}
        </Text>
      ) : null}
      <View className='choice-chips__row'>
        {options.map((option) => {
          const on = isOn(option.value)
          const press = () => onPress(option.value)
          return (
            <View key={option.value} {...pressable(press)} aria-pressed={on ? 'true' : 'false'} className={on ? 'choice-chip choice-chip--on focusable' : 'choice-chip focusable'} onClick={press}>
              {on ? (
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
