import { Image, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { EvidenceFile } from '@renshe/shared/wages/schemas'
import { focusById } from '../../../lib/a11y/focus'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { disputeFilesMessages } from '../dispute-files-messages'
import { fileContent, type FileSource } from './dispute-file-content'

type State =
  | { readonly status: 'idle' | 'loading' | 'failed' }
  | { readonly status: 'image'; readonly dataUrl: string }
  | { readonly status: 'link'; readonly url: string }

// Browsers show these inline; HEIC and PDF open in a tab of their own.
const inlineImages: readonly string[] = ['image/jpeg', 'image/png', 'image/webp']

/** `data:application/pdf;base64,…` → a Blob the browser can show in a tab of its own. */
function blobOfDataUrl(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',')
  const mime = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'application/octet-stream'
  const binary = atob(dataUrl.slice(comma + 1))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type: mime })
}

/**
 * One file of a dispute, fetched when asked for (`disputes.getFile`, or `wages.getEvidence` for the
 * wage complaint's evidence an arbitration lists): a photo then shows in the
 * page, anything else becomes a real link that opens it in a new tab. Two steps, because a
 * browser blocks a tab opened after waiting for the network.
 */
export function DisputeFileOpener({ file, source = 'dispute' }: { readonly file: EvidenceFile; readonly source?: FileSource }) {
  const t = useT(disputeFilesMessages)
  const [state, setState] = useState<State>({ status: 'idle' })
  const linkId = `dispute-file-open-${file.id}`

  useEffect(() => {
    if (state.status !== 'link') return undefined
    focusById(linkId)
    const url = state.url
    return () => URL.revokeObjectURL(url)
  }, [state, linkId])

  const load = async () => {
    setState({ status: 'loading' })
    const content = await fileContent(file.id, source)
    if (!content) return setState({ status: 'failed' })
    if (inlineImages.includes(content.mime)) return setState({ status: 'image', dataUrl: content.dataUrl })
    return setState({ status: 'link', url: URL.createObjectURL(blobOfDataUrl(content.dataUrl)) })
  }

  if (state.status === 'image') {
    return <Image className='dispute-file__image' src={state.dataUrl} mode='aspectFit' imgProps={{ alt: t('alt', { name: file.name }) }} />
  }
  if (state.status === 'link') {
    return (
      <a id={linkId} className='ui-link focusable dispute-file__link' href={state.url} target='_blank' rel='noopener noreferrer'>
        {t('openLink', { name: file.name })}
      </a>
    )
  }
  return (
    <View className='dispute-files__row'>
      <Button variant='secondary' busy={state.status === 'loading'} onPress={() => void load()}>
        {t('open', { name: file.name })}
      </Button>
      {state.status === 'failed' ? <Text className='field__error'>{t('failed')}</Text> : null}
    </View>
  )
}
