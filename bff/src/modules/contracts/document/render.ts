import { createHash } from 'node:crypto'
import { PDFDocument, PDFHexString, PDFName, type PDFFont } from 'pdf-lib'
import { ContractDocument } from './document'
import { charactersWithoutGlyphs, contractFontBytes, contractFontkit, type ContractFontWeight } from './fonts'
import { layoutContract, page, type Widths } from './layout'
import { markContract } from './marker'

/*
 * The contract as a PDF (decision 073): fonts subset to the characters it uses, metadata from the
 * document alone — creation and modification dates from `issuedAt`, fixed producer, file
 * identifier derived from the number and date — so the same document always gives the same bytes.
 */

export const contractProducer = 'Renshe Portal (contracts)'

/** Subset tags (six capitals and "+", ISO 32000-1 §9.6.4), fixed so the names do not vary. */
const fontNames: Record<ContractFontWeight, string> = { regular: 'RSHCTA+NotoSerifSC-Regular', bold: 'RSHCTB+NotoSerifSC-Bold' }

export class UnprintableText extends Error {
  constructor(readonly characters: readonly string[]) {
    super(`the contract font has no glyph for ${characters.length} character(s)`)
    this.name = 'UnprintableText'
  }
}

/** Every text the PDF prints besides the layout's own words. */
function printedTexts(document: ContractDocument): string[] {
  const { employer, worker } = document.parties
  return [
    document.title,
    document.contractNumber,
    employer.name,
    employer.creditCode,
    worker.name,
    worker.idNumber,
    ...document.clauses.flatMap((clause) => [clause.heading, clause.text]),
    ...document.signatures.flatMap((signature) => [signature.name, signature.capacity, signature.identityCheck]),
    ...(document.certificate ? [document.certificate.issuedBy, document.certificate.issuedOn] : []),
  ]
}

/**
 * The characters of a document the contract font cannot draw (a rare name in CJK extension B, an
 * emoji): a service refuses those before anyone signs, since the PDF would print a blank box.
 */
export function unprintableCharacters(document: ContractDocument): string[] {
  return charactersWithoutGlyphs(printedTexts(document))
}

export async function renderContractPdf(input: ContractDocument): Promise<Uint8Array> {
  const document = ContractDocument.parse(input)
  const missing = unprintableCharacters(document)
  if (missing.length > 0) throw new UnprintableText(missing)
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(contractFontkit)
  const bytes = contractFontBytes()
  // No ligatures: each character stays one glyph, so copied text is the text.
  const embed = (weight: ContractFontWeight) => doc.embedFont(bytes[weight], { subset: true, customName: fontNames[weight], features: { liga: false } })
  const fonts: Record<ContractFontWeight, PDFFont> = { regular: await embed('regular'), bold: await embed('bold') }

  // Widths measured once per text and size: the line breaker asks about the same pieces often.
  const cache = new Map<string, number>()
  const width = (weight: ContractFontWeight) => (text: string, size: number) => {
    const key = `${weight}\u0000${size}\u0000${text}`
    let found = cache.get(key)
    if (found === undefined) {
      found = fonts[weight].widthOfTextAtSize(text, size)
      cache.set(key, found)
    }
    return found
  }
  const widths: Widths = { regular: width('regular'), bold: width('bold') }

  for (const placed of layoutContract(document, widths).pages) {
    const pdfPage = doc.addPage([page.width, page.height])
    for (const text of placed) pdfPage.drawText(text.text, { x: text.x, y: text.y, size: text.size, font: fonts[text.weight] })
  }

  markContract(doc, { contractNumber: document.contractNumber, title: document.title, issuedAt: document.issuedAt, producer: contractProducer })
  doc.setLanguage('zh-CN')
  // The file identifier (ISO 32000-1 §14.4): from what the file is, not from the moment it was made.
  const id = createHash('sha256').update(`${document.contractNumber}\u0000${document.issuedAt}`).digest('hex').slice(0, 32).toUpperCase()
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)])
  // Page mode and layout say nothing of the moment either; pdf-lib writes none unless asked.
  doc.catalog.set(PDFName.of('PageLayout'), PDFName.of('OneColumn'))
  return doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false })
}
