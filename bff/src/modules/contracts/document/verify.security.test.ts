import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto'
import { PDFDict, PDFDocument, PDFName, PDFRef, PDFString, StandardFonts } from 'pdf-lib'
import { describe, expect, test, vi } from 'vitest'
import { sampleContractDocument } from '../../../testing/contract-document-samples'
import { renderContractPdf } from './render'
import { encodeTimestampToken, issueTimestamp, parseTimestampToken } from './timestamp'
import { sha256Hex, verifyContractDigest, verifyContractFile, type ContractRecords, type RecordedContract } from './verify'

const portalKey = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.alloc(32, 7)]), format: 'der', type: 'pkcs8' })
const keys = [{ keyId: 'ts-2026', key: createPublicKey(portalKey) }]
const timestampedAt = new Date('2026-11-29T02:05:03.000Z')

let original: Promise<Uint8Array> | undefined
const signedFile = () => (original ??= renderContractPdf(sampleContractDocument))

/** The records as a careless store might hand them over: with the worker's name, ID number and terms. */
async function records(overrides: Partial<RecordedContract> = {}) {
  const bytes = await signedFile()
  const sha256 = sha256Hex(bytes)
  const record = {
    contractNumber: sampleContractDocument.contractNumber,
    employerName: sampleContractDocument.parties.employer.name,
    signatures: sampleContractDocument.signatures.map(({ signer, signedAt, name }) => ({ signer, signedAt, name })),
    timestamp: encodeTimestampToken(issueTimestamp(sha256, { key: portalKey, keyId: 'ts-2026', now: timestampedAt, serial: 'TS-000123' })),
    workerName: '王秀英',
    workerIdNumber: '330302199001011234',
    wage: '4,800.00',
    ...overrides,
  }
  const store: ContractRecords = {
    byDigest: vi.fn(async (digest: string) => (digest === sha256 ? record : null)),
    byContractNumber: vi.fn(async (number: string) => (number === record.contractNumber ? record : null)),
  }
  return { bytes, sha256, store }
}

const personal = ['王秀英', '330302199001011234', '330302********1234', '4,800.00', '陈建国']
const tellsNothingPersonal = (answer: unknown) => {
  const text = JSON.stringify(answer)
  for (const value of personal) expect(text).not.toContain(value)
}

describe('someone checks a file that is not the recorded one', () => {
  test('one byte changed anywhere in the signed file: altered, naming the contract it claims to be', async () => {
    const { bytes, store } = await records()
    for (const at of [1_000, Math.floor(bytes.length / 2), bytes.length - 10]) {
      const edited = Uint8Array.from(bytes)
      edited[at] = (edited[at] ?? 0) ^ 0x01
      const answer = await verifyContractFile(edited, store, keys)
      expect(answer).toMatchObject({ verdict: 'altered', claimedContractNumber: 'HT-330302-2026-000123', contract: { contractNumber: 'HT-330302-2026-000123', timestampedAt: '2026-11-29T02:05:03.000Z' } })
      tellsNothingPersonal(answer)
    }
  })

  test('a copy printed with a higher wage under the same number: altered', async () => {
    const { store } = await records()
    const raised = await renderContractPdf({ ...sampleContractDocument, clauses: sampleContractDocument.clauses.map((clause) => ({ ...clause, text: clause.text.replace('4,800.00', '8,800.00') })) })
    expect((await verifyContractFile(raised, store, keys)).verdict).toBe('altered')
  })

  test('the file re-saved by another program, its metadata packet dropped and its dictionaries compressed: still altered', async () => {
    const { store } = await records()
    const doc = await PDFDocument.load(await signedFile(), { updateMetadata: false })
    const packet = doc.catalog.get(PDFName.of('Metadata'))
    if (!(packet instanceof PDFRef)) throw new Error('the signed file has its metadata packet')
    doc.catalog.delete(PDFName.of('Metadata'))
    doc.context.delete(packet)
    const resaved = await doc.save({ useObjectStreams: true })
    expect(Buffer.from(resaved).toString('latin1')).not.toContain('renshe:ContractNumber')
    expect(await verifyContractFile(resaved, store, keys)).toMatchObject({ verdict: 'altered', claimedContractNumber: 'HT-330302-2026-000123' })
  })

  test('a forged PDF naming a number of ours gets only that contract’s public facts; naming none of ours, none at all', async () => {
    const { store } = await records()
    const forge = async (number: string) => {
      const doc = await PDFDocument.create()
      doc.addPage().drawText('Labour contract', { font: await doc.embedFont(StandardFonts.Helvetica) })
      doc.setKeywords([number])
      const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict)
      info.set(PDFName.of('RensheContractNumber'), PDFString.of(number))
      return doc.save()
    }
    const ours = await verifyContractFile(await forge('HT-330302-2026-000123'), store, keys)
    expect(ours).toMatchObject({ verdict: 'altered', contract: { employerName: '温州市鹿城区瓯江保洁服务有限公司' } })
    tellsNothingPersonal(ours)
    expect(await verifyContractFile(await forge('HT-330302-2026-999999'), store, keys)).toMatchObject({ verdict: 'altered', claimedContractNumber: 'HT-330302-2026-999999', contract: null })
  })

  test('random bytes, and a stranger’s PDF, are unknown', async () => {
    const { store } = await records()
    expect((await verifyContractFile(randomBytes(50_000), store, keys)).verdict).toBe('unknown')
    const stranger = await PDFDocument.create()
    stranger.addPage()
    expect((await verifyContractFile(await stranger.save(), store, keys)).verdict).toBe('unknown')
    expect((await verifyContractFile(new Uint8Array(0), store, keys)).verdict).toBe('unknown')
  })

  test('a number of another shape written into a file is not looked up', async () => {
    const { store } = await records()
    const packet = (number: string) => Buffer.from(`%PDF-1.7\n<renshe:ContractNumber>${number}</renshe:ContractNumber>\n%%EOF`, 'latin1')
    for (const number of ['ht-330302-2026-000123', 'HT', `HT-${'9'.repeat(60)}`, 'HT-330302-2026-000123-']) {
      expect((await verifyContractFile(packet(number), store, keys)).verdict).toBe('unknown')
    }
    expect(store.byContractNumber).not.toHaveBeenCalled()
  })

  test('what is not a SHA-256 is unknown without a lookup', async () => {
    const { store } = await records()
    for (const digest of ['', 'x'.repeat(64), 'a'.repeat(63), `${'a'.repeat(64)}' or 1=1 --`]) expect((await verifyContractDigest(digest, store, keys)).verdict).toBe('unknown')
    expect(store.byDigest).not.toHaveBeenCalled()
  })
})

describe('the records themselves cannot vouch for a file', () => {
  test('a valid answer carries the public facts only, whatever else the records hold', async () => {
    const { bytes, store } = await records()
    const answer = await verifyContractFile(bytes, store, keys)
    expect(answer.verdict).toBe('valid')
    tellsNothingPersonal(answer)
    expect(Object.keys(answer.verdict === 'valid' ? answer.contract : {}).sort()).toEqual(['contractNumber', 'employerName', 'signatures', 'timestampedAt'])
  })

  test('a timestamp altered in storage: unconfirmed, never valid', async () => {
    const { bytes, sha256 } = await records()
    const genuine = parseTimestampToken(encodeTimestampToken(issueTimestamp(sha256, { key: portalKey, keyId: 'ts-2026', now: timestampedAt, serial: 'TS-000123' })))
    const { store } = await records({ timestamp: { ...genuine, time: '2026-01-01T00:00:00.000Z' } })
    expect(await verifyContractFile(bytes, store, keys)).toEqual({ verdict: 'unconfirmed', sha256, reason: 'bad_signature' })
  })

  test('a timestamp by a key the portal does not publish, or over another file: unconfirmed', async () => {
    const { bytes, sha256 } = await records()
    const stranger = generateKeyPairSync('ed25519')
    const byStranger = await records({ timestamp: issueTimestamp(sha256, { key: stranger.privateKey, keyId: 'ts-stranger', now: timestampedAt, serial: 'TS-1' }) })
    expect(await verifyContractFile(bytes, byStranger.store, keys)).toEqual({ verdict: 'unconfirmed', sha256, reason: 'unknown_key' })
    const overAnother = await records({ timestamp: issueTimestamp('f'.repeat(64), { key: portalKey, keyId: 'ts-2026', now: timestampedAt, serial: 'TS-1' }) })
    expect(await verifyContractFile(bytes, overAnother.store, keys)).toEqual({ verdict: 'unconfirmed', sha256, reason: 'digest_mismatch' })
    const garbage = await records({ timestamp: 'not a token' })
    expect(await verifyContractDigest(sha256, garbage.store, keys)).toEqual({ verdict: 'unconfirmed', sha256, reason: 'malformed' })
  })
})
