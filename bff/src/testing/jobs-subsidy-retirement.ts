import { eq } from 'drizzle-orm'
import { idNumberCheckCharacter } from '@renshe/shared/identity/id-number'
import { SubsidyApplication } from '@renshe/shared/jobs/subsidy'
import { realNames } from '../db/schema'
import type { TestContext } from './harness'
import { paidFlexibleWorker } from './jobs-subsidy-samples'
import { userIdOf } from './wages-flows'

/** A made-up but valid resident ID number of Lucheng for a birth date (`YYYYMMDD`) and sex (digit 17 odd for a man). */
export function idNumberBornOn(birthDate: string, sex: 'male' | 'female'): string {
  const first17 = `330302${birthDate}00${sex === 'male' ? '1' : '2'}`
  return first17 + idNumberCheckCharacter(first17)
}

/**
 * Zhao enrols in November 2026 and pays November and December, applies, and then his sealed ID
 * number is swapped for `idNumber`: the register still finds him by his own (the blind index is
 * kept), while the subsidy's review reads birth month and sex from the one given.
 */
export async function appliedBornAs(t: TestContext, idNumber: string): Promise<SubsidyApplication> {
  const token = await paidFlexibleWorker(t)
  const response = await t.call('POST', '/api/jobs/subsidy/applications', { body: {}, token, idempotencyKey: 'subsidy-apply-born-as' })
  const application = SubsidyApplication.parse(await response.json())
  const zhao = await userIdOf(t, 'worker-zhao')
  await t.deps.db.transaction((tx) =>
    tx
      .update(realNames)
      .set({ idNumberEnc: t.deps.sealer.seal(idNumber), birthYear: Number(idNumber.slice(6, 10)) })
      .where(eq(realNames.userId, zhao)),
  )
  return application
}
