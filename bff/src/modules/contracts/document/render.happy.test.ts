import { createHash } from 'node:crypto'
import * as fontkit from 'fontkit'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, test } from 'vitest'
import { sampleContractDocument } from '../../../testing/contract-document-samples'
import { embeddedFonts, readPdf } from '../../../testing/pdf-inspection'
import type { ContractDocument } from './document'
import { contractFontBytes } from './fonts'
import { page } from './layout'
import { contractProducer, renderContractPdf } from './render'

const squeeze = (text: string) => text.replace(/\s+/g, '')
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** The sample with its articles repeated: a contract long enough to run over several pages. */
const longContract: ContractDocument = {
  ...sampleContractDocument,
  clauses: Array.from({ length: 4 }, () => sampleContractDocument.clauses).flat().map((clause, index) => ({ ...clause, heading: `${clause.heading}（${index + 1}）` })),
}

let rendered: Promise<Uint8Array> | undefined
/** The sample, printed once for the tests that only read it. */
const sample = () => (rendered ??= renderContractPdf(sampleContractDocument))

describe('an employer and a worker sign: the portal prints their contract', () => {
  test('the PDF reads back, in Chinese, every word of the contract: title, parties, each article, each signature', async () => {
    const reading = await readPdf(await sample())
    const text = squeeze(reading.pages.join(''))
    const { parties, signatures } = sampleContractDocument
    for (const expected of [
      sampleContractDocument.title,
      `合同编号：${sampleContractDocument.contractNumber}`,
      `甲方（用人单位）：${parties.employer.name}`,
      `统一社会信用代码：${parties.employer.creditCode}`,
      `乙方（劳动者）：${parties.worker.name}`,
      `公民身份号码：${parties.worker.idNumber}`,
      ...sampleContractDocument.clauses.flatMap((clause, index) => [`第${'一二三四五六七八九'[index]}条${clause.heading}`, ...clause.text.split('\n')]),
      ...signatures.map((signature) => `${signature.name}（${signature.capacity}）`),
      '签署时间：2026年11月29日09:40:12（北京时间）',
      '签署时间：2026年11月29日10:04:51（北京时间）',
      ...signatures.map((signature) => `身份核验：${signature.identityCheck}`),
    ]) {
      expect(text).toContain(squeeze(expected))
    }
  })

  test('a typical contract is two A4 pages, each with the number and 第 n 页 共 2 页 at its foot, and about a hundred kilobytes', async () => {
    const bytes = await sample()
    const reading = await readPdf(bytes)
    expect(reading.pageCount).toBe(2)
    reading.pages.forEach((text, index) => expect(squeeze(text)).toContain(squeeze(`合同编号：${sampleContractDocument.contractNumber}\u3000\u3000第 ${index + 1} 页\u3000共 2 页`)))
    // Both faces are ≈ 15 MB; subset to this contract's ≈ 450 characters the file is ≈ 100 KB.
    expect(bytes.length).toBeLessThan(150 * 1024)
    expect(bytes.length).toBeGreaterThan(40 * 1024)
  })

  test('every character is drawn with the very outline Noto Serif SC has for it, and copies as itself', async () => {
    const bytes = await sample()
    const fonts = await embeddedFonts(bytes)
    expect(fonts.map((font) => font.baseFont).sort()).toEqual(['RSHCTA+NotoSerifSC-Regular', 'RSHCTB+NotoSerifSC-Bold'])
    const originals = contractFontBytes()
    for (const font of fonts) {
      const original = fontkit.create(font.baseFont.endsWith('Bold') ? originals.bold : originals.regular)
      const subset = fontkit.create(font.program)
      if ('fonts' in original || 'fonts' in subset) throw new Error('a single face was expected')
      expect(font.toUnicode.size).toBeGreaterThan(font.baseFont.endsWith('Bold') ? 40 : 300)
      for (const [glyphId, text] of font.toUnicode) {
        // The font's own forms of the character: alone, and in a Latin run (where its 'locl' gives
        // digits other glyphs, as in FV-20261129).
        const forms = [original.glyphForCodePoint(text.codePointAt(0) ?? 0), original.layout(`A${text}`, { liga: false }).glyphs[1]]
        const drawn = subset.getGlyph(glyphId)
        expect(forms.map((form) => form && { text, path: form.path.toSVG(), advance: form.advanceWidth })).toContainEqual({ text, path: drawn.path.toSVG(), advance: drawn.advanceWidth })
      }
    }
  })

  test('the file is titled, dated at its issue, says what made it, and names its contract in its metadata', async () => {
    const bytes = await sample()
    const doc = await PDFDocument.load(bytes, { updateMetadata: false })
    expect(doc.getTitle()).toBe('固定期限劳动合同')
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-11-29T02:05:00.000Z')
    expect(doc.getModificationDate()?.toISOString()).toBe('2026-11-29T02:05:00.000Z')
    expect(doc.getProducer()).toBe(contractProducer)
    expect(doc.getKeywords()).toBe(sampleContractDocument.contractNumber)
    expect(Buffer.from(bytes).toString('latin1')).toContain(`<renshe:ContractNumber>${sampleContractDocument.contractNumber}</renshe:ContractNumber>`)
  })

  test('the same contract gives the same bytes, whatever was printed before it', async () => {
    const first = await sample()
    // 日 and the radical ⽇ are one glyph: a font kept between documents would remember which came first.
    await renderContractPdf({ ...sampleContractDocument, clauses: [{ heading: '⽇', text: '⽇⽉⽔⽕' }] })
    const second = await renderContractPdf(structuredClone(sampleContractDocument))
    expect(sha256(second)).toBe(sha256(first))
    // The sample's SHA-256 with the pinned pdf-lib, fontkit and font: a change here means a contract
    // recorded before it can no longer be printed again to the same bytes.
    expect(sha256(first)).toBe('0d29c8db51a4495423942129f4e98036c4eeb48124da51d172c06729db99720d')
  })

  test('a change of one character, or of the issue time, changes the file', async () => {
    const base = sha256(await sample())
    const otherWage = { ...sampleContractDocument, clauses: sampleContractDocument.clauses.map((clause, index) => (index === 3 ? { ...clause, text: clause.text.replace('4,800.00', '4,900.00') } : clause)) }
    expect(sha256(await renderContractPdf(otherWage))).not.toBe(base)
    expect(sha256(await renderContractPdf({ ...sampleContractDocument, issuedAt: '2026-11-29T02:05:01.000Z' }))).not.toBe(base)
  })

  test('a long contract runs onto more pages in order, every line inside the margins', async () => {
    const reading = await readPdf(await renderContractPdf(longContract))
    expect(reading.pageCount).toBeGreaterThanOrEqual(5)
    const text = squeeze(reading.pages.join(''))
    let from = 0
    for (const clause of longContract.clauses) {
      const at = text.indexOf(squeeze(clause.heading), from)
      expect(at).toBeGreaterThan(from - 1)
      expect(text.indexOf(squeeze(clause.text), at)).toBeGreaterThan(at)
      from = at
    }
    // A heading is never the last line of a page: its first two lines follow it there.
    for (const heading of reading.items.filter((item) => /^第[一二三四五六七八九十]+条/.test(item.text))) {
      const linesBelow = new Set(reading.items.filter((item) => item.page === heading.page && item.y < heading.y && item.y !== page.footerBaseline).map((item) => item.y))
      expect(linesBelow.size).toBeGreaterThanOrEqual(2)
    }
    for (const item of reading.items) {
      expect(item.x).toBeGreaterThanOrEqual(page.left - 0.01)
      expect(item.x + item.width).toBeLessThanOrEqual(page.width - page.right + 0.01)
      // Below the bottom margin there is the footer and nothing else.
      if (item.y === page.footerBaseline) continue
      expect(item.y).toBeGreaterThanOrEqual(page.bottom)
      expect(item.y).toBeLessThanOrEqual(page.height - page.top)
    }
    const footers = reading.items.filter((item) => item.y === page.footerBaseline)
    expect(squeeze(footers.map((item) => item.text).join(''))).toBe(Array.from({ length: reading.pageCount }, (_, index) => `合同编号：${longContract.contractNumber}第${index + 1}页共${reading.pageCount}页`).join(''))
  })
})
