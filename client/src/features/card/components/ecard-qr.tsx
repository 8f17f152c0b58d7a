import { View } from '@tarojs/components'
import { memo, useMemo } from 'react'
import { roleProps } from '../../../lib/a11y/pressable'
import { qrRows } from '../../../lib/qr-runs'

/** The light margin a reader needs around the code, in modules. */
const quietModules = 4

const percent = (part: number, whole: number) => `${((part * 100) / whole).toFixed(4)}%`

interface EcardQrProps {
  readonly token: string
  /** What the picture is and when it changes, for a screen reader. */
  readonly label: string
}

/**
 * The e-card's token as a QR code, drawn in views so weapp and h5 show the same picture without a
 * canvas. A token is a version 12 or 13 code (65–69 modules): sized in per cent of a square that
 * fills the width it is given, so it is as big as the screen allows, bigger still in care mode.
 * The token is on the element too, for tests and tools that read the page rather than the picture.
 */
export function EcardQr({ token, label }: EcardQrProps) {
  return (
    <View {...roleProps('img')} aria-label={label} data-token={token} className='ecard-qr'>
      <View className='ecard-qr__square'>
        <Modules token={token} />
      </View>
    </View>
  )
}

/** Drawn again only when the token changes, not each second the countdown beside it does. */
const Modules = memo(function Modules({ token }: { readonly token: string }) {
  const { size, rows } = useMemo(() => qrRows(token), [token])
  const inset = percent(quietModules, size + 2 * quietModules)
  return (
    <View className='ecard-qr__modules' aria-hidden='true' style={{ top: inset, right: inset, bottom: inset, left: inset }}>
      {rows.map((runs, row) => (
        <View key={row} className='ecard-qr__row'>
          {runs.map((run, index) => (
            <View key={index} className={run.dark ? 'ecard-qr__dark' : 'ecard-qr__light'} style={{ width: percent(run.length, size) }} />
          ))}
        </View>
      ))}
    </View>
  )
})
