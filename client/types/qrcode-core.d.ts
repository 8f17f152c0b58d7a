/**
 * The encoder of `qrcode` alone, without its renderers (canvas, PNG, terminal): the client draws
 * the modules itself, in views that render the same on weapp and h5.
 */
declare module 'qrcode/lib/core/qrcode' {
  interface BitMatrix {
    readonly size: number
    get(row: number, col: number): boolean | 0 | 1
  }
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): { readonly modules: BitMatrix; readonly version: number }
}
