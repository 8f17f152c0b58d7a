import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { roleProps } from '../lib/a11y/pressable'
import { Heading } from './heading'
import './banner.css'

interface BannerProps {
  readonly tone: 'info' | 'success' | 'warning' | 'error'
  readonly title?: string
  readonly children?: ReactNode
  /** Announce at once (errors the person must act on); otherwise read politely. */
  readonly urgent?: boolean
}

/** A message in the page's flow: the portal never uses pop-ups, toasts or modals. */
export function Banner({ tone, title, children, urgent = tone === 'error' }: BannerProps) {
  return (
    <View {...roleProps(urgent ? 'alert' : 'status')} className={`banner banner--${tone}`}>
      {title ? (
        <Heading level={2} className='banner__title'>
          {title}
        </Heading>
      ) : null}
      {children ? <View className='banner__body'>{children}</View> : null}
    </View>
  )
}
