import { cancelLoss, ecardCodeOf, recordUse, reportLoss, reported, setOpening } from './card-flows'
import { seededGrantOf } from './flows'
import type { TestContext } from './harness'
import type { Sample } from './operation-samples'
import type { AuditedWrite } from './wages-audit-walk'
import { userIdOf } from './wages-flows'

/**
 * The card's operations take no id: the card is the one of the person the call is about, the
 * venue the caller's own, the county the officer's. A made-up token is checked and refused (an
 * answer, not an error); Lucheng's officer opens its buses.
 */
export const cardSamples: Readonly<Record<string, Sample>> = {
  'card.getMyCard': {},
  'card.revealMyCard': {},
  'card.reportCardLostTemporarily': {},
  'card.cancelTemporaryLoss': {},
  'card.getEcardCode': {},
  'card.getEcardKeys': {},
  'card.getMyBenefits': {},
  'card.getMyVenue': {},
  'card.recordEcardUse': { body: { token: 'RC1.test.not-a-token.at-all' } },
  'card.getCountyBenefits': { query: { from: '2026-11-01', to: '2026-11-29' } },
  'card.setBenefitOpening': { body: { kind: 'bus', openToCity: true } },
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
  'card.recordEcardUse': async (t) => {
    // Lucheng's bus admits citizen-zhang's code: a use of her card, in her access log.
    const code = await ecardCodeOf(t, await t.login('citizen-zhang'))
    const token = await t.login('venue-bus')
    return { act: () => recordUse(t, token, code.token, 'audit-walk-ecard-use'), actor: await userIdOf(t, 'venue-bus'), subject: await userIdOf(t, 'citizen-zhang') }
  },
  'card.setBenefitOpening': async (t) => {
    const token = await t.login('officer-huang')
    const huang = await userIdOf(t, 'officer-huang')
    return { act: () => setOpening(t, token, { kind: 'park', openToCity: false }, 'audit-walk-opening'), actor: huang, subject: huang }
  },
}
