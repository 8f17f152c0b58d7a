import { eq } from 'drizzle-orm'
import { employers, users } from '../db/schema'
import { seededWageIds } from '../db/seed/wages'
import type { TestContext } from './harness'

/**
 * A second employer account, `employer-xincheng`, speaking for 瓯海新城装饰工程有限公司 (Ouhai):
 * the seed links only employer-demo to an organisation.
 */
export async function addOuhaiEmployer(t: TestContext): Promise<void> {
  await t.deps.db.transaction(async (tx) => {
    await tx
      .insert(users)
      .values({ id: 'user-employer-xincheng', devAccount: 'employer-xincheng', roles: ['employer'], regionCode: '330304', createdAt: t.clock.now().toISOString() })
    await tx.update(employers).set({ userId: 'user-employer-xincheng' }).where(eq(employers.id, seededWageIds.employers.xincheng))
  })
}
