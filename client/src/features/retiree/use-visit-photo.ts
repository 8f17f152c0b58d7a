import { useCallback, useRef, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { maxVisitPhotoBytes } from '@renshe/shared/retiree/schemas'
import { newIdempotencyKey } from '../../lib/http/idempotency-key'
import { sendVisitPhoto } from './api'
import type { ChosenPhoto } from './components/visit-photo-picker-props'

export type PhotoState =
  | { readonly status: 'none' }
  | { readonly status: 'tooLarge' }
  | { readonly status: 'uploading'; readonly photo: ChosenPhoto; readonly percent: number }
  | { readonly status: 'uploaded'; readonly photo: ChosenPhoto; readonly photoId: string }
  | { readonly status: 'failed'; readonly photo: ChosenPhoto; readonly problem: Problem | null }

type Upload = ChosenPhoto & { readonly uploadKey: string }

/**
 * The visit photo, uploaded as soon as it is taken so that "Certify" needs no wait. A retry
 * sends the same photo with the same Idempotency-Key; a new photo replaces the old one.
 */
export function useVisitPhoto(taskId: string) {
  const [state, setState] = useState<PhotoState>({ status: 'none' })
  const current = useRef<Upload | null>(null)

  const send = useCallback(
    async (photo: Upload) => {
      current.current = photo
      setState({ status: 'uploading', photo, percent: 0 })
      const result = await sendVisitPhoto(taskId, photo, (percent) => {
        if (current.current === photo) setState({ status: 'uploading', photo, percent })
      })
      if (current.current !== photo) return
      if (result.ok) setState({ status: 'uploaded', photo, photoId: result.value.id })
      else setState({ status: 'failed', photo, problem: result.network ? null : result.problem })
    },
    [taskId],
  )

  const choose = useCallback(
    (photo: ChosenPhoto) => {
      if (photo.size > maxVisitPhotoBytes) {
        current.current = null
        return setState({ status: 'tooLarge' })
      }
      void send({ ...photo, uploadKey: newIdempotencyKey() })
      return undefined
    },
    [send],
  )

  const retry = useCallback(() => {
    if (current.current) void send(current.current)
  }, [send])

  return { state, choose, retry }
}
