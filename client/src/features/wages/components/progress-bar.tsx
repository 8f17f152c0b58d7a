import { View } from '@tarojs/components'

interface ProgressBarProps {
  readonly id: string
  /** 0–100. */
  readonly percent: number
  readonly label: string
}

/** An upload's progress: a progressbar with its value for screen readers, a bar for the eye. */
export function ProgressBar({ id, percent, label }: ProgressBarProps) {
  const value = Math.max(0, Math.min(100, Math.round(percent)))
  return (
    <View
      id={id}
      role='progressbar'
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={`${value}%`}
      className='progress'
    >
      <View className='progress__bar' style={{ width: `${value}%` }} />
    </View>
  )
}
