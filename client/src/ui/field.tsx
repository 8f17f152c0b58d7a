import { Input, Text, View } from '@tarojs/components'
import { useT } from '../lib/i18n/translate'
import { uiMessages } from './messages'
import './field.css'

interface FieldProps {
  /** Also the target of the error summary's link to this field. */
  readonly id: string
  readonly label: string
  readonly hint?: string
  readonly error?: string | undefined
  readonly value: string
  readonly onChange: (value: string) => void
  readonly type?: 'text' | 'number' | 'idcard' | 'digit'
  readonly maxLength?: number
}

/** Label, hint and error above the input (GOV.UK pattern); the input is described by all three. */
export function Field({ id, label, hint, error, value, onChange, type = 'text', maxLength = 140 }: FieldProps) {
  const t = useT(uiMessages)
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
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
      />
    </View>
  )
}
