import { createPrivateKey, createPublicKey } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { sampleContractDocument } from '../../../testing/contract-document-samples'
import { renderContractPdf } from './render'
import { encodeTimestampToken, issueTimestamp } from './timestamp'
import { sha256Hex, verifyContractDigest, verifyContractFile, type ContractRecords, type RecordedContract } from './verify'

const portalKey = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.alloc(32, 7)]), format: 'der', type: 'pkcs8' })
const keys = [{ keyId: 'ts-2026', key: createPublicKey(portalKey) }]
// Timestamped a few seconds after the file was issued (2026-11-29 10:05 in China).
const timestampedAt = new Date('2026-11-29T02:05:03.000Z')

async function recordedSample() {
  const bytes = await renderContractPdf(sampleContractDocument)
  const sha256 = sha256Hex(bytes)
  const record: RecordedContract = {
    contractNumber: sampleContractDocument.contractNumber,
    employerName: sampleContractDocument.parties.employer.name,
    signatures: sampleContractDocument.signatures.map(({ signer, signedAt }) => ({ signer, signedAt })),
    timestamp: encodeTimestampToken(issueTimestamp(sha256, { key: portalKey, keyId: 'ts-2026', now: timestampedAt, serial: 'TS-000123' })),
  }
  const records: ContractRecords = {
    byDigest: async (digest) => (digest === sha256 ? record : null),
    byContractNumber: async (number) => (number === record.contractNumber ? record : null),
  }
  return { bytes, sha256, records }
}

const expectedFacts = {
  contractNumber: 'HT-330302-2026-000123',
  employerName: '温州市鹿城区瓯江保洁服务有限公司',
  signatures: [
    { signer: 'employer', signedAt: '2026-11-29T01:40:12.000Z' },
    { signer: 'worker', signedAt: '2026-11-29T02:04:51.000Z' },
  ],
  timestampedAt: '2026-11-29T02:05:03.000Z',
}

describe('someone holding a contract checks it on the public page', () => {
  test('the signed file, uploaded, is valid: its number, the employer, when each side signed and when it was timestamped', async () => {
    const { bytes, sha256, records } = await recordedSample()
    expect(await verifyContractFile(bytes, records, keys)).toEqual({ verdict: 'valid', sha256, contract: expectedFacts })
  })

  test('its SHA-256 alone, typed in either case with stray spaces, gives the same answer', async () => {
    const { sha256, records } = await recordedSample()
    expect(await verifyContractDigest(sha256, records, keys)).toEqual({ verdict: 'valid', sha256, contract: expectedFacts })
    expect(await verifyContractDigest(` ${sha256.toUpperCase()} `, records, keys)).toEqual({ verdict: 'valid', sha256, contract: expectedFacts })
  })

  test('a file printed again from the same contract is the recorded file, and valid', async () => {
    const { records } = await recordedSample()
    const reprinted = await renderContractPdf(structuredClone(sampleContractDocument))
    expect((await verifyContractFile(reprinted, records, keys)).verdict).toBe('valid')
  })
})
