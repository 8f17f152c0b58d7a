import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { officeMessages } from '../office-messages'
import type { PickedFile, PickerProps } from './office-picked-file'

const nameOf = (path: string) => path.split('/').pop() ?? path

/** In WeChat: photos from the camera or album, or PDFs sent in a chat (the only files a mini-program can reach). */
export function OfficeProofPicker({ remaining, onPicked }: PickerProps) {
  const t = useT(officeMessages)
  const photos = () =>
    Taro.chooseMedia({ count: remaining, mediaType: ['image'], sizeType: ['compressed'] })
      .then((result) =>
        onPicked(
          result.tempFiles.map((file): PickedFile => ({ name: nameOf(file.tempFilePath), size: file.size, mime: 'image/jpeg', filePath: file.tempFilePath, release: () => undefined })),
        ),
      )
      .catch(() => undefined)
  const pdfs = () =>
    Taro.chooseMessageFile({ count: remaining, type: 'file', extension: ['pdf'] })
      .then((result) =>
        onPicked(result.tempFiles.map((file): PickedFile => ({ name: file.name, size: file.size, mime: 'application/pdf', filePath: file.path, release: () => undefined }))),
      )
      .catch(() => undefined)
  return (
    <View className='office-actions-row'>
      <Button variant='secondary' disabled={remaining <= 0} onPress={() => void photos()}>
        {t('files.choosePhotos')}
      </Button>
      <Button variant='secondary' disabled={remaining <= 0} onPress={() => void pdfs()}>
        {t('files.choosePdf')}
      </Button>
    </View>
  )
}
