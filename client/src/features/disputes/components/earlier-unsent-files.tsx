import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { listMyUnsentFiles } from '@renshe/shared/disputes/contract'
import type { DisputeFile } from '@renshe/shared/disputes/files'
import { roleProps } from '../../../lib/a11y/pressable'
import { call } from '../../../lib/api'
import { formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { disputeFilesMessages } from '../dispute-files-messages'
import { fileSize } from './file-size'
import { UnsentFileRemoval } from './unsent-file-removal'

type Listing = { readonly status: 'closed' | 'loading' | 'failed' } | { readonly status: 'open'; readonly items: readonly DisputeFile[] }

interface EarlierUnsentFilesProps {
  readonly id: string
  /** The ids the form already carries: not offered again. */
  readonly inForm: readonly string[]
  /** How many more files the form may carry. */
  readonly room: number
  readonly actingFor?: string | null | undefined
  readonly onUse: (file: DisputeFile) => void
}

/**
 * The files the person uploaded on an earlier visit and never sent (`disputes.listMyUnsentFiles`):
 * they keep places of the nine a pool holds, so each can be sent with this form or deleted. Asked
 * for with a button, not on every form's opening.
 */
export function EarlierUnsentFiles({ id, inForm, room, actingFor, onUse }: EarlierUnsentFilesProps) {
  const t = useT(disputeFilesMessages)
  const locale = useLocale()
  const [listing, setListing] = useState<Listing>({ status: 'closed' })

  const load = async () => {
    setListing({ status: 'loading' })
    const result = await call(listMyUnsentFiles, {}, actingFor !== undefined ? { actingFor } : {})
    setListing(result.ok ? { status: 'open', items: result.value.items } : { status: 'failed' })
  }
  const drop = (fileId: string) => setListing((current) => (current.status === 'open' ? { status: 'open', items: current.items.filter((file) => file.id !== fileId) } : current))

  if (listing.status !== 'open') {
    return (
      <View className='dispute-files__row'>
        <Button variant='secondary' busy={listing.status === 'loading'} onPress={() => void load()}>
          {t('earlier.show')}
        </Button>
        {listing.status === 'failed' ? <Text className='field__error'>{t('earlier.failed')}</Text> : null}
      </View>
    )
  }
  const offered = listing.items.filter((file) => !inForm.includes(file.id))
  return (
    <View className='dispute-files__earlier'>
      <Text className='field__label'>{t('earlier.title')}</Text>
      {offered.length === 0 ? (
        <Text className='muted'>{t('earlier.none')}</Text>
      ) : (
        <View>
          <Text className='field__hint'>{t('earlier.hint')}</Text>
          <View {...roleProps('list')} className='dispute-files'>
            {offered.map((file) => (
              <View key={file.id} {...roleProps('listitem')} className='dispute-file'>
                <Text className='dispute-file__name'>{file.name}</Text>
                <Text className='muted small'>{t('meta', { size: fileSize(file.size), date: formatDateTime(file.uploadedAt, locale) })}</Text>
                <View className='dispute-files__row'>
                  <Button variant='secondary' disabled={room <= 0} onPress={() => onUse(file)}>
                    {t('earlier.use', { name: file.name })}
                  </Button>
                  <UnsentFileRemoval id={`${id}-${file.id}`} name={file.name} fileId={file.id} disabled={false} actingFor={actingFor} onRemoved={() => drop(file.id)} />
                </View>
              </View>
            ))}
          </View>
        </View>
      )}
    </View>
  )
}
