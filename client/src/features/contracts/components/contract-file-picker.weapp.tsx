import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '../../../ui/button'
import type { PickerProps } from './picked-file'

/** In WeChat: a PDF sent in a chat, the only files a mini-program can reach. */
export function ContractFilePicker({ id, label, hint, error, disabled, onPicked }: PickerProps) {
  const choose = () =>
    Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] })
      .then((result) => {
        const file = result.tempFiles[0]
        if (file) onPicked({ name: file.name, size: file.size, mime: 'application/pdf', filePath: file.path, release: () => undefined })
      })
      .catch(() => undefined)
  return (
    <View className={error ? 'field field--error' : 'field'}>
      <Text className='field__hint'>{hint}</Text>
      {error ? <Text className='field__error'>{error}</Text> : null}
      <Button id={id} variant='secondary' block disabled={disabled} onPress={() => void choose()}>
        {label}
      </Button>
    </View>
  )
}
