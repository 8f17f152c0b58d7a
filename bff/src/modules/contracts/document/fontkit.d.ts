// fontkit 2 ships no types. What the contract renderer uses of it: pdf-lib's own description of
// a fontkit font, with fontkit 2's subset (encode(), not pdf-lib's older encodeStream()).
declare module 'fontkit' {
  import type { Font as PdfLibFont, Glyph } from 'pdf-lib/cjs/types/fontkit'

  export interface Subset {
    includeGlyph(glyph: number | Glyph): number
    encode(): Uint8Array
  }

  export type Font = Omit<PdfLibFont, 'createSubset'> & { createSubset(): Subset }

  export interface FontCollection {
    readonly fonts: Font[]
    getFont(postscriptName: string): Font | null
  }

  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection
}
