import { Text, View } from '@tarojs/components'
import { focusTarget, pressable, roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { uiMessages } from '../../../ui/messages'
import '../../../ui/checkbox.css'
import '../../../ui/field.css'

interface ExplainedChoiceProps<V extends string> {
  /** Also where the error summary's link moves focus. */
  readonly id: string
  readonly legend: string
  readonly error?: string | undefined
  /** Each choice with one plain sentence of what it means, read with it. */
  readonly options: readonly { readonly value: V; readonly label: string; readonly explain: string }[]
  /** Null until chosen. */
  readonly value: V | null
  readonly onChange: (value: V) => void
}

/** One of a few choices, all visible, each saying what it means; none chosen for the officer. */
export function ExplainedChoice<V extends string>({ id, legend, error, options, value, onChange }: ExplainedChoiceProps<V>) {
  const t = useT(uiMessages)
  return (
    <View
      id={id}
      {...roleProps('radiogroup')}
      {...focusTarget()}
      aria-labelledby={`${id}-legend`}
      aria-describedby={error ? `${id}-error` : undefined}
      className={error ? 'field field--error' : 'field'}
    >
      <Text id={`${id}-legend`} className='field__label'>
        {legend}
      </Text>
      {error ? (
        <Text id={`${id}-error`} className='field__error'>
          <Text className='visually-hidden'>{t('field.errorPrefix')}</Text>
          {error}
        </Text>
      ) : null}
      {options.map((option) => {
        const choose = () => onChange(option.value)
        const checked = option.value === value
        const optionId = `${id}-${option.value}`
        return (
          <View
            key={option.value}
            {...pressable(choose)}
            {...roleProps('radio')}
            aria-checked={checked ? 'true' : 'false'}
            aria-labelledby={`${optionId}-label`}
            aria-describedby={`${optionId}-explain`}
            className={checked ? 'checkbox checkbox--checked focusable' : 'checkbox focusable'}
            onClick={choose}
          >
            <View className='checkbox__box checkbox__box--round' aria-hidden='true'>
              {checked ? <View className='checkbox__dot' /> : null}
            </View>
            <View className='checkbox__text'>
              <Text id={`${optionId}-label`}>{option.label}</Text>
              <Text id={`${optionId}-explain`} className='checkbox__hint'>
                {option.explain}
              </Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
