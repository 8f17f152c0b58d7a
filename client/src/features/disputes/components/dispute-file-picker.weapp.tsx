import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { disputeFilesMessages } from '../dispute-files-messages'
import type { PickedFile, PickerProps } from './dispute-picked-file'

const nameOf = (path: string) => path.split('/').pop() ?? path

/** In WeChat: photos from the camera or album, or PDFs sent in a chat (the only files a mini-program can reach). */
export function DisputeFilePicker({ remaining, onPicked }: PickerProps) {
  const t = useT(disputeFilesMessages)
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
    <View className='dispute-files__row'>
      <Button variant='secondary' disabled={remaining <= 0} onPress={() => void photos()}>
        {t('choosePhotos')}
      </Button>
      <Button variant='secondary' disabled={remaining <= 0} onPress={() => void pdfs()}>
        {t('choosePdf')}
      </Button>
    </View>
  )
}
