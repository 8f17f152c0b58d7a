import { expect, test } from 'vitest'
import { evidenceSamples, hostileSamples } from '../testing/evidence-samples'
import { checkEvidenceFile } from './files'

test('a web page, an SVG, a ZIP, a program, a GIF or plain text is refused as the wrong type', async () => {
  for (const [kind, bytes] of Object.entries(hostileSamples)) {
    expect(await checkEvidenceFile(bytes), kind).toEqual({ ok: false, reason: 'type' })
  }
})

test('a ZIP too broken for the detector to read is refused, not thrown', async () => {
  await expect(checkEvidenceFile(hostileSamples.brokenZip)).resolves.toEqual({ ok: false, reason: 'type' })
})

test('an empty file is refused as empty, and a few stray bytes as the wrong type', async () => {
  expect(await checkEvidenceFile(new Uint8Array(0))).toEqual({ ok: false, reason: 'empty' })
  for (const bytes of [Uint8Array.of(0xff), Uint8Array.of(0, 0, 0), new Uint8Array(4096)]) {
    expect(await checkEvidenceFile(bytes)).toEqual({ ok: false, reason: 'type' })
  }
})

test('a page with a photo header glued behind it is still a page: only the first bytes decide', async () => {
  const disguised = new Uint8Array([...hostileSamples.html, ...evidenceSamples['image/jpeg']])
  expect(await checkEvidenceFile(disguised)).toEqual({ ok: false, reason: 'type' })
})
