import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'

export interface Point {
  readonly lat: number
  readonly lng: number
}

export type Locating = { readonly state: 'idle' } | { readonly state: 'busy' } | { readonly state: 'refused' } | { readonly state: 'found'; readonly point: Point }

/**
 * The phone's location, asked for only when she taps for it: Taro.getLocation on both ends in
 * WGS 84, as the outlets are kept (weapp asks with the reason in app.config's `permission`).
 * Refused or unavailable is an answer like any other, never a dead end: the caller goes on
 * without it. The point stays in the page's state; it is sent to sort and never stored.
 */
export function useMyLocation() {
  const [locating, setLocating] = useState<Locating>({ state: 'idle' })
  const locate = useCallback(() => {
    setLocating({ state: 'busy' })
    Taro.getLocation({ type: 'wgs84' })
      .then((where) => setLocating({ state: 'found', point: { lat: where.latitude, lng: where.longitude } }))
      .catch(() => setLocating({ state: 'refused' }))
  }, [])
  return [locating, locate] as const
}
