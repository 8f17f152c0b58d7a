import { Input, Text, View } from '@tarojs/components'
import { useT } from '../../../lib/i18n/translate'
import { uiMessages } from '../../../ui/messages'
import '../../../ui/field.css'

interface TextFieldProps {
  /** Also the target of the error summary's link to this field. */
  readonly id: string
  readonly label: string
  readonly hint?: string
  readonly error?: string | undefined
  /** A short confirmation under the field ("this code checks out"), said in words, not colour. */
  readonly confirmation?: string | undefined
  readonly value: string
  readonly onChange: (value: string) => void
  readonly onBlur?: () => void
  readonly onFocus?: () => void
  readonly type?: 'text' | 'number' | 'digit'
  readonly maxLength?: number
  readonly focus?: boolean
}

/**
 * The portal's field (label, hint and error above the input, GOV.UK pattern) with the events the
 * complaint form needs: checking a credit code and masking a phone number when the field is left.
 */
export function TextField({ id, label, hint, error, confirmation, value, onChange, onBlur, onFocus, type = 'text', maxLength = 140, focus }: TextFieldProps) {
  const t = useT(uiMessages)
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', confirmation ? `${id}-ok` : ''].filter(Boolean).join(' ')
  return (
    <View className={error ? 'field field--error' : 'field'}>
      <Text id={`${id}-label`} className='field__label'>
        {label}
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
      <Input
        id={id}
        className='field__input focusable'
        value={value}
        type={type}
        maxlength={maxLength}
        aria-labelledby={`${id}-label`}
        aria-label={label}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? 'true' : undefined}
        onInput={(event) => onChange(event.detail.value)}
        {...(onBlur ? { onBlur: () => onBlur() } : {})}
        {...(onFocus ? { onFocus: () => onFocus() } : {})}
        {...(focus ? { focus } : {})}
      />
      {confirmation && !error ? (
        <Text id={`${id}-ok`} className='field__ok'>
          <Text aria-hidden='true'>✓ </Text>
          {confirmation}
        </Text>
      ) : null}
    </View>
  )
}
