import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { EvidenceFile } from '@renshe/shared/wages/schemas'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { evidenceContent } from '../office-api'
import { officeMessages } from '../office-messages'
import '../../../ui/field.css'

/** A PDF in WeChat: written to the mini-program's own folder, then shown by WeChat's document viewer. */
export function OfficeFileOpener({ file }: { readonly file: EvidenceFile }) {
  const t = useT(officeMessages)
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle')

  const open = async () => {
    setState('loading')
    const result = await evidenceContent(file.id)
    if (!result.ok) return setState('failed')
    const filePath = `${Taro.env.USER_DATA_PATH}/evidence-${file.id}.pdf`
    try {
      const base64 = result.value.dataUrl.slice(result.value.dataUrl.indexOf(',') + 1)
      await new Promise<void>((resolve, reject) => {
        Taro.getFileSystemManager().writeFile({ filePath, data: base64, encoding: 'base64', success: () => resolve(), fail: reject })
      })
      await Taro.openDocument({ filePath, fileType: 'pdf', showMenu: true })
      return setState('idle')
    } catch {
      return setState('failed')
    }
  }

  return (
    <View className='office-actions-row'>
      <Button variant='secondary' busy={state === 'loading'} onPress={() => void open()}>
        {t('evidence.open', { name: file.name })}
      </Button>
      {state === 'failed' ? <Text className='field__error'>{t('evidence.failed')}</Text> : null}
    </View>
  )
}
