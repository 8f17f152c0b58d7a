import { Text, View } from '@tarojs/components'
import { useT } from '../../../lib/i18n/translate'
import { uiMessages } from '../../../ui/messages'
import '../../../ui/field.css'

export interface TextAreaProps {
  /** Also the target of the error summary's link to this field. */
  readonly id: string
  readonly label: string
  readonly hint?: string
  readonly error?: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly maxLength: number
}

/**
 * Several lines of text (a reason, a conclusion, a message). In the browser a real `<textarea>`:
 * Taro's is a custom element that keeps the text box inside it, out of reach of its label.
 */
export function OfficeTextArea({ id, label, hint, error, value, onChange, maxLength }: TextAreaProps) {
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
      <textarea
        id={id}
        className='office-text-area focusable'
        value={value}
        maxLength={maxLength}
        rows={4}
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? 'true' : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </View>
  )
}
