import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/*
 * Reading a PDF back as a reader would, for the contract document's tests: its text through
 * pdf.js (Firefox's reader, independent of pdf-lib, which wrote it), and its embedded fonts with
 * their character maps, to compare every glyph with the font it came from.
 */

export interface PdfTextItem {
  readonly text: string
  readonly x: number
  readonly y: number
  /** The run's width as the reader measured it with the font's widths. */
  readonly width: number
  readonly page: number
}

export interface PdfReading {
  readonly pageCount: number
  /** Each page's text, a line break where the reader saw one. */
  readonly pages: readonly string[]
  readonly items: readonly PdfTextItem[]
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise
  try {
    const pages: string[] = []
    const items: PdfTextItem[] = []
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number)
      const content = await page.getTextContent()
      let text = ''
      for (const item of content.items) {
        if (!('str' in item)) continue
        text += item.str + (item.hasEOL ? '\n' : '')
        if (item.str !== '') items.push({ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, page: number })
      }
      pages.push(text)
    }
    return { pageCount: doc.numPages, pages, items }
  } finally {
    await doc.destroy()
  }
}

export interface EmbeddedFont {
  readonly baseFont: string
  /** FontFile2 (TrueType) or FontFile3 (CFF): the subset program as embedded. */
  readonly program: Uint8Array
  /** Character code (= glyph id in the subset) → the text it stands for, from /ToUnicode. */
  readonly toUnicode: ReadonlyMap<number, string>
}

function utf16(hex: string): string {
  const bytes = Buffer.from(hex, 'hex')
  let text = ''
  for (let at = 0; at + 1 < bytes.length; at += 2) text += String.fromCharCode(bytes.readUInt16BE(at))
  return text
}

function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>()
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code = '', text = ''] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(code, 16), utf16(text))
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from = '', to = '', first = ''] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const start = parseInt(from, 16)
      const base = utf16(first)
      for (let code = start; code <= parseInt(to, 16); code += 1) map.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - start))
    }
  }
  return map
}

const decoded = (stream: PDFRawStream) => decodePDFRawStream(stream).decode()

/** Every Type0 font the pages use, with its program and text map. */
export async function embeddedFonts(bytes: Uint8Array): Promise<EmbeddedFont[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const seen = new Map<string, EmbeddedFont>()
  for (const page of doc.getPages()) {
    const fonts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict)
    if (!fonts) continue
    for (const ref of fonts.values()) {
      const key = ref instanceof PDFRef ? ref.toString() : String(seen.size)
      if (seen.has(key)) continue
      const font = doc.context.lookup(ref, PDFDict)
      const descendant = doc.context.lookup(font.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict)
      const descriptor = descendant.lookup(PDFName.of('FontDescriptor'), PDFDict)
      const program = descriptor.lookup(PDFName.of('FontFile2')) ?? descriptor.lookup(PDFName.of('FontFile3'))
      const toUnicode = font.lookup(PDFName.of('ToUnicode'))
      if (!(program instanceof PDFRawStream) || !(toUnicode instanceof PDFRawStream)) throw new Error('a font without its program or text map')
      seen.set(key, {
        baseFont: font.lookup(PDFName.of('BaseFont'), PDFName).decodeText(),
        program: decoded(program),
        toUnicode: parseToUnicode(Buffer.from(decoded(toUnicode)).toString('latin1')),
      })
    }
  }
  return [...seen.values()]
}
