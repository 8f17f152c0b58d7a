import { eq } from 'drizzle-orm'
import type { DataLevel, PartnerKind } from '@renshe/shared/retiree/schemas'
import { partners } from '../db/schema'
import { partnerKeyHash } from '../platform/partner-access'
import { newId } from '../platform/random'
import type { TestContext } from './harness'

export interface TestPartner {
  readonly id: string
  readonly key: string
}

/**
 * A partner department registered straight into the database, with a key of the test's own,
 * so partner-access tests depend on no seeded partner.
 */
export async function registerTestPartner(
  t: Pick<TestContext, 'deps'>,
  partner: { kind: PartnerKind; dataLevel: DataLevel; name?: string },
): Promise<TestPartner> {
  const id = newId(t.deps.random)
  const key = `rp_test_${partner.kind}_${newId(t.deps.random)}`
  await t.deps.db.transaction((tx) =>
    tx.insert(partners).values({
      id,
      name: partner.name ?? `测试${partner.kind}`,
      kind: partner.kind,
      dataLevel: partner.dataLevel,
      keyHash: partnerKeyHash(key),
      createdAt: t.deps.clock.now().toISOString(),
      revokedAt: null,
    }),
  )
  return { id, key }
}

export async function revokeTestPartner(t: Pick<TestContext, 'deps'>, id: string): Promise<void> {
  await t.deps.db.transaction((tx) => tx.update(partners).set({ revokedAt: t.deps.clock.now().toISOString() }).where(eq(partners.id, id)))
}
