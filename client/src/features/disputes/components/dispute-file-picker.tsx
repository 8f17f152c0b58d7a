import { View } from '@tarojs/components'
import type { PickedFile, PickerProps } from './dispute-picked-file'

function pickedFromBrowser(file: File): PickedFile {
  const filePath = URL.createObjectURL(file)
  return { name: file.name, size: file.size, mime: file.type, filePath, release: () => URL.revokeObjectURL(filePath) }
}

/**
 * Photos or PDFs from the phone. A real file input, visually replaced by its label styled as a
 * button: the label names the input for screen readers, and the input keeps the keyboard focus.
 */
export function DisputeFilePicker({ id, label, remaining, onPicked }: PickerProps) {
  return (
    <View className='dispute-file-pick'>
      <input
        id={id}
        type='file'
        multiple
        accept='image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf,.heic,.heif,.pdf'
        className='dispute-file-pick__input'
        disabled={remaining <= 0}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? [])
          event.target.value = ''
          if (files.length > 0) onPicked(files.map(pickedFromBrowser))
        }}
      />
      <label htmlFor={id} className='ui-button ui-button--secondary dispute-file-pick__label'>
        {label}
      </label>
    </View>
  )
}
