import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { focusTarget, roleProps } from '../../../lib/a11y/pressable'

export const stepHeadingId = 'wages-step-title'

/** A screen's question as its level-2 heading; focus moves here when the screen changes. */
export function StepHeading({ children }: { readonly children: ReactNode }) {
  return (
    <View id={stepHeadingId} {...roleProps('heading')} aria-level={2} {...focusTarget()} className='step-heading'>
      {children}
    </View>
  )
}
