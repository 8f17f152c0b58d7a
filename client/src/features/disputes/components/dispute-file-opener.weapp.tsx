import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { EvidenceFile } from '@renshe/shared/wages/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { disputeFilesMessages } from '../dispute-files-messages'
import { fileContent, type FileSource } from './dispute-file-content'

type State = { readonly status: 'idle' | 'loading' | 'failed' } | { readonly status: 'image'; readonly dataUrl: string }

const inlineImages: readonly string[] = ['image/jpeg', 'image/png', 'image/webp']
const extensionOf: Readonly<Record<string, string>> = { 'application/pdf': 'pdf', 'image/heic': 'heic', 'image/heif': 'heif' }

/**
 * One file of a dispute in WeChat, fetched when asked for: a photo shows in the page; a PDF is
 * written to the mini-program's own folder and shown by WeChat's document viewer, a HEIC photo by
 * its image viewer.
 */
export function DisputeFileOpener({ file, source = 'dispute' }: { readonly file: EvidenceFile; readonly source?: FileSource }) {
  const t = useT(disputeFilesMessages)
  const [state, setState] = useState<State>({ status: 'idle' })

  const open = async () => {
    setState({ status: 'loading' })
    const content = await fileContent(file.id, source)
    if (!content) return setState({ status: 'failed' })
    const { dataUrl, mime } = content
    if (inlineImages.includes(mime)) return setState({ status: 'image', dataUrl })
    const filePath = `${Taro.env.USER_DATA_PATH}/dispute-${file.id}.${extensionOf[mime] ?? 'bin'}`
    try {
      await new Promise<void>((resolve, reject) => {
        Taro.getFileSystemManager().writeFile({ filePath, data: dataUrl.slice(dataUrl.indexOf(',') + 1), encoding: 'base64', success: () => resolve(), fail: reject })
      })
      if (mime === 'application/pdf') await Taro.openDocument({ filePath, fileType: 'pdf', showMenu: true })
      else await Taro.previewImage({ urls: [filePath] })
      return setState({ status: 'idle' })
    } catch {
      return setState({ status: 'failed' })
    }
  }

  if (state.status === 'image') {
    return <Image className='dispute-file__image' src={state.dataUrl} mode='aspectFit' {...roleProps('img')} aria-label={t('alt', { name: file.name })} imgProps={{ alt: t('alt', { name: file.name }) }} />
  }
  return (
    <View className='dispute-files__row'>
      <Button variant='secondary' busy={state.status === 'loading'} onPress={() => void open()}>
        {t('open', { name: file.name })}
      </Button>
      {state.status === 'failed' ? <Text className='field__error'>{t('failed')}</Text> : null}
    </View>
  )
}
