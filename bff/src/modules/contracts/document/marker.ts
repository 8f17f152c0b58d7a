import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, decodePDFRawStream } from 'pdf-lib'
import { ContractNumber } from './document'

/*
 * How a contract PDF names its contract, so that the public check can tell a file that claims to
 * be one of ours (and is not the file recorded: "altered") from a stranger's ("unknown"). The
 * number is written twice: in an XMP packet (ISO 16684-1), kept uncompressed as XMP wants so that
 * a plain byte search finds it even in a damaged file, and in the document information
 * dictionary, which tools that rewrite a PDF usually carry over.
 */

const namespace = 'urn:renshe-portal:contract:1.0'
const infoKey = 'RensheContractNumber'
const xmpPattern = /<renshe:ContractNumber>([A-Z0-9-]{6,40})<\/renshe:ContractNumber>/

/** A contract is ≈ 100 KB a few pages: nothing near this size is parsed for its number. */
const maxParsedBytes = 10 * 1024 * 1024

const xml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export interface MarkerFacts {
  readonly contractNumber: string
  readonly title: string
  /** ISO 8601, the file's creation and modification time. */
  readonly issuedAt: string
  readonly producer: string
}

function xmpPacket(facts: MarkerFacts): string {
  const at = new Date(facts.issuedAt).toISOString()
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:renshe="${namespace}">`,
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(facts.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<xmp:CreateDate>${at}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${at}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${at}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${xml(facts.producer)}</xmp:CreatorTool>`,
    `<pdf:Producer>${xml(facts.producer)}</pdf:Producer>`,
    `<pdf:Keywords>${xml(facts.contractNumber)}</pdf:Keywords>`,
    `<renshe:ContractNumber>${xml(facts.contractNumber)}</renshe:ContractNumber>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n')
}

/** Writes the number into the document's metadata: XMP packet, information dictionary, keywords. */
export function markContract(doc: PDFDocument, facts: MarkerFacts): void {
  const issuedAt = new Date(facts.issuedAt)
  doc.setTitle(facts.title, { showInWindowTitleBar: true })
  doc.setSubject(`劳动合同 ${facts.contractNumber}`)
  doc.setKeywords([facts.contractNumber])
  doc.setProducer(facts.producer)
  doc.setCreator(facts.producer)
  doc.setCreationDate(issuedAt)
  doc.setModificationDate(issuedAt)
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict)
  info.set(PDFName.of(infoKey), PDFString.of(facts.contractNumber))
  const metadata = doc.context.stream(new TextEncoder().encode(xmpPacket(facts)), { Type: 'Metadata', Subtype: 'XML' })
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata))
}

const asNumber = (value: string | undefined): string | null => (value !== undefined && ContractNumber.safeParse(value).success ? value : null)

/** The number in the file's bytes as they are: the XMP packet, found without parsing the PDF. */
function numberInBytes(bytes: Uint8Array): string | null {
  // latin1 keeps one character per byte; the packet's tags and the number are ASCII.
  return asNumber(xmpPattern.exec(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))?.[1])
}

/** The number in a file a tool has rewritten (compressed metadata, object streams): parsed. */
async function numberInStructure(bytes: Uint8Array): Promise<string | null> {
  if (bytes.length > maxParsedBytes) return null
  // A stranger's file: anything may be missing or malformed, and none of it is the portal's fault.
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false })
    const info = doc.context.lookup(doc.context.trailerInfo.Info)
    const value = info instanceof PDFDict ? info.get(PDFName.of(infoKey)) : undefined
    const fromInfo = value instanceof PDFString || value instanceof PDFHexString ? asNumber(value.decodeText()) : null
    if (fromInfo) return fromInfo
    const metadata = doc.catalog.lookup(PDFName.of('Metadata'))
    return metadata instanceof PDFRawStream ? asNumber(xmpPattern.exec(new TextDecoder().decode(decodePDFRawStream(metadata).decode()))?.[1]) : null
  } catch {
    return null
  }
}

/**
 * The contract number a file claims to carry, or null. Only a number of the portal's shape counts;
 * it says nothing of whether such a contract exists.
 */
export async function claimedContractNumber(bytes: Uint8Array): Promise<string | null> {
  return numberInBytes(bytes) ?? (await numberInStructure(bytes))
}
