import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './empty-state.css'

interface EmptyStateProps {
  readonly message: string
  readonly action?: ReactNode
}

export function EmptyState({ message, action }: EmptyStateProps) {
  return (
    <View className='empty-state'>
      <Text className='empty-state__message'>{message}</Text>
      {action}
    </View>
  )
}
