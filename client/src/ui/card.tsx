import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Heading } from './heading'
import './card.css'

interface CardProps {
  readonly title?: string
  readonly children: ReactNode
  readonly tone?: 'plain' | 'highlight'
}

export function Card({ title, children, tone = 'plain' }: CardProps) {
  return (
    <View className={`card card--${tone}`}>
      {title ? (
        <Heading level={2} className='card__title'>
          {title}
        </Heading>
      ) : null}
      {children}
    </View>
  )
}
