import { Text, View } from '@tarojs/components'
import { useT } from '../lib/i18n/translate'
import { uiMessages } from './messages'
import type { LongTextProps } from './long-text-props'
import './field.css'


/**
 * The browser: a real `<textarea>`. Taro's h5 Textarea is a custom element that keeps the real
 * textarea inside it, where the label and description would not reach (see decision 010).
 */
export function LongText({ id, label, hint, error, value, onChange, maxLength }: LongTextProps) {
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
        className='field__input field__input--long focusable'
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
