import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { downloadCertificate, downloadContract } from '@renshe/shared/contracts/contract'
import { call } from '../../../lib/api'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { contractMessages } from '../contract-messages'
import type { DownloadProps } from './contract-download'

/**
 * The signed PDF in WeChat (decision 073): written to the mini-program's own folder and shown by
 * WeChat's document viewer, whose menu saves or forwards it.
 */
export function ContractDownload({ contractId, certificate }: DownloadProps) {
  const t = useT(contractMessages)
  const [status, setStatus] = useState<'idle' | 'loading' | 'failed'>('idle')

  const open = async () => {
    setStatus('loading')
    const result = await call(certificate ? downloadCertificate : downloadContract, { params: { id: contractId } })
    if (!result.ok) return setStatus('failed')
    const { dataUrl, fileName } = result.value
    const safeName = fileName.replace(/[\\/:*?"<>|\s]/g, '_')
    const filePath = `${Taro.env.USER_DATA_PATH}/${safeName.endsWith('.pdf') ? safeName : `${safeName}.pdf`}`
    try {
      await new Promise<void>((resolve, reject) => {
        Taro.getFileSystemManager().writeFile({ filePath, data: dataUrl.slice(dataUrl.indexOf(',') + 1), encoding: 'base64', success: () => resolve(), fail: reject })
      })
      await Taro.openDocument({ filePath, fileType: 'pdf', showMenu: true })
      return setStatus('idle')
    } catch {
      return setStatus('failed')
    }
  }

  return (
    <View className='contract-stack'>
      <Button block busy={status === 'loading'} onPress={() => void open()}>
        {certificate ? certificate.button : t('download.button')}
      </Button>
      {status === 'failed' ? <Text className='field__error'>{certificate ? certificate.failed : t('download.failed')}</Text> : null}
    </View>
  )
}
