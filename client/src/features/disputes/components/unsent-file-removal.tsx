import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { deleteDisputeFile } from '@renshe/shared/disputes/contract'
import { focusById } from '../../../lib/a11y/focus'
import { call } from '../../../lib/api'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { disputeFilesMessages } from '../dispute-files-messages'

interface UnsentFileRemovalProps {
  /** Unique in the page: the ids of the question's buttons grow from it. */
  readonly id: string
  readonly name: string
  /** The server's id of a file uploaded and not yet sent; null when nothing reached the server. */
  readonly fileId: string | null
  readonly disabled: boolean
  readonly actingFor?: string | null | undefined
  /** The file is off the form (and, when it was uploaded, deleted from the person's files). */
  readonly onRemoved: () => void
}

type Asking = 'no' | 'yes' | 'deleting' | 'failed' | 'sent'

/**
 * Removing a file from a form. One that reached the server is deleted there too
 * (`disputes.deleteFile`), so it no longer takes one of the places unsent files have: asked
 * first, in the page, with "keep" as easy to press as "delete" and the keyboard on "keep".
 * One that never uploaded is only taken off the form.
 */
export function UnsentFileRemoval({ id, name, fileId, disabled, actingFor, onRemoved }: UnsentFileRemovalProps) {
  const t = useT(disputeFilesMessages)
  const [asking, setAsking] = useState<Asking>('no')
  const keepId = `${id}-keep`

  useEffect(() => {
    if (asking === 'yes') focusById(keepId)
  }, [asking, keepId])

  const remove = async () => {
    if (fileId === null) return onRemoved()
    setAsking('deleting')
    const result = await call(deleteDisputeFile, { params: { id: fileId } }, actingFor !== undefined ? { actingFor } : {})
    // Already gone (deleted in another tab): off the form too.
    if (result.ok || (!result.network && result.problem.status === 404)) return onRemoved()
    setAsking(!result.network && result.problem.status === 409 ? 'sent' : 'failed')
  }

  if (asking === 'no' || fileId === null) {
    return (
      <Button variant='danger' disabled={disabled} onPress={() => (fileId === null ? onRemoved() : setAsking('yes'))}>
        {t('remove', { name })}
      </Button>
    )
  }
  if (asking === 'sent') return <Text className='field__error'>{t('deleteSent', { name })}</Text>
  return (
    <View className='dispute-file__confirm'>
      <Banner tone='warning'>
        <Text>{t('deleteQuestion', { name })}</Text>
      </Banner>
      {asking === 'failed' ? <Text className='field__error'>{t('deleteFailed')}</Text> : null}
      <View className='stack'>
        <Button id={keepId} variant='secondary' block disabled={asking === 'deleting'} onPress={() => setAsking('no')}>
          {t('deleteNo', { name })}
        </Button>
        <Button variant='danger' block busy={asking === 'deleting'} onPress={() => void remove()}>
          {t('deleteYes', { name })}
        </Button>
      </View>
    </View>
  )
}
