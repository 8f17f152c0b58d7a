import { partnerActorId } from '../platform/partner-access'
import { applied, apply, bankIds, bankKeys, collect, createOutlet, damagedAtIcbc, madeCard, newOutlet, outletIds, producedAndDelivered, reportLostAtCounter, step, updateOutlet } from './card-application-flows'
import { cancelLoss, ecardCodeOf, recordUse, reportLoss, reported, setOpening } from './card-flows'
import { confirmationOf, confirmCredits, creditFileHeaderLine, orderedPayment, uploadCreditFile, utf8File } from './card-money-flows'
import { seededGrantOf } from './flows'
import type { TestContext } from './harness'
import type { Sample } from './operation-samples'
import type { PartnerAuditedWrite } from './partner-audit-walk'
import type { AuditedWrite } from './wages-audit-walk'
import { userIdOf } from './wages-flows'

/** Well-formed but unknown (as operation-samples' own, which cannot be imported from here: it imports this file). */
const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

/**
 * The card's operations take no id: the card is the one of the person the call is about, the
 * venue the caller's own, the county the officer's. A made-up token is checked and refused (an
 * answer, not an error); Lucheng's officer opens its buses and adds an outlet. The holder applies
 * for a replacement at ICBC's Lucheng counter; a bank's step and collection name a made-up
 * application (not found), its formal loss report citizen-zhang's card, which ICBC issued.
 */
const sampleConfirmation = { reference: 'SAMPLE-CREDIT-1', outcome: 'credited', amountFen: 10_000, bankTransactionId: 'SAMPLE-TX-1', at: '2026-11-28T17:30:00+08:00' } as const
const sampleCreditFile = utf8File(creditFileHeaderLine, 'SAMPLE-CREDIT-2,A30231234,100.00,credited,SAMPLE-TX-2,2026-11-28T17:30:00+08:00,')

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
  'card.listOutlets': { query: { service: 'collect' } },
  'card.applyForCard': { body: damagedAtIcbc },
  'card.getMyApplication': {},
  'card.listRegionOutlets': {},
  'card.createOutlet': { body: newOutlet },
  'card.updateOutlet': { params: { id: unknownId }, body: newOutlet },
  'card.partnerListApplications': { query: { status: 'applied' } },
  'card.partnerReportApplicationStep': { params: { id: unknownId }, body: { step: 'at_outlet', reference: 'SAMPLE-STEP-1' } },
  'card.partnerRecordCollection': { params: { id: unknownId }, body: { reference: 'SAMPLE-COLLECTION-1', idNumber: '330302199003151231' } },
  'card.partnerReportCardLost': { body: { reference: 'SAMPLE-LOSS-1', cardNumber: 'A30231234', idNumber: '330302199003151231' } },
  'card.getMyCardPayments': {},
  // A bank's word on a payment that is not ours: answered, and refused line by line as unknown.
  'card.partnerListCredits': { query: { limit: '10' } },
  'card.partnerConfirmCredits': { body: { confirmations: [sampleConfirmation] } },
  'card.partnerUploadCreditFile': { file: { name: 'credits-20261128.csv', bytes: sampleCreditFile, type: 'text/csv' } },
  'card.getCardReconciliation': { query: { day: '2026-11-28' } },
}

/** A successful call of every card operation that writes, for the audit walk. */
export const cardAuditedWrites: Record<string, (t: TestContext) => Promise<AuditedWrite | PartnerAuditedWrite>> = {
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
  'card.applyForCard': async (t) => {
    // By proxy: staff-chen applies for a replacement of elder-wang's card, to collect at her community counter.
    const token = await t.login('staff-chen')
    const { grantId } = await seededGrantOf(t, token)
    const body = { kind: 'replacement', reason: 'damaged', outletId: outletIds.wuma } as const
    return { act: () => apply(t, { token, actingFor: grantId }, body, 'audit-walk-card-apply'), actor: await userIdOf(t, 'staff-chen'), subject: await userIdOf(t, 'elder-wang'), via: grantId }
  },
  'card.createOutlet': async (t) => {
    const token = await t.login('officer-liu')
    const liu = await userIdOf(t, 'officer-liu')
    return { act: () => createOutlet(t, token, newOutlet, 'audit-walk-outlet'), actor: liu, subject: liu }
  },
  'card.updateOutlet': async (t) => {
    const token = await t.login('officer-liu')
    const liu = await userIdOf(t, 'officer-liu')
    const body = { ...newOutlet, name: '五马街道社区服务中心', partnerId: bankIds.wzbank, open: false }
    return { act: () => updateOutlet(t, token, outletIds.wuma, body), actor: liu, subject: liu }
  },
  // The bank's acts are about the holder: she sees them in her access log.
  'card.partnerReportApplicationStep': async (t) => {
    const application = await applied(t, { token: await t.login('citizen-zhang') }, damagedAtIcbc)
    return {
      act: () => step(t, bankKeys.icbc, application.id, { step: 'produced', reference: 'AUDIT-PRODUCED', ...madeCard }),
      actor: partnerActorId(bankIds.icbc),
      subject: await userIdOf(t, 'citizen-zhang'),
    }
  },
  'card.partnerRecordCollection': async (t) => {
    const application = await applied(t, { token: await t.login('citizen-zhang') }, damagedAtIcbc)
    await producedAndDelivered(t, bankKeys.icbc, application.id)
    return {
      act: () => collect(t, bankKeys.icbc, application.id, { reference: 'AUDIT-COLLECTED', idNumber: '330302199003151231' }),
      actor: partnerActorId(bankIds.icbc),
      subject: await userIdOf(t, 'citizen-zhang'),
    }
  },
  'card.partnerConfirmCredits': async (t) => {
    // ICBC credits citizen-zhang's allowance: the money's move and the bank's word are both about her.
    const payment = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'AUDIT-CREDIT', amountFen: 10_000 })
    return { act: () => confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, payment)] }), actor: partnerActorId(bankIds.icbc), subject: await userIdOf(t, 'citizen-zhang') }
  },
  // A file that moves money has rows about each holder and one about the file; the walk wants one
  // subject, so its file moves nothing: a line of no payment of ours, kept as refused, and the file.
  'card.partnerUploadCreditFile': (t) => Promise.resolve({ act: () => uploadCreditFile(t, bankKeys.icbc, sampleCreditFile), actor: partnerActorId(bankIds.icbc), subject: null }),
  'card.partnerReportCardLost': async (t) => ({
    act: () => reportLostAtCounter(t, bankKeys.icbc, { reference: 'AUDIT-LOST', cardNumber: 'A30231234', idNumber: '330302199003151231' }),
    actor: partnerActorId(bankIds.icbc),
    subject: await userIdOf(t, 'citizen-zhang'),
  }),
}
