import { describe, expect, test } from 'vitest'
import { ZodError } from 'zod'
import { sampleContractDocument } from '../../../testing/contract-document-samples'
import type { ContractDocument } from './document'
import { UnprintableText, renderContractPdf, unprintableCharacters } from './render'

const withWorkerName = (name: string): ContractDocument => ({ ...sampleContractDocument, parties: { ...sampleContractDocument.parties, worker: { ...sampleContractDocument.parties.worker, name } } })

describe('a contract the portal cannot print faithfully is refused, not printed with gaps', () => {
  test('a name in a character the font lacks (CJK extension B, an emoji) is named before anything is drawn', async () => {
    const document = withWorkerName('𠮷田秀英😀')
    expect(unprintableCharacters(document)).toEqual(['𠮷', '😀'])
    const refusal = await renderContractPdf(document).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(UnprintableText)
    expect((refusal as UnprintableText).characters).toEqual(['𠮷', '😀'])
  })

  test('rare characters the font has (喆, 堃, 昇, 珺, 䶮 of extension A) print', async () => {
    expect(unprintableCharacters(withWorkerName('王喆堃昇珺䶮'))).toEqual([])
  })

  test.each([
    ['no articles', { ...sampleContractDocument, clauses: [] }],
    ['a contract number of another shape', { ...sampleContractDocument, contractNumber: 'ht 2026/1' }],
    ['an issue time without its offset', { ...sampleContractDocument, issuedAt: '2026-11-29 10:05:00' }],
    ['a credit code with a wrong check character', { ...sampleContractDocument, parties: { ...sampleContractDocument.parties, employer: { name: '温州市鹿城区瓯江保洁服务有限公司', creditCode: '91330302MA2H7K3LX0' } } }],
    ['five signatures', { ...sampleContractDocument, signatures: [...sampleContractDocument.signatures, ...sampleContractDocument.signatures, ...sampleContractDocument.signatures.slice(0, 1)] }],
    ['a field the document does not have', { ...sampleContractDocument, workerPhone: '13812345678' }],
  ])('%s is refused', async (_what, document) => {
    await expect(renderContractPdf(document)).rejects.toBeInstanceOf(ZodError)
  })
})
