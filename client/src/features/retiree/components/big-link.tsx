import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Link } from '../../../ui/link'

/** A link standing on its own line, as big a target as a button in care mode (60 px). */
export function BigLink({ to, children }: { readonly to: string; readonly children: ReactNode }) {
  return (
    <View className='retiree-big-link'>
      <Link to={to}>{children}</Link>
    </View>
  )
}
