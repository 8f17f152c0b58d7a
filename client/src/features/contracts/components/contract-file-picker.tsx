import { Text, View } from '@tarojs/components'
import { useT } from '../../../lib/i18n/translate'
import { uiMessages } from '../../../ui/messages'
import type { PickedFile, PickerProps } from './picked-file'

function pickedFromBrowser(file: File): PickedFile {
  const filePath = URL.createObjectURL(file)
  return { name: file.name, size: file.size, mime: file.type, filePath, release: () => URL.revokeObjectURL(filePath) }
}

/**
 * A PDF from the phone or computer: a real file input, visually replaced by its label styled as
 * a button. The label names the input for screen readers; the input keeps the keyboard focus.
 */
export function ContractFilePicker({ id, label, hint, error, disabled, onPicked }: PickerProps) {
  const ui = useT(uiMessages)
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <View className={error ? 'field field--error' : 'field'}>
      <Text id={`${id}-hint`} className='field__hint'>
        {hint}
      </Text>
      {error ? (
        <Text id={`${id}-error`} className='field__error'>
          <Text className='visually-hidden'>{ui('field.errorPrefix')}</Text>
          {error}
        </Text>
      ) : null}
      <View className='contract-file-pick'>
        <input
          id={id}
          type='file'
          accept='application/pdf,.pdf'
          className='contract-file-pick__input'
          disabled={disabled}
          aria-describedby={describedBy}
          aria-invalid={error ? 'true' : undefined}
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) onPicked(pickedFromBrowser(file))
          }}
        />
        <label htmlFor={id} className='ui-button ui-button--secondary contract-file-pick__label'>
          {label}
        </label>
      </View>
    </View>
  )
}
