import { View } from '@tarojs/components'
import type { PickerProps } from './office-picked-file'
import { pickedFromBrowser } from './office-proof-picker'

/** One CSV file from the phone or computer, through a real file input under a button-like label. */
export function OfficeCsvPicker({ id, label, onPicked }: PickerProps) {
  return (
    <View className='office-file-pick'>
      <input
        id={id}
        type='file'
        accept='.csv,text/csv'
        className='office-file-pick__input'
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) onPicked([pickedFromBrowser(file)])
        }}
      />
      <label htmlFor={id} className='ui-button ui-button--primary office-file-pick__label'>
        {label}
      </label>
    </View>
  )
}
