import { generateKeyPairSync } from 'node:crypto'
import { renderContractPdf } from '../src/modules/contracts/document/render'
import { issueTimestamp, verifyTimestamp } from '../src/modules/contracts/document/timestamp'
import { sha256Hex } from '../src/modules/contracts/document/verify'
import { sampleContractDocument } from '../src/testing/contract-document-samples'

/*
 * Electronic labour contracts (decision 073): how many signed contracts a second the portal turns
 * into their PDF, SHA-256 and timestamp, in this process, one after another — a typical two-page
 * contract (nine articles, two signatures), each with its own number, the fonts subset anew each
 * time as every real contract's are. The fonts' first reading is left out (a warm process).
 */

export interface ContractPdfFigure {
  readonly perSecond: number
  readonly bytes: number
  readonly count: number
}

export async function measureContractPdfs(count: number): Promise<ContractPdfFigure> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const at = new Date('2026-11-29T02:05:03.000Z')
  const contract = (index: number) => ({ ...sampleContractDocument, contractNumber: `HT-330302-2026-${String(index).padStart(6, '0')}` })
  const warm = await renderContractPdf(contract(0))
  let bytes = 0
  let last = { digest: sha256Hex(warm), token: issueTimestamp(sha256Hex(warm), { key: privateKey, keyId: 'bench', now: at, serial: 'TS-0' }) }
  const started = process.hrtime.bigint()
  for (let index = 1; index <= count; index += 1) {
    const pdf = await renderContractPdf(contract(index))
    const digest = sha256Hex(pdf)
    last = { digest, token: issueTimestamp(digest, { key: privateKey, keyId: 'bench', now: at, serial: `TS-${index}` }) }
    bytes += pdf.length
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (!verifyTimestamp(last.token, [{ keyId: 'bench', key: publicKey }], last.digest).ok) throw new Error('a timestamp the bench made does not verify')
  return { perSecond: count / seconds, bytes: Math.round(bytes / count), count }
}
