import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { pressable } from '../lib/a11y/pressable'
import './button.css'

interface ButtonProps {
  readonly children: ReactNode
  readonly onPress: () => void
  readonly variant?: 'primary' | 'secondary' | 'inverse' | 'danger'
  readonly disabled?: boolean
  readonly busy?: boolean
  readonly id?: string
  readonly block?: boolean
}

/**
 * A `View` with button semantics rather than Taro's `Button`: Taro's renders a `div` in the
 * browser anyway, and its native styles differ on each end; one element styles the same on both.
 */
export function Button({ children, onPress, variant = 'primary', disabled = false, busy = false, id, block = false }: ButtonProps) {
  const inert = disabled || busy
  const press = () => {
    if (!inert) onPress()
  }
  const classes = ['ui-button', `ui-button--${variant}`, 'focusable']
  if (block) classes.push('ui-button--block')
  if (inert) classes.push('ui-button--inert')
  return (
    <View
      {...pressable(press)}
      {...(id ? { id } : {})}
      aria-disabled={inert ? 'true' : undefined}
      aria-busy={busy ? 'true' : undefined}
      className={classes.join(' ')}
      onClick={press}
    >
      {children}
    </View>
  )
}
