import { View } from '@tarojs/components'
import type { ChangeEvent } from 'react'
import type { ChosenPhoto, VisitPhotoPickerProps } from './visit-photo-picker-props'

// Phone cameras take 4–10 MB photos; the officer needs a face, not a poster. Larger photos
// are redrawn at this size before upload, which also keeps them under the 5 MB limit.
const keepAsIsBytes = 1_500_000
const longestSide = 1600

async function shrink(file: File): Promise<Blob> {
  if (file.size <= keepAsIsBytes || typeof createImageBitmap !== 'function') return file
  try {
    const bitmap = await createImageBitmap(file)
    const scale = Math.min(1, longestSide / Math.max(bitmap.width, bitmap.height))
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(bitmap.width * scale)
    canvas.height = Math.round(bitmap.height * scale)
    const context = canvas.getContext('2d')
    if (!context) return file
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85))
    return blob && blob.size < file.size ? blob : file
  } catch {
    return file
  }
}

/**
 * The browser: a real file input that asks for the back camera, lying invisibly over its label
 * drawn as a big button, so the whole button is the tap target.
 */
export function VisitPhotoPicker({ id, label, describedBy, onChosen }: VisitPhotoPickerProps) {
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    const photo = await shrink(file)
    const name = photo === file ? file.name : `${file.name.replace(/\.[^.]*$/, '') || 'photo'}.jpg`
    const chosen: ChosenPhoto = { filePath: URL.createObjectURL(photo), name, size: photo.size }
    onChosen(chosen)
  }
  return (
    <View className='retiree-photo-picker'>
      <input
        id={id}
        className='retiree-photo-picker__input'
        type='file'
        accept='image/*'
        capture='environment'
        aria-describedby={describedBy}
        onChange={(event) => void choose(event)}
      />
      <label htmlFor={id} className='ui-button ui-button--secondary ui-button--block'>
        {label}
      </label>
    </View>
  )
}
