import { Text, Textarea, View } from '@tarojs/components'
import { useT } from '../lib/i18n/translate'
import { uiMessages } from './messages'
import type { LongTextProps } from './long-text-props'
import './field.css'

/** WeChat: its native textarea, labelled for its screen reader. */
export function LongText({ id, label, hint, error, value, onChange, maxLength }: LongTextProps) {
  const t = useT(uiMessages)
  return (
    <View className={error ? 'field field--error' : 'field'}>
      <Text className='field__label'>{label}</Text>
      {hint ? <Text className='field__hint'>{hint}</Text> : null}
      {error ? (
        <Text className='field__error'>
          <Text className='visually-hidden'>{t('field.errorPrefix')}</Text>
          {error}
        </Text>
      ) : null}
      <Textarea
        id={id}
        className='field__input field__input--long'
        value={value}
        maxlength={maxLength}
        aria-label={[label, hint, error].filter(Boolean).join('，')}
        onInput={(event) => onChange(event.detail.value)}
      />
    </View>
  )
}
