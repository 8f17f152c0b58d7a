import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { eq } from 'drizzle-orm'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { regionCovers } from '@renshe/shared/identity/regions'
import { proxyGrants, users } from '../db/schema'
import { createTestContext } from '../testing/harness'
import { grantCovers, grantHeldBy, grantInForce, grantInForceWhere, grantStatus, officialCovers, regionsCovering } from './policy'

const now = '2026-11-29T02:00:00.000Z'
const before = '2026-11-29T01:59:59.999Z'
const after = '2026-11-29T02:00:00.001Z'
const held = { staffUserId: 'staff-a', scopes: ['retiree.assist'] }

test('a grant at its very end, revoked at any time, or given to someone else does not let anyone act', () => {
  expect(grantInForce({ revokedAt: null, expiresAt: after }, now)).toBe(true)
  expect(grantStatus({ revokedAt: null, expiresAt: now }, now)).toBe('expired')
  expect(grantStatus({ revokedAt: null, expiresAt: before }, now)).toBe('expired')
  // A revocation stamped in the future (a skewed clock) still revokes.
  expect(grantStatus({ revokedAt: after, expiresAt: after }, now)).toBe('revoked')
  expect(grantHeldBy({ ...held, revokedAt: null, expiresAt: after }, 'staff-b', now)).toBe(false)
  expect(grantCovers({ ...held, revokedAt: null, expiresAt: after }, 'staff-a', 'retiree.assist', now)).toBe(true)
  expect(grantCovers({ ...held, revokedAt: null, expiresAt: after }, 'staff-a', 'records.read', now)).toBe(false)
  // A scope the portal does not know grants nothing, even if it is stored.
  expect(grantCovers({ ...held, scopes: ['*', 'retiree.assist '], revokedAt: null, expiresAt: after }, 'staff-a', 'retiree.assist', now)).toBe(false)
})

test('the SQL rule for a grant in force picks exactly the grants the code rule says are in force, on this engine', async () => {
  const t = await createTestContext()
  const idOf = async (account: string) => {
    const [row] = await t.deps.db.read((q) => q.select({ id: users.id }).from(users).where(eq(users.devAccount, account)))
    if (!row) throw new Error(account)
    return row.id
  }
  const citizen = await idOf('citizen-li')
  const staff = await idOf('staff-zhou')
  const moment = fc.constantFrom(before, now, after, '2026-11-28T02:00:00.000Z', '2027-11-29T02:00:00.000Z')
  await fc.assert(
    fc.asyncProperty(fc.array(fc.record({ expiresAt: moment, revokedAt: fc.option(moment, { nil: null }) }), { minLength: 1, maxLength: 12 }), async (grants) => {
      const rows = grants.map((grant, i) => ({ id: `policy-${i}`, citizenUserId: citizen, staffUserId: staff, scopes: ['records.read'], createdAt: before, ...grant }))
      const found = await t.deps.db.transaction(async (tx) => {
        await tx.delete(proxyGrants).where(eq(proxyGrants.staffUserId, staff))
        await tx.insert(proxyGrants).values(rows)
        return tx.select({ id: proxyGrants.id }).from(proxyGrants).where(grantInForceWhere(now))
      })
      expect(found.map((row) => row.id).filter((id) => id.startsWith('policy-')).sort()).toEqual(rows.filter((row) => grantInForce(row, now)).map((row) => row.id).sort())
    }),
    { numRuns: 40, seed: 20261129 },
  )
})

test('an official covers an object exactly when their region covers its region; no region covers nothing', () => {
  fc.assert(
    fc.property(fc.option(fc.stringMatching(/^\d{2}(\d{2}){0,2}$/).map((code) => code.padEnd(6, '0')), { nil: null }), fc.stringMatching(/^\d{6}$/), (region, object) => {
      expect(officialCovers({ regionCode: region }, object)).toBe(region !== null && regionCovers(region, object))
    }),
    { numRuns: 2000, seed: 20261129 },
  )
  expect(officialCovers({ regionCode: '330302' }, '330304')).toBe(false)
  expect(officialCovers({ regionCode: '330300' }, '330304')).toBe(true)
  expect(officialCovers({ regionCode: '330300' }, '330402')).toBe(false)
})

test('the regions said to cover an object are exactly its county, city and province, and each of them does cover it', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[1-9]\d[0-9]{2}[0-9][1-9]$/), (object) => {
      const covering = regionsCovering(object)
      for (const region of covering) expect(regionCovers(region, object)).toBe(true)
      expect(new Set(covering)).toEqual(new Set([object, `${object.slice(0, 4)}00`, `${object.slice(0, 2)}0000`]))
    }),
    { numRuns: 500, seed: 20261129 },
  )
})

/** Production sources of the modules: where a restated rule would drift from the policy. */
function moduleSources(): { path: string; text: string }[] {
  const root = new URL('../modules', import.meta.url).pathname
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]))
  return walk(root)
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }))
}

test('no module restates who may see what: grants and regions are decided only through the policy', () => {
  const restated = [
    /\bregionCovers\(/, // officialCovers / inRegionScope
    /\bregionPrefix\(/,
    /\.regionCode\??\.startsWith\(/,
    /\bgrant\w*\.(revokedAt|expiresAt)\s*(===|!==|==|!=|<=|>=|<|>)/, // grantInForce / grantStatus
    /\bgt\(proxyGrants\.expiresAt/, // grantInForceWhere
    /\bisNull\(proxyGrants\.revokedAt\)\s*,\s*gt\(/,
    /\bgrant\w*\.scopes\.(includes|filter|some)\(/, // grantCovers / grantScopes
  ]
  const found = moduleSources().flatMap(({ path, text }) =>
    text.split('\n').flatMap((line, i) => (restated.some((pattern) => pattern.test(line)) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
  )
  expect(found).toEqual([])
})
