import { seededGrantOf } from './flows'
import type { TestContext } from './harness'
import {
  actedInjury,
  actInjury,
  applyAsRelative,
  applyInjury,
  fromReport,
  oujiang,
  oujiangAccident,
  relativeApplication,
  relativeDocuments,
  report,
  reported,
  sampleAccident,
  sampleInjuries,
  workersOwnCase,
} from './injury-flows'
import type { Sample } from './operation-samples'
import type { AuditedWrite } from './wages-audit-walk'
import { userIdOf } from './wages-flows'

/** Well-formed but unknown (as operation-samples' own, which cannot be imported from here: it imports this file). */
const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

/**
 * Samples of the work-injury operations: a report of the citizen (or for her), an application from
 * a made-up report and a made-up case (not found for anyone), the queue, 瓯江's index.
 */
export const injurySamples: Readonly<Record<string, Sample>> = {
  'disputes.reportAccident': { body: sampleAccident },
  'disputes.listMyInjuries': {},
  'disputes.applyForInjury': { body: { accidentId: unknownId, injuries: sampleInjuries, evidenceIds: [] } },
  // A made-up worker and made-up documents: refused as unknown files, after every check.
  'disputes.applyForRelativeInjury': {
    body: {
      worker: { name: '林海', idNumber: '330302196007053010' },
      relation: 'parent',
      employer: sampleAccident.employer,
      regionCode: sampleAccident.regionCode,
      accidentOn: sampleAccident.accidentOn,
      kind: sampleAccident.kind,
      account: sampleAccident.account,
      injuries: sampleInjuries,
      relationProofIds: [unknownId],
      diagnosisIds: [unknownId],
    },
  },
  'disputes.getInjury': { params: { id: unknownId } },
  'disputes.actOnInjury': { params: { id: unknownId }, body: { kind: 'withdraw', reason: '' } },
  'disputes.listInjuryQueue': { query: { limit: '10' } },
  'disputes.getPreventionScore': { params: { creditCode: oujiang.creditCode } },
}

/** A successful call of every work-injury operation that writes, for the audit walk. */
export const injuryAuditedWrites: Record<string, (t: TestContext) => Promise<AuditedWrite>> = {
  'disputes.reportAccident': async (t) => {
    // By proxy: staff-chen reports elder-wang's accident under the grant she gave him.
    const token = await t.login('staff-chen')
    const { grantId } = await seededGrantOf(t, token)
    return {
      act: () => report(t, { token, actingFor: grantId, idempotencyKey: 'audit-walk-injury-report' }, sampleAccident),
      actor: await userIdOf(t, 'staff-chen'),
      subject: await userIdOf(t, 'elder-wang'),
      via: grantId,
    }
  },
  'disputes.applyForInjury': async (t) => {
    // The employer applies from zhao's report within its 30 days: the application is about him.
    const filed = await reported(t, { token: await t.login('worker-zhao') }, oujiangAccident())
    const token = await t.login('employer-demo')
    return {
      act: () => applyInjury(t, { token, idempotencyKey: 'audit-walk-injury-apply' }, fromReport(filed.id)),
      actor: await userIdOf(t, 'employer-demo'),
      subject: await userIdOf(t, 'worker-zhao'),
    }
  },
  'disputes.applyForRelativeInjury': async (t) => {
    // citizen-zhang applies as zhao's spouse: the application is about him.
    const token = await t.login('citizen-zhang')
    const body = relativeApplication(await relativeDocuments(t, { token }))
    return {
      act: () => applyAsRelative(t, { token, idempotencyKey: 'audit-walk-injury-relative' }, body),
      actor: await userIdOf(t, 'citizen-zhang'),
      subject: await userIdOf(t, 'worker-zhao'),
    }
  },
  'disputes.actOnInjury': async (t) => {
    // The office's act is about the worker: it shows in his access log.
    const filed = await workersOwnCase(t, await t.login('worker-zhao'))
    const token = await t.login('officer-liu')
    await actedInjury(t, { token }, filed.id, { kind: 'accept' })
    return { act: () => actInjury(t, { token, idempotencyKey: 'audit-walk-injury-act' }, filed.id, { kind: 'markFactsClear' }), actor: await userIdOf(t, 'officer-liu'), subject: await userIdOf(t, 'worker-zhao') }
  },
}
