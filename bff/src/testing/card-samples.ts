import { cancelLoss, reportLoss, reported } from './card-flows'
import { seededGrantOf } from './flows'
import type { TestContext } from './harness'
import type { Sample } from './operation-samples'
import type { AuditedWrite } from './wages-audit-walk'
import { userIdOf } from './wages-flows'

/** The card's operations take no id, query or body: the card is the one of the person the call is about. */
export const cardSamples: Readonly<Record<string, Sample>> = {
  'card.getMyCard': {},
  'card.revealMyCard': {},
  'card.reportCardLostTemporarily': {},
  'card.cancelTemporaryLoss': {},
}

/** A successful call of every card operation that writes, for the audit walk. */
export const cardAuditedWrites: Record<string, (t: TestContext) => Promise<AuditedWrite>> = {
  'card.reportCardLostTemporarily': async (t) => {
    // By proxy: staff-chen reports elder-wang's card under the grant she gave him.
    const token = await t.login('staff-chen')
    const { grantId } = await seededGrantOf(t, token)
    return {
      act: () => reportLoss(t, { token, actingFor: grantId }, 'audit-walk-card-report'),
      actor: await userIdOf(t, 'staff-chen'),
      subject: await userIdOf(t, 'elder-wang'),
      via: grantId,
    }
  },
  'card.cancelTemporaryLoss': async (t) => {
    const token = await t.login('citizen-zhang')
    await reported(t, { token })
    const zhang = await userIdOf(t, 'citizen-zhang')
    return { act: () => cancelLoss(t, { token }, 'audit-walk-card-cancel'), actor: zhang, subject: zhang }
  },
}
