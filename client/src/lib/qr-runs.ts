import { create } from 'qrcode/lib/core/qrcode'

export interface QrRun {
  readonly dark: boolean
  readonly length: number
}

/** A QR code's modules, row by row, as runs of dark and light: a handful of views a row rather than one a module. */
export interface QrRows {
  readonly size: number
  readonly rows: readonly (readonly QrRun[])[]
}

/** The QR code of `text` (medium error correction: readable off a scratched or glaring screen). */
export function qrRows(text: string): QrRows {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const rows: QrRun[][] = []
  for (let row = 0; row < modules.size; row += 1) {
    const runs: { dark: boolean; length: number }[] = []
    for (let col = 0; col < modules.size; col += 1) {
      const dark = Boolean(modules.get(row, col))
      const last = runs[runs.length - 1]
      if (last && last.dark === dark) last.length += 1
      else runs.push({ dark, length: 1 })
    }
    rows.push(runs)
  }
  return { size: modules.size, rows }
}
