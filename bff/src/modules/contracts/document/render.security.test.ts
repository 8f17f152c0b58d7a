import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDict, PDFDocument, PDFStream } from 'pdf-lib'
import { describe, expect, test } from 'vitest'
import { ZodError } from 'zod'
import { sampleContractDocument } from '../../../testing/contract-document-samples'
import { readPdf } from '../../../testing/pdf-inspection'
import type { ContractDocument } from './document'
import { renderContractPdf } from './render'

const squeeze = (text: string) => text.replace(/\s+/g, '')

describe('what a contract PDF must never carry', () => {
  test('the worker’s ID number is printed whole, as the law requires of a contract, or not at all: a masked, short or made-up one is refused', async () => {
    for (const idNumber of ['330302********1234', '330302900101123', '33030219900101123Y', '']) {
      const document = { ...sampleContractDocument, parties: { ...sampleContractDocument.parties, worker: { name: '王秀英', idNumber } } }
      await expect(renderContractPdf(document)).rejects.toBeInstanceOf(ZodError)
    }
  })

  test('an employer who writes PDF syntax into a clause gets it printed as text, and the file stays without scripts or actions', async () => {
    const hostile = ') Tj ET /OpenAction << /S /JavaScript /JS (app.alert(1)) >> BT <4E2D> Tj'
    const document: ContractDocument = { ...sampleContractDocument, clauses: [{ heading: '其他约定', text: hostile }] }
    const bytes = await renderContractPdf(document)
    expect(squeeze((await readPdf(bytes)).pages.join(''))).toContain(squeeze(hostile))
    const doc = await PDFDocument.load(bytes, { updateMetadata: false })
    const keys = new Set<string>()
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      const dict = object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : undefined
      for (const key of dict?.keys() ?? []) keys.add(key.decodeText())
    }
    expect(keys).toContain('ToUnicode')
    for (const name of ['JavaScript', 'JS', 'OpenAction', 'AA', 'Launch', 'EmbeddedFiles', 'URI', 'Names', 'AcroForm']) expect(keys).not.toContain(name)
  })

  test('invisible characters (a right-to-left override, a zero-width space, a line break in a name) are refused', async () => {
    for (const name of ['王秀\u202E英', '王\u200B秀英', '王秀\n英']) {
      const document = { ...sampleContractDocument, parties: { ...sampleContractDocument.parties, worker: { ...sampleContractDocument.parties.worker, name } } }
      await expect(renderContractPdf(document)).rejects.toBeInstanceOf(ZodError)
    }
  })

  test('no client or shared code names the PDF libraries or the font: they stay out of the mini-program', () => {
    const root = join(import.meta.dirname, '../../../../..')
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|js|json)$/.test(name) ? [path] : []
      })
    const library = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|^\s*")['"]?(?:pdf-lib|fontkit|@pdf-lib\/fontkit|@expo-google-fonts\/noto-serif-sc|pdfjs-dist)(?:\/[^'"]*)?['"]/m
    const named = [...files(join(root, 'client/src')), ...files(join(root, 'shared/src')), join(root, 'client/package.json'), join(root, 'shared/package.json')].filter((path) =>
      library.test(readFileSync(path, 'utf8')),
    )
    // The check itself finds such a line.
    expect(library.test("import { PDFDocument } from 'pdf-lib'")).toBe(true)
    expect(library.test('    "@expo-google-fonts/noto-serif-sc": "0.4.3",')).toBe(true)
    expect(named).toEqual([])
  })
})
