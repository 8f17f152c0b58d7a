import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as upstream from 'fontkit'
import type { Fontkit, Subset, SubsetStream } from 'pdf-lib/cjs/types/fontkit'

/*
 * The contract's typeface (decision 073): Noto Serif SC (思源宋体), SIL Open Font License 1.1,
 * TrueType outlines, from the npm package @expo-google-fonts/noto-serif-sc pinned in bff's
 * package.json — so the bytes of a PDF, and its SHA-256, depend on a locked version and not on
 * what a machine's fonts happen to be. It lives in the BFF only: the client never imports it.
 *
 * pdf-lib subsets through a fontkit. The one pdf-lib names, @pdf-lib/fontkit 1.1.1, is an old
 * fork whose subsetter corrupts CJK fonts: TrueType glyphs after the first odd-length one come
 * out as garbage (a short `loca` without padding), and CID-keyed CFF fonts (Source Han, Noto CJK
 * OTF) are rejected whole by readers. fontkit 2 has both fixes; its subset encodes to bytes at
 * once where pdf-lib expects a stream, which `forPdfLib` bridges.
 */

const fontPackage = '@expo-google-fonts/noto-serif-sc'
const files = {
  regular: `${fontPackage}/400Regular/NotoSerifSC_400Regular.ttf`,
  bold: `${fontPackage}/700Bold/NotoSerifSC_700Bold.ttf`,
} as const

export type ContractFontWeight = keyof typeof files

let loaded: Record<ContractFontWeight, Uint8Array> | undefined

/** The two faces' bytes, read once on first use (≈ 15 MB each). */
export function contractFontBytes(): Record<ContractFontWeight, Uint8Array> {
  if (!loaded) {
    const require = createRequire(import.meta.url)
    const read = (file: string) => new Uint8Array(readFileSync(require.resolve(file)))
    loaded = { regular: read(files.regular), bold: read(files.bold) }
  }
  return loaded
}

let probes: upstream.Font[] | undefined

/**
 * The characters of `texts` that either face cannot draw. The fonts asked here are kept for the
 * process: they only answer this question and never draw, so they cannot make a PDF vary.
 */
export function charactersWithoutGlyphs(texts: readonly string[]): string[] {
  probes ??= Object.values(contractFontBytes()).map((bytes) => {
    const font = upstream.create(bytes)
    if ('fonts' in font) throw new Error('a font collection: name the face to embed')
    return font
  })
  const missing = new Set<string>()
  for (const text of texts) {
    for (const character of text) {
      const codePoint = character.codePointAt(0) ?? 0
      if (!/\s/u.test(character) && probes.some((font) => !font.hasGlyphForCodePoint(codePoint))) missing.add(character)
    }
  }
  return [...missing]
}

/** fontkit 2's subset, as pdf-lib reads it: a stream of the encoded font, and `cff` for its kind. */
function forPdfLib(subset: upstream.Subset): Subset {
  return Object.assign(
    {
      includeGlyph: (glyph: Parameters<Subset['includeGlyph']>[0]) => subset.includeGlyph(glyph),
      encodeStream(): SubsetStream {
        // pdf-lib listens for data, end and error (the last outside its own type) in one go, then
        // waits: the events go out after it has subscribed.
        const listeners = new Map<string, ((value: never) => unknown)[]>()
        const emit = (event: string, value: unknown) => listeners.get(event)?.forEach((listener) => listener(value as never))
        const stream: SubsetStream = {
          on(event: string, callback: (value: never) => unknown) {
            listeners.set(event, [...(listeners.get(event) ?? []), callback])
            return stream
          },
        }
        queueMicrotask(() => {
          let bytes: Uint8Array
          try {
            bytes = subset.encode()
          } catch (error) {
            emit('error', error)
            return
          }
          emit('data', bytes)
          emit('end', undefined)
        })
        return stream
      },
    },
    { cff: (subset as { cff?: unknown }).cff },
  )
}

/**
 * fontkit 2 for pdf-lib's `registerFontkit`. A font is parsed anew for each document, on purpose:
 * fontkit remembers the first character it met for a glyph that several characters share (日 and
 * the radical ⽇ are one glyph), and pdf-lib writes that character into the text map, so a font
 * kept between documents would make a PDF's bytes depend on the documents made before it.
 */
export const contractFontkit: Fontkit = {
  create(bytes, postscriptName) {
    const font = upstream.create(bytes, postscriptName)
    if ('fonts' in font) throw new Error('a font collection: name the face to embed')
    const createSubset = font.createSubset.bind(font)
    return Object.assign(font, { createSubset: () => forPdfLib(createSubset()) })
  },
}
