import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { EvidenceFile } from '@renshe/shared/wages/schemas'
import { focusById } from '../../../lib/a11y/focus'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { evidenceContent } from '../office-api'
import { officeMessages } from '../office-messages'
import '../../../ui/field.css'

type State = { readonly status: 'idle' | 'loading' | 'failed' } | { readonly status: 'ready'; readonly url: string }

/** `data:application/pdf;base64,…` → a Blob the browser can show in a tab of its own. */
export function blobOfDataUrl(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',')
  const mime = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'application/octet-stream'
  const binary = atob(dataUrl.slice(comma + 1))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type: mime })
}

/**
 * A file the phone cannot show inline (a PDF): fetched on request, then a real link that opens
 * it in a new tab. Two steps because a browser blocks a tab opened after waiting for the network.
 */
export function OfficeFileOpener({ file }: { readonly file: EvidenceFile }) {
  const t = useT(officeMessages)
  const [state, setState] = useState<State>({ status: 'idle' })
  const linkId = `open-${file.id}`

  useEffect(() => {
    if (state.status !== 'ready') return undefined
    focusById(linkId)
    const url = state.url
    return () => URL.revokeObjectURL(url)
  }, [state, linkId])

  const load = async () => {
    setState({ status: 'loading' })
    const result = await evidenceContent(file.id)
    setState(result.ok ? { status: 'ready', url: URL.createObjectURL(blobOfDataUrl(result.value.dataUrl)) } : { status: 'failed' })
  }

  if (state.status === 'ready') {
    return (
      <a id={linkId} className='ui-link focusable office-file-link' href={state.url} target='_blank' rel='noopener noreferrer'>
        {t('evidence.openLink', { name: file.name })}
      </a>
    )
  }
  return (
    <View className='office-actions-row'>
      <Button variant='secondary' busy={state.status === 'loading'} onPress={() => void load()}>
        {t('evidence.load', { name: file.name })}
      </Button>
      {state.status === 'failed' ? <Text className='field__error'>{t('evidence.failed')}</Text> : null}
    </View>
  )
}
