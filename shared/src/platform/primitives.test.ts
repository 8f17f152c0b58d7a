import { expect, test } from 'vitest'
import * as identity from '../identity/schemas'
import * as inbox from '../inbox/schemas'
import * as records from '../records/schemas'
import * as retiree from '../retiree/schemas'
import * as wages from '../wages/schemas'
import { Cursor, Page, Timestamp } from './primitives'

test('the shared primitives live in platform/, and no module’s schemas hand out a copy of their own', () => {
  for (const [name, module] of Object.entries({ identity, inbox, records, retiree, wages })) {
    for (const primitive of ['Timestamp', 'Page', 'Cursor']) expect(Object.keys(module), `${name} exports ${primitive}`).not.toContain(primitive)
  }
  expect(Timestamp.safeParse('2026-11-29T02:00:00.000Z').success).toBe(true)
  expect(Timestamp.safeParse('2026-11-29 02:00').success).toBe(false)
  expect(Cursor.parse({})).toEqual({ limit: 30 })
  expect(Cursor.safeParse({ limit: '101' }).success).toBe(false)
  expect(Page(Timestamp).parse({ items: [], nextCursor: null })).toEqual({ items: [], nextCursor: null })
})
