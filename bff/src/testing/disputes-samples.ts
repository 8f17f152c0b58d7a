import { deleteDisputeFile, uploadDisputeFile, uploadedDisputeFile } from './dispute-files-flows'
import { acted, applied, apply, act, oujiangApplication, sampleApplication } from './disputes-flows'
import { evidenceSamples } from './evidence-samples'
import { seededGrantOf } from './flows'
import type { TestContext } from './harness'
import type { Sample } from './operation-samples'
import type { AuditedWrite } from './wages-audit-walk'
import { userIdOf } from './wages-flows'

/** Well-formed but unknown (as operation-samples' own, which cannot be imported from here: it imports this file). */
const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

/** Samples of the arbitration operations: an application of the citizen (or for her), a made-up case, the queue. */
export const disputesSamples: Readonly<Record<string, Sample>> = {
  'disputes.applyForArbitration': { body: sampleApplication },
  'disputes.listMyArbitrations': {},
  'disputes.getArbitration': { params: { id: unknownId } },
  'disputes.actOnArbitration': { params: { id: unknownId }, body: { kind: 'withdraw', reason: '' } },
  'disputes.listArbitrationQueue': { query: { limit: '10' } },
  'disputes.getArbitrationPrefill': { query: { wageCaseId: unknownId } },
  'disputes.uploadFile': { file: { name: '劳动合同.jpg', bytes: evidenceSamples['image/jpeg'], type: 'image/jpeg' } },
  'disputes.getFile': { params: { id: unknownId } },
  'disputes.deleteFile': { params: { id: unknownId } },
  'disputes.listMyUnsentFiles': {},
}

/** A successful call of every arbitration operation that writes, for the audit walk. */
export const disputesAuditedWrites: Record<string, (t: TestContext) => Promise<AuditedWrite>> = {
  'disputes.applyForArbitration': async (t) => {
    // By proxy: staff-chen applies for elder-wang under the grant she gave him.
    const token = await t.login('staff-chen')
    const { grantId } = await seededGrantOf(t, token)
    return {
      act: () => apply(t, { token, actingFor: grantId, idempotencyKey: 'audit-walk-arbitration' }, sampleApplication),
      actor: await userIdOf(t, 'staff-chen'),
      subject: await userIdOf(t, 'elder-wang'),
      via: grantId,
    }
  },
  'disputes.uploadFile': async (t) => {
    // By proxy: staff-chen uploads into elder-wang's pool under the grant she gave him.
    const token = await t.login('staff-chen')
    const { grantId } = await seededGrantOf(t, token)
    return {
      act: () => uploadDisputeFile(t, { token, actingFor: grantId }, evidenceSamples['application/pdf'], '劳动合同.pdf'),
      actor: await userIdOf(t, 'staff-chen'),
      subject: await userIdOf(t, 'elder-wang'),
      via: grantId,
    }
  },
  'disputes.deleteFile': async (t) => {
    // By proxy: staff-chen deletes from elder-wang's pool a file he had uploaded there.
    const token = await t.login('staff-chen')
    const { grantId } = await seededGrantOf(t, token)
    const file = await uploadedDisputeFile(t, { token, actingFor: grantId })
    return {
      act: () => deleteDisputeFile(t, { token, actingFor: grantId }, file.id),
      actor: await userIdOf(t, 'staff-chen'),
      subject: await userIdOf(t, 'elder-wang'),
      via: grantId,
    }
  },
  'disputes.actOnArbitration': async (t) => {
    // The arbitrator's act is about the applicant: it shows in her access log.
    const filed = await applied(t, { token: await t.login('worker-zhao') }, await oujiangApplication(t))
    const token = await t.login('officer-liu')
    await acted(t, { token }, filed.id, { kind: 'accept' })
    return { act: () => act(t, { token, idempotencyKey: 'audit-walk-arbitration-act' }, filed.id, { kind: 'serve' }), actor: await userIdOf(t, 'officer-liu'), subject: await userIdOf(t, 'worker-zhao') }
  },
}
