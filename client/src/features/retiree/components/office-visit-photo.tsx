import { Image, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { visitPhoto } from '../office-api'
import { officeMessages } from '../office-messages'
import '../../../ui/field.css'

type Photo = { readonly status: 'loading' | 'failed' } | { readonly status: 'ready'; readonly dataUrl: string }

/** The photo taken at the door, fetched on its own so the list shows before the photos arrive. */
export function OfficeVisitPhoto({ taskId, name }: { readonly taskId: string; readonly name: string }) {
  const t = useT(officeMessages)
  const [photo, setPhoto] = useState<Photo>({ status: 'loading' })
  const [round, setRound] = useState(0)

  useEffect(() => {
    let live = true
    setPhoto({ status: 'loading' })
    void visitPhoto(taskId).then((result) => {
      if (live) setPhoto(result.ok ? { status: 'ready', dataUrl: result.value.dataUrl } : { status: 'failed' })
    })
    return () => {
      live = false
    }
  }, [taskId, round])

  return (
    <View className='retiree-office-block'>
      <Text className='retiree-office-subtitle'>{t('reviews.photo')}</Text>
      {photo.status === 'ready' ? (
        <Image className='retiree-office-photo' src={photo.dataUrl} mode='aspectFit' imgProps={{ alt: t('reviews.photoAlt', { name }) }} />
      ) : photo.status === 'loading' ? (
        <Text className='muted'>{t('reviews.photoLoading')}</Text>
      ) : (
        <View>
          <Text className='field__error retiree-office-block'>{t('reviews.photoFailed')}</Text>
          <Button variant='secondary' onPress={() => setRound((n) => n + 1)}>
            {t('reviews.photoRetry')}
          </Button>
        </View>
      )}
    </View>
  )
}
