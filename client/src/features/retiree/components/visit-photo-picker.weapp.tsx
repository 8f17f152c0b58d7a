import Taro from '@tarojs/taro'
import { Button } from '../../../ui/button'
import { baseName, type VisitPhotoPickerProps } from './visit-photo-picker-props'

function cancelled(failure: unknown): boolean {
  const message = typeof failure === 'object' && failure !== null && 'errMsg' in failure ? String(failure.errMsg) : ''
  return /cancel/i.test(message)
}

/** WeChat: straight to the back camera, compressed for a weak network at the door. */
export function VisitPhotoPicker({ id, label, onChosen }: VisitPhotoPickerProps) {
  const takeWithChooseImage = () =>
    Taro.chooseImage({ count: 1, sourceType: ['camera'], sizeType: ['compressed'] })
      .then((result) => {
        const file = result.tempFiles[0]
        if (file) onChosen({ filePath: file.path, name: baseName(file.path), size: file.size })
      })
      .catch(() => undefined)

  const take = () => {
    Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['camera'], sizeType: ['compressed'], camera: 'back' })
      .then((result) => {
        const file = result.tempFiles[0]
        if (file) onChosen({ filePath: file.tempFilePath, name: baseName(file.tempFilePath), size: file.size })
      })
      // Older WeChat versions lack chooseMedia; a cancelled camera is not a failure.
      .catch((failure: unknown) => (cancelled(failure) ? undefined : takeWithChooseImage()))
  }

  return (
    <Button id={id} variant='secondary' block onPress={take}>
      {label}
    </Button>
  )
}
