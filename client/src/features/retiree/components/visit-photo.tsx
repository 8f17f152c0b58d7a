import { Image, Text, View } from '@tarojs/components'
import { roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { retireeMessages } from '../messages'
import type { PhotoState } from '../use-visit-photo'
import { VisitPhotoPicker } from './visit-photo-picker'
import type { ChosenPhoto } from './visit-photo-picker-props'

interface VisitPhotoProps {
  readonly id: string
  readonly state: PhotoState
  readonly error?: string
  readonly onChosen: (photo: ChosenPhoto) => void
  readonly onRetry: () => void
}

/** The photo field: one tap opens the camera; the upload runs at once and says how far it is. */
export function VisitPhoto({ id, state, error, onChosen, onRetry }: VisitPhotoProps) {
  const t = useT(retireeMessages)
  const photo = state.status === 'uploading' || state.status === 'uploaded' || state.status === 'failed' ? state.photo : null
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <View className={error ? 'field field--error' : 'field'}>
      <Text id={`${id}-label`} className='field__label'>
        {t('visit.photo')}
      </Text>
      <Text id={`${id}-hint`} className='field__hint'>
        {t('visit.photoHint')}
      </Text>
      {error ? (
        <Text id={`${id}-error`} className='field__error'>
          {error}
        </Text>
      ) : null}
      {photo ? <Image className='retiree-photo' src={photo.filePath} mode='aspectFit' imgProps={{ alt: t('visit.photoAlt') }} /> : null}
      <View {...roleProps('status')}>
        {state.status === 'uploading' ? <Text>{t('visit.photoUploading', { percent: state.percent })}</Text> : null}
        {state.status === 'uploaded' ? <Text className='retiree-done'>{t('visit.photoUploaded')}</Text> : null}
        {state.status === 'failed' ? <Text className='field__error'>{t('visit.photoFailed')}</Text> : null}
        {state.status === 'tooLarge' ? <Text className='field__error'>{t('visit.photoTooLarge')}</Text> : null}
      </View>
      {state.status === 'failed' ? (
        <Button block onPress={onRetry}>
          {t('visit.photoRetry')}
        </Button>
      ) : null}
      <VisitPhotoPicker id={id} label={photo ? t('visit.retakePhoto') : t('visit.takePhoto')} describedBy={describedBy} onChosen={onChosen} />
    </View>
  )
}
