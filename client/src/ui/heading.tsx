import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { roleProps } from '../lib/a11y/pressable'

interface HeadingProps {
  readonly level: 1 | 2 | 3 | 4
  readonly children: ReactNode
  readonly className?: string
  readonly id?: string
}

/** Taro has no heading elements; a heading role with a level gives the same outline. */
export function Heading({ level, children, className, id }: HeadingProps) {
  return (
    <View
      {...roleProps('heading')}
      aria-level={level}
      className={className ?? `heading heading--${level}`}
      {...(id ? { id } : {})}
    >
      {children}
    </View>
  )
}
