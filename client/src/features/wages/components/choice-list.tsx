import { Text, View } from '@tarojs/components'
import { focusTarget, pressable, roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { uiMessages } from '../../../ui/messages'
import '../../../ui/checkbox.css'
import '../../../ui/field.css'

export interface Choice<V extends string> {
  readonly value: V
  readonly label: string
  readonly hint?: string
  readonly disabled?: boolean
}

interface ChoiceListProps<V extends string> {
  /** The group's id: the error summary's link moves focus to it. */
  readonly id: string
  readonly legend: string
  readonly hint?: string
  readonly error?: string | undefined
  readonly choices: readonly Choice<V>[]
  readonly value: V | null
  readonly onChange: (value: V) => void
  /** `chips`: short choices side by side (months, years); `list`: one per row. */
  readonly layout?: 'list' | 'chips'
}

/**
 * One choice out of several, all in view (no picker to open): big radio rows, or chips for short
 * ones. The group has a name, its error, and takes focus from the error summary.
 */
export function ChoiceList<V extends string>({ id, legend, hint, error, choices, value, onChange, layout = 'list' }: ChoiceListProps<V>) {
  const t = useT(uiMessages)
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <View className={error ? 'field field--error' : 'field'}>
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
      <View
        id={id}
        {...roleProps('radiogroup')}
        {...focusTarget()}
        aria-labelledby={`${id}-legend`}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? 'true' : undefined}
        className={`choices choices--${layout} focusable`}
      >
        {choices.map((choice) => {
          const checked = choice.value === value
          const choose = () => {
            if (!choice.disabled) onChange(choice.value)
          }
          const classes = [layout === 'chips' ? 'choice-chip' : 'checkbox', 'focusable']
          if (checked) classes.push(layout === 'chips' ? 'choice-chip--on' : 'checkbox--checked')
          if (choice.disabled) classes.push('choice--disabled')
          return (
            <View
              key={choice.value}
              id={`${id}-${choice.value}`}
              {...pressable(choose)}
              {...roleProps('radio')}
              aria-checked={checked ? 'true' : 'false'}
              aria-disabled={choice.disabled ? 'true' : undefined}
              className={classes.join(' ')}
              onClick={choose}
            >
              {layout === 'list' ? (
                <View className='checkbox__box checkbox__box--round' aria-hidden='true'>
                  {checked ? <View className='checkbox__dot' /> : null}
                </View>
              ) : null}
              <View className='checkbox__text'>
                <Text>
                  {layout === 'chips' && checked ? <Text aria-hidden='true'>✓ </Text> : null}
                  {choice.label}
                </Text>
                {choice.hint ? <Text className='checkbox__hint'>{choice.hint}</Text> : null}
              </View>
            </View>
          )
        })}
      </View>
    </View>
  )
}
