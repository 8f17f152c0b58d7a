import Taro from '@tarojs/taro'
import { Button } from '../../../ui/button'
import type { PickerProps } from './office-picked-file'

/** In WeChat a CSV can only come from a chat: the employer sends it to themselves, then picks it here. */
export function OfficeCsvPicker({ label, onPicked }: PickerProps) {
  const pick = () =>
    Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv'] })
      .then((result) => {
        const file = result.tempFiles[0]
        if (file) onPicked([{ name: file.name, size: file.size, mime: 'text/csv', filePath: file.path, release: () => undefined }])
      })
      .catch(() => undefined)
  return (
    <Button block onPress={() => void pick()}>
      {label}
    </Button>
  )
}
