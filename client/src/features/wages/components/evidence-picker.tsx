import { View } from '@tarojs/components'
import type { ChangeEvent } from 'react'
import { useT } from '../../../lib/i18n/translate'
import { wagesMessages } from '../messages'
import { typeFromName, type EvidencePickerProps } from './evidence-picker-props'

/**
 * The browser: one real file input for photos and PDFs, with its label drawn as a big button.
 * Taro's chooseImage makes a hidden input of its own that never answers when the person cancels,
 * and has no way to pick a PDF.
 */
export function EvidencePicker({ left, onChosen }: EvidencePickerProps) {
  const t = useT(wagesMessages)
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? [])
    event.target.value = ''
    if (files.length === 0) return
    onChosen(files.map((file) => ({ name: file.name, size: file.size, mime: file.type || typeFromName(file.name), source: file })))
  }
  return (
    <View className='evidence-picker'>
      <input
        id='wages-evidence-input'
        className='evidence-picker__input'
        type='file'
        accept='image/*,application/pdf'
        multiple
        disabled={left <= 0}
        onChange={choose}
      />
      <label htmlFor='wages-evidence-input' className={left <= 0 ? 'ui-button ui-button--secondary ui-button--block ui-button--inert' : 'ui-button ui-button--secondary ui-button--block'}>
        {t('evidence.add')}
      </label>
    </View>
  )
}
