import { expect, test } from 'vitest'
import { ComplaintDraft } from '@renshe/shared/wages/schemas'
import { newDraftId, uuidFromBytes } from './draft-id'

test('a draft id is a version-4 UUID the contract accepts, different every time', async () => {
  expect(uuidFromBytes(new Uint8Array(16).fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
  const [a, b] = [await newDraftId(), await newDraftId()]
  expect(a).not.toBe(b)
  expect(ComplaintDraft.shape.draftId.safeParse(a).success).toBe(true)
})
