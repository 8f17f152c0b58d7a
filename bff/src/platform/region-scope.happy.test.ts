import fc from 'fast-check'
import { expect, test } from 'vitest'
import { regionCovers } from '@renshe/shared/identity/regions'
import { createTestContext } from '../testing/harness'
import { users } from '../db/schema'
import { inRegionScope, regionRange } from './region-scope'

test('the SQL region scope covers exactly the codes regionCovers covers, for county, city and province officers', async () => {
  const t = await createTestContext({ seed: false })
  const codes = ['330000', '330300', '330302', '330304', '330399', '330400', '339900', '340000', '110101', '330902', '331000']
  await t.deps.db.transaction(async (tx) => {
    for (const code of codes) {
      await tx.insert(users).values({ id: `u${code}`, devAccount: null, wechatOpenidIndex: null, wechatOpenidEnc: null, roles: [], staffNameEnc: null, regionCode: code, staffCode: null, organization: null, createdAt: '2026-11-29T02:00:00.000Z' })
    }
  })
  for (const officer of ['330000', '330300', '330302', '330900', '339900', '110000']) {
    const found = await t.deps.db.read((q) => q.select({ code: users.regionCode }).from(users).where(inRegionScope(users.regionCode, officer)))
    expect(found.map((row) => row.code).sort(), officer).toEqual(codes.filter((code) => regionCovers(officer, code)).sort())
  }
})

test('for any six-digit officer and object codes, the range holds the object exactly when regionCovers says so', () => {
  const code = fc.oneof(fc.stringMatching(/^\d{6}$/), fc.stringMatching(/^\d{2}0000$/), fc.stringMatching(/^\d{4}00$/), fc.stringMatching(/^9{2,4}\d{0,4}$/))
  fc.assert(
    fc.property(code, fc.stringMatching(/^\d{6}$/), (officer, object) => {
      const { from, before } = regionRange(officer)
      expect(object >= from && (before === null || object < before)).toBe(regionCovers(officer, object))
    }),
    { numRuns: 2000 },
  )
})
