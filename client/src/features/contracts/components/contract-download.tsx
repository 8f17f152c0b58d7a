import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { downloadCertificate, downloadContract } from '@renshe/shared/contracts/contract'
import { focusById } from '../../../lib/a11y/focus'
import { call } from '../../../lib/api'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { contractMessages } from '../contract-messages'

/** Which file: the signed contract (default) or the certificate of its ending (art. 50), with its own words. */
export interface DownloadProps {
  readonly contractId: string
  readonly certificate?: { readonly button: string; readonly save: (name: string) => string; readonly failed: string }
}

type State = { readonly status: 'idle' | 'loading' | 'failed' } | { readonly status: 'ready'; readonly fileName: string; readonly dataUrl: string }

/**
 * The signed PDF, free (decision 073): fetched when asked for, then a real link that saves it.
 * Two steps, because a browser may refuse a download started after waiting for the network.
 */
export function ContractDownload({ contractId, certificate }: DownloadProps) {
  const t = useT(contractMessages)
  const [state, setState] = useState<State>({ status: 'idle' })
  const linkId = `${certificate ? 'certificate' : 'contract'}-file-${contractId}`

  useEffect(() => {
    if (state.status === 'ready') focusById(linkId)
  }, [state.status, linkId])

  const load = async () => {
    setState({ status: 'loading' })
    const result = await call(certificate ? downloadCertificate : downloadContract, { params: { id: contractId } })
    setState(result.ok ? { status: 'ready', fileName: result.value.fileName, dataUrl: result.value.dataUrl } : { status: 'failed' })
  }

  if (state.status === 'ready') {
    return (
      <a id={linkId} className='ui-button ui-button--primary ui-button--block focusable contract-download' href={state.dataUrl} download={state.fileName}>
        {certificate ? certificate.save(state.fileName) : t('download.save', { name: state.fileName })}
      </a>
    )
  }
  return (
    <View className='contract-stack'>
      <Button block busy={state.status === 'loading'} onPress={() => void load()}>
        {certificate ? certificate.button : t('download.button')}
      </Button>
      {state.status === 'failed' ? <Text className='field__error'>{certificate ? certificate.failed : t('download.failed')}</Text> : null}
    </View>
  )
}
