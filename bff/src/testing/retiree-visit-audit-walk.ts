import { seededRetireeIds } from '../db/seed/retiree'
import type { AuditedWrite } from './wages-audit-walk'
import { evidenceSamples } from './evidence-samples'
import { seededGrantOf } from './flows'
import type { TestContext } from './harness'
import { openedProxy, review, sendPhoto, sentPhoto, submitReport, submittedReport, visitReport, assign } from './retiree-visit-flows'
import { decideDeathRecord, pendingDeathRecordOf, sentDeathRecord } from './retiree-flows'
import { userIdOf } from './wages-flows'

/** A home visit staff-chen opened for elder-wang under her grant: its rows name her as the subject. */
async function elderWangVisit(t: TestContext) {
  const token = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, token)
  const task = await openedProxy(t, { token, actingFor: grantId })
  return { token, grantId, task }
}

/** A successful call of every home-visit and office operation that writes, for the audit walk. */
export const retireeVisitAuditedWrites: Record<string, (t: TestContext) => Promise<AuditedWrite>> = {
  'retiree.openProxyVisit': async (t) => {
    const token = await t.login('staff-chen')
    const { grantId } = await seededGrantOf(t, token)
    return {
      act: () => t.call('POST', '/api/retiree/visits/proxy', { token, actingFor: grantId }),
      actor: await userIdOf(t, 'staff-chen'),
      subject: await userIdOf(t, 'elder-wang'),
      via: grantId,
    }
  },
  // The visit itself is the worker's own act (no grant), about the pensioner.
  'retiree.uploadVisitPhoto': async (t) => {
    const { token, task } = await elderWangVisit(t)
    return { act: () => sendPhoto(t, { token }, task.id, evidenceSamples['image/jpeg']), actor: await userIdOf(t, 'staff-chen'), subject: await userIdOf(t, 'elder-wang') }
  },
  'retiree.submitVisit': async (t) => {
    const { token, task } = await elderWangVisit(t)
    const photo = await sentPhoto(t, token, task.id, evidenceSamples['image/jpeg'])
    return { act: () => submitReport(t, { token }, task.id, visitReport(photo.id)), actor: await userIdOf(t, 'staff-chen'), subject: await userIdOf(t, 'elder-wang') }
  },
  'retiree.assignVisit': async (t) => {
    const token = await t.login('officer-liu')
    return { act: () => assign(t, token, seededRetireeIds.pensioners.wu), actor: await userIdOf(t, 'officer-liu'), subject: await userIdOf(t, 'retiree-wu') }
  },
  'retiree.reviewVisit': async (t) => {
    const { token, task } = await elderWangVisit(t)
    const photo = await sentPhoto(t, token, task.id, evidenceSamples['image/png'])
    await submittedReport(t, token, task.id, photo.id)
    const liu = await t.login('officer-liu')
    return {
      act: () => review(t, liu, task.id, { decision: 'reject', note: '照片中看不到本人' }),
      actor: await userIdOf(t, 'officer-liu'),
      subject: await userIdOf(t, 'elder-wang'),
    }
  },
  'retiree.confirmDeathRecord': async (t) => {
    await sentDeathRecord(t, { recordId: 'MZ-AUDIT-CONFIRM', idNumber: '33030219550312301X', diedOn: '2026-11-02' })
    const liu = await t.login('officer-liu')
    const record = await pendingDeathRecordOf(t, seededRetireeIds.pensioners.sun, liu)
    return { act: () => decideDeathRecord(t, liu, record.id, { confirm: true }), actor: await userIdOf(t, 'officer-liu'), subject: await userIdOf(t, 'retiree-sun') }
  },
  'retiree.reverseDeathRecord': async (t) => {
    await sentDeathRecord(t, { recordId: 'MZ-AUDIT-REVERSE', idNumber: '330302194406080025', diedOn: '2026-11-02' })
    const liu = await t.login('officer-liu')
    const record = await pendingDeathRecordOf(t, seededRetireeIds.pensioners.wang, liu)
    return {
      act: () => decideDeathRecord(t, liu, record.id, { reverse: '本人今日到窗口办理业务，记录有误' }),
      actor: await userIdOf(t, 'officer-liu'),
      subject: await userIdOf(t, 'elder-wang'),
    }
  },
}
