import { seededGrantOf } from './flows'
import type { TestContext } from './harness'
import { evidenceSamples } from './evidence-samples'
import { act, complaintForm, draftIdOf, seededCase, sendMessage, submit, uploadEvidence, uploadFile, userIdOf } from './wages-flows'

/** One successful write, and whom its audit rows must name. */
export interface AuditedWrite {
  readonly act: () => Promise<Response>
  readonly actor: string
  readonly subject: string
  readonly via?: string
}

/** A successful call of every complaint operation that writes, for the audit walk. */
export const wagesAuditedWrites: Record<string, (t: TestContext) => Promise<AuditedWrite>> = {
  'wages.saveDraft': async (t) => {
    const token = await t.login('worker-zhao')
    const zhao = await userIdOf(t, 'worker-zhao')
    return { act: () => t.call('PUT', '/api/wages/draft', { token, body: { draftId: draftIdOf(1), step: 1, form: {} } }), actor: zhao, subject: zhao }
  },
  'wages.deleteDraft': async (t) => {
    const token = await t.login('worker-zhao')
    const zhao = await userIdOf(t, 'worker-zhao')
    await t.call('PUT', '/api/wages/draft', { token, body: { draftId: draftIdOf(1), step: 1, form: {} } })
    return { act: () => t.call('DELETE', '/api/wages/draft', { token }), actor: zhao, subject: zhao }
  },
  'wages.uploadEvidence': async (t) => {
    const token = await t.login('staff-chen')
    const { grantId } = await seededGrantOf(t, token)
    return {
      act: () => uploadFile(t, { token, actingFor: grantId }, evidenceSamples['image/jpeg']),
      actor: await userIdOf(t, 'staff-chen'),
      subject: await userIdOf(t, 'elder-wang'),
      via: grantId,
    }
  },
  'wages.deleteEvidence': async (t) => {
    const token = await t.login('worker-zhao')
    const zhao = await userIdOf(t, 'worker-zhao')
    const file = await uploadEvidence(t, { token }, evidenceSamples['application/pdf'])
    return { act: () => t.call('DELETE', `/api/wages/evidence/${file.id}`, { token }), actor: zhao, subject: zhao }
  },
  'wages.submitComplaint': async (t) => {
    const token = await t.login('worker-zhao')
    const zhao = await userIdOf(t, 'worker-zhao')
    return { act: () => submit(t, { token }, draftIdOf(2), complaintForm()), actor: zhao, subject: zhao }
  },
  'wages.actOnComplaint': async (t) => {
    const token = await t.login('officer-liu')
    const waiting = await seededCase(t, 'citizen-zhang', 'submitted')
    // An officer's act on a case is about the worker: it shows in the worker's access log.
    return { act: () => act(t, { token }, waiting.id, { kind: 'accept' }), actor: await userIdOf(t, 'officer-liu'), subject: waiting.workerUserId }
  },
  'wages.postMessage': async (t) => {
    const token = await t.login('worker-zhao')
    const mediating = await seededCase(t, 'worker-zhao', 'mediating')
    const zhao = await userIdOf(t, 'worker-zhao')
    const photo = await uploadEvidence(t, { token }, evidenceSamples['image/jpeg'], '工资条.jpg', 'message')
    return { act: () => sendMessage(t, { token }, mediating.id, { text: '我周五有空，工资条照片附上。', evidenceIds: [photo.id] }), actor: zhao, subject: zhao }
  },
  'wages.respondAsEmployer': async (t) => {
    const token = await t.login('employer-demo')
    const mediating = await seededCase(t, 'worker-zhao', 'mediating')
    const body = { statement: '十月工资将于本周发放。', proofIds: [] }
    return { act: () => t.call('POST', `/api/wages/complaints/${mediating.id}/response`, { token, body }), actor: await userIdOf(t, 'employer-demo'), subject: mediating.workerUserId }
  },
}
