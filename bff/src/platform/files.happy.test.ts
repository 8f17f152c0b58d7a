import { expect, test } from 'vitest'
import { evidenceSamples } from '../testing/evidence-samples'
import { checkEvidenceFile, evidenceMimes } from './files'

test('photos a phone takes and PDFs are recognised from their bytes, each as its own type', async () => {
  expect(Object.keys(evidenceSamples).sort()).toEqual([...evidenceMimes].sort())
  for (const [mime, bytes] of Object.entries(evidenceSamples)) {
    expect(await checkEvidenceFile(bytes), mime).toEqual({ ok: true, mime })
  }
})

test('a photo is recognised whatever follows its header, a whole megabyte of it included', async () => {
  const photo = new Uint8Array(1024 * 1024).fill(0x5a)
  photo.set(evidenceSamples['image/jpeg'])
  expect(await checkEvidenceFile(photo)).toEqual({ ok: true, mime: 'image/jpeg' })
})
