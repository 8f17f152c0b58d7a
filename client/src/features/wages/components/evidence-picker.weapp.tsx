import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { wagesMessages } from '../messages'
import { baseName, typeFromName, type EvidencePickerProps } from './evidence-picker-props'

/** WeChat: photos from the camera or album (compressed, for weak networks), files from a chat. */
export function EvidencePicker({ left, onChosen }: EvidencePickerProps) {
  const t = useT(wagesMessages)

  const choosePhotos = () => {
    Taro.chooseMedia({ count: left, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] })
      .then((result) =>
        onChosen(
          result.tempFiles.map((file) => {
            const name = baseName(file.tempFilePath)
            return { name, size: file.size, mime: typeFromName(name) || 'image/jpeg', source: file.tempFilePath }
          }),
        ),
      )
      .catch(() => undefined)
  }

  const chooseFiles = () => {
    Taro.chooseMessageFile({ count: left, type: 'file', extension: ['pdf', 'jpg', 'jpeg', 'png', 'webp', 'heic'] })
      .then((result) =>
        onChosen(result.tempFiles.map((file) => ({ name: file.name, size: file.size, mime: typeFromName(file.name), source: file.path }))),
      )
      .catch(() => undefined)
  }

  return (
    <View className='stack'>
      <Button variant='secondary' block disabled={left <= 0} onPress={choosePhotos}>
        {t('evidence.addPhoto')}
      </Button>
      <Button variant='secondary' block disabled={left <= 0} onPress={chooseFiles}>
        {t('evidence.addPdf')}
      </Button>
    </View>
  )
}
