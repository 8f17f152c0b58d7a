import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import { pressable } from '../lib/a11y/pressable'
import './link.css'

/** Opens an in-app page; `redirect` replaces the current page instead of stacking a new one. */
export function openPage(url: string, redirect = false): void {
  const navigate = redirect ? Taro.redirectTo({ url }) : Taro.navigateTo({ url })
  navigate.catch(() => Taro.reLaunch({ url }).catch(() => undefined))
}

interface LinkProps {
  readonly to: string
  readonly children: ReactNode
}

export function Link({ to, children }: LinkProps) {
  const open = () => openPage(to)
  return (
    <Text {...pressable(open, 'link')} className='ui-link focusable' onClick={open}>
      {children}
    </Text>
  )
}

interface ListLinkProps {
  readonly to?: string
  readonly onPress?: () => void
  readonly title: string
  readonly detail?: string
  readonly badge?: string
}

/** A full-width row that leads somewhere, with its title as the accessible name. */
export function ListLink({ to, onPress, title, detail, badge }: ListLinkProps) {
  const open = () => {
    if (onPress) onPress()
    else if (to) openPage(to)
  }
  return (
    <View {...pressable(open, 'link')} className='list-link focusable' onClick={open}>
      <View className='list-link__text'>
        <Text className='list-link__title'>{title}</Text>
        {detail ? <Text className='list-link__detail'>{detail}</Text> : null}
      </View>
      {badge ? <Text className='list-link__badge'>{badge}</Text> : null}
      <View className='list-link__chevron' aria-hidden='true' />
    </View>
  )
}
