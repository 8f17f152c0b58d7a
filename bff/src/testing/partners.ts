import { eq } from 'drizzle-orm'
import type { DataLevel, PartnerKind } from '@renshe/shared/retiree/schemas'
import { partnerKeys, partners } from '../db/schema'
import { partnerKeyHash } from '../platform/partner-access'
import { newId } from '../platform/random'
import type { TestContext } from './harness'

export interface TestPartner {
  readonly id: string
  readonly key: string
  readonly keyId: string
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
  const keyId = `${id}-key`
  const createdAt = t.deps.clock.now().toISOString()
  await t.deps.db.transaction(async (tx) => {
    await tx.insert(partners).values({ id, name: partner.name ?? `测试${partner.kind}`, kind: partner.kind, dataLevel: partner.dataLevel, createdAt })
    await tx.insert(partnerKeys).values({ id: keyId, partnerId: id, keyHash: partnerKeyHash(key), createdAt, lastUsedAt: null, expiresAt: null, revokedAt: null })
  })
  return { id, key, keyId }
}

/** Revokes every key of a partner straight in the database, as if an admin had revoked each. */
export async function revokeTestPartner(t: Pick<TestContext, 'deps'>, id: string): Promise<void> {
  await t.deps.db.transaction((tx) => tx.update(partnerKeys).set({ revokedAt: t.deps.clock.now().toISOString() }).where(eq(partnerKeys.partnerId, id)))
}
