import { Text, Textarea, View } from '@tarojs/components'
import { useT } from '../../../lib/i18n/translate'
import { uiMessages } from '../../../ui/messages'
import type { TextAreaProps } from './office-text-area'
import '../../../ui/field.css'

/** WeChat's own multi-line input, named for its screen reader by `aria-label`. */
export function OfficeTextArea({ id, label, hint, error, value, onChange, maxLength }: TextAreaProps) {
  const t = useT(uiMessages)
  const description = [hint, error ? `${t('field.errorPrefix')}${error}` : ''].filter(Boolean).join(' ')
  return (
    <View className={error ? 'field field--error' : 'field'}>
      <Text className='field__label'>{label}</Text>
      {hint ? <Text className='field__hint'>{hint}</Text> : null}
      {error ? <Text className='field__error'>{error}</Text> : null}
      <Textarea
        id={id}
        className='office-text-area'
        value={value}
        maxlength={maxLength}
        autoHeight
        aria-label={description ? `${label} ${description}` : label}
        onInput={(event) => onChange(event.detail.value)}
      />
    </View>
  )
}
