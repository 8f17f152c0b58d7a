import type { ContractDocument, ContractSignatureEntry } from './document'
import { breakLines } from './line-breaking'

/*
 * Where every line of a contract goes: A4 pages, 小四 (12 pt) body in Noto Serif SC, numbered
 * articles (第一条…) with two-character paragraph indents, a hanging indent after labels, and a
 * footer with the contract number and 第 n 页 共 m 页. Pure: the fonts come in as width functions,
 * so the pages can be checked without drawing them.
 */

export type Weight = 'regular' | 'bold'
export type Widths = Record<Weight, (text: string, size: number) => number>

export interface PlacedText {
  readonly text: string
  readonly x: number
  /** The baseline, from the bottom of the page. */
  readonly y: number
  readonly size: number
  readonly weight: Weight
}

export const page = {
  width: 595.28,
  height: 841.89,
  left: 64,
  right: 64,
  top: 60,
  bottom: 64,
  footerBaseline: 36,
} as const
export const contentWidth = page.width - page.left - page.right

const body = { size: 12, leading: 20 }
const title = { size: 20, leading: 34 }
const small = { size: 10.5, leading: 18 }
const footer = { size: 9 }
const indent = 2 * body.size
const headingGap = 8

/** 1 → 一, 10 → 十, 21 → 二十一: the numbers of articles, up to 99. */
export function chineseNumber(value: number): string {
  const digits = '零一二三四五六七八九'
  if (!Number.isInteger(value) || value < 1 || value > 99) throw new Error(`no Chinese numeral for ${value} here`)
  const tens = Math.floor(value / 10)
  const ones = value % 10
  const tensText = tens === 0 ? '' : tens === 1 ? '十' : `${digits[tens]}十`
  return `${tensText}${ones === 0 ? '' : digits[ones]}`
}

/** `2026-11-29T02:00:00Z` → `2026年11月29日 10:00:00（北京时间）`: China keeps UTC+8 all year. */
export function chinaTime(iso: string): string {
  const at = new Date(new Date(iso).getTime() + 8 * 3_600_000)
  const two = (value: number) => String(value).padStart(2, '0')
  return `${at.getUTCFullYear()}年${at.getUTCMonth() + 1}月${at.getUTCDate()}日 ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())}（北京时间）`
}

const signerLabel: Record<ContractSignatureEntry['signer'], string> = { employer: '甲方（用人单位）', worker: '乙方（劳动者）' }

/** One line's worth of vertical space and what is drawn in it. */
interface Row {
  readonly height: number
  /** Space above, dropped at the top of a page. */
  readonly gapBefore: number
  readonly texts: readonly { text: string; x: number; size: number; weight: Weight }[]
  /** Rows of one group stay on one page when the group fits on one (a signature; a heading and its first lines). */
  readonly group?: number
}

export interface ContractLayout {
  readonly pages: readonly (readonly PlacedText[])[]
}

export function layoutContract(document: ContractDocument, widths: Widths): ContractLayout {
  const rows: Row[] = []
  let groups = 0
  const measure = (weight: Weight, size: number) => (text: string) => widths[weight](text, size)

  const paragraphRows = (text: string, options: { weight?: Weight; size?: number; leading?: number; firstIndent?: number; gapBefore?: number; group?: number }) => {
    const weight = options.weight ?? 'regular'
    const size = options.size ?? body.size
    const firstIndent = options.firstIndent ?? 0
    const lines = breakLines(text, contentWidth, measure(weight, size), firstIndent)
    lines.forEach((line, index) =>
      rows.push({
        height: options.leading ?? body.leading,
        gapBefore: index === 0 ? (options.gapBefore ?? 0) : 0,
        texts: [{ text: line, x: page.left + (index === 0 ? firstIndent : 0), size, weight }],
        ...(options.group === undefined ? {} : { group: options.group }),
      }),
    )
  }

  /** `label：value`, the value wrapped under itself. */
  const labelled = (label: string, value: string, options: { gapBefore?: number; group?: number } = {}) => {
    const labelWidth = widths.regular(label, body.size)
    const lines = breakLines(value, contentWidth - labelWidth, measure('regular', body.size))
    lines.forEach((line, index) =>
      rows.push({
        height: body.leading,
        gapBefore: index === 0 ? (options.gapBefore ?? 0) : 0,
        texts: [...(index === 0 ? [{ text: label, x: page.left, size: body.size, weight: 'regular' as const }] : []), { text: line, x: page.left + labelWidth, size: body.size, weight: 'regular' }],
        ...(options.group === undefined ? {} : { group: options.group }),
      }),
    )
  }

  // Title, centred, over as many lines as it takes; the number under it, to the right.
  for (const line of breakLines(document.title, contentWidth, measure('bold', title.size))) {
    rows.push({ height: title.leading, gapBefore: 0, texts: [{ text: line, x: page.left + (contentWidth - widths.bold(line, title.size)) / 2, size: title.size, weight: 'bold' }] })
  }
  const numberLine = `合同编号：${document.contractNumber}`
  rows.push({ height: small.leading, gapBefore: 4, texts: [{ text: numberLine, x: page.width - page.right - widths.regular(numberLine, small.size), size: small.size, weight: 'regular' }] })

  const { employer, worker } = document.parties
  labelled('甲方（用人单位）：', employer.name, { gapBefore: 12 })
  labelled('统一社会信用代码：', employer.creditCode)
  labelled('乙方（劳动者）：', worker.name, { gapBefore: 6 })
  labelled('公民身份号码：', worker.idNumber)

  document.clauses.forEach((clause, index) => {
    // A heading never ends a page: it keeps its first two lines with it.
    const group = (groups += 1)
    const headingStart = rows.length
    paragraphRows(`第${chineseNumber(index + 1)}条\u3000${clause.heading}`, { weight: 'bold', gapBefore: headingGap + 4, group })
    clause.text.split('\n').forEach((paragraph, paragraphIndex) => {
      if (paragraph.trim() === '') return
      paragraphRows(paragraph.trim(), { firstIndent: indent, ...(paragraphIndex === 0 ? { group } : {}) })
    })
    // Only the heading and two lines form the group; the rest may flow onto the next page.
    const headingLines = rows.slice(headingStart).findIndex((row) => row.texts[0]?.weight !== 'bold')
    const keep = headingLines === -1 ? rows.length - headingStart : headingLines + 2
    for (let at = headingStart + keep; at < rows.length; at += 1) {
      const row = rows[at]
      if (row?.group === group) {
        const { group: _dropped, ...free } = row
        rows[at] = free
      }
    }
  })

  if (document.certificate) {
    // A certificate of ending (art. 50): issued by the employer through the portal, no signatures.
    const issuing = (groups += 1)
    labelled('出具单位：', document.certificate.issuedBy, { gapBefore: headingGap + 12, group: issuing })
    labelled('出具日期：', document.certificate.issuedOn, { group: issuing })
    paragraphRows(
      `本证明书由用人单位通过人社门户以电子形式出具，文件生成于 ${chinaTime(document.issuedAt)}。平台记录本文件的 SHA-256 摘要并加盖时间戳；持有本文件者可在人社门户的合同核验页面上传本文件或输入其摘要，核验其是否为平台记录的原件。`,
      { size: small.size, leading: small.leading, gapBefore: 14 },
    )
    return { pages: footed(paginate(rows), document.contractNumber) }
  }

  const signingGroup = (groups += 1)
  paragraphRows('签署信息', { weight: 'bold', gapBefore: headingGap + 12, group: signingGroup })
  if (document.signatures.length === 0) paragraphRows('（尚未签署）', { group: signingGroup })
  document.signatures.forEach((signature, index) => {
    const group = index === 0 ? signingGroup : (groups += 1)
    labelled(`${signerLabel[signature.signer]}：`, `${signature.name}（${signature.capacity}）`, { gapBefore: index === 0 ? 0 : 6, group })
    labelled('签署时间：', chinaTime(signature.signedAt), { group })
    labelled('身份核验：', signature.identityCheck, { group })
  })
  paragraphRows(
    `本合同以电子形式订立，文件生成于 ${chinaTime(document.issuedAt)}。平台记录本文件的 SHA-256 摘要并加盖时间戳；持有本文件者可在人社门户的合同核验页面上传本文件或输入其摘要，核验其是否为平台记录的原件。`,
    { size: small.size, leading: small.leading, gapBefore: 14 },
  )

  return { pages: footed(paginate(rows), document.contractNumber) }

  /** Each page with its footer: the number, 第 n 页 共 m 页. */
  function footed(pages: PlacedText[][], contractNumber: string): PlacedText[][] {
    const count = pages.length
    return pages.map((placed, index) => {
      const footerText = `合同编号：${contractNumber}\u3000\u3000第 ${index + 1} 页\u3000共 ${count} 页`
      return [...placed, { text: footerText, x: page.left + (contentWidth - widths.regular(footerText, footer.size)) / 2, y: page.footerBaseline, size: footer.size, weight: 'regular' as const }]
    })
  }
}

/** Rows onto pages, top to bottom; a group that fits on a page never starts too low to finish. */
function paginate(rows: readonly Row[]): PlacedText[][] {
  const top = page.height - page.top
  const pages: PlacedText[][] = [[]]
  let cursor = top
  const groupHeight = (from: number) => {
    const group = rows[from]?.group
    let height = 0
    for (let at = from; at < rows.length && rows[at]?.group === group; at += 1) height += (rows[at]?.height ?? 0) + (at === from ? 0 : (rows[at]?.gapBefore ?? 0))
    return height
  }
  rows.forEach((row, index) => {
    const gap = cursor === top ? 0 : row.gapBefore
    const startsGroup = row.group !== undefined && rows[index - 1]?.group !== row.group
    const needed = startsGroup && groupHeight(index) <= top - page.bottom ? groupHeight(index) : row.height
    if (cursor - gap - needed < page.bottom && cursor !== top) {
      pages.push([])
      cursor = top
    } else {
      cursor -= gap
    }
    cursor -= row.height
    // The baseline sits where the line's ink is centred in its height (Noto's em box runs from
    // 0.88 above the baseline to 0.12 below).
    const baseline = cursor + (row.height - (row.texts[0]?.size ?? body.size)) / 2 + 0.12 * (row.texts[0]?.size ?? body.size)
    pages.at(-1)?.push(...row.texts.map((text) => ({ ...text, y: baseline })))
  })
  return pages
}
