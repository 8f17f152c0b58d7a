import { View } from '@tarojs/components'
import { useMemo } from 'react'
import { roleProps } from '../../../lib/a11y/pressable'
import { qrRows } from '../../../lib/qr-runs'

interface CodeQrProps {
  readonly code: string
  /** What the picture is, for a screen reader: the digits are read out beside it. */
  readonly label: string
}

/** The module's side in px: a version-1 code (21 modules) is 168 px, scannable at arm's length. */
const modulePx = 8

/** A check-in code as a QR code, drawn in views so weapp and h5 show the same picture without a canvas. */
export function CodeQr({ code, label }: CodeQrProps) {
  const { size, rows } = useMemo(() => qrRows(code), [code])
  return (
    <View {...roleProps('img')} aria-label={label} className='jobs-qr'>
      <View className='jobs-qr__modules' style={{ width: `${size * modulePx}px` }}>
        {rows.map((runs, row) => (
          <View key={row} className='jobs-qr__row' style={{ height: `${modulePx}px` }}>
            {runs.map((run, index) => (
              <View key={index} className={run.dark ? 'jobs-qr__dark' : 'jobs-qr__light'} style={{ width: `${run.length * modulePx}px` }} />
            ))}
          </View>
        ))}
      </View>
    </View>
  )
}
