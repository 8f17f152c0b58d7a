import { devPartnerKeys, seededRetireeIds } from '../db/seed/retiree'
import { seededGrantOf } from './flows'
import type { TestContext } from './harness'
import { keyOfPartner, revokeKey, rotateKey } from './partner-keys'
import { offersOf, sentLifeSignal, startedFace } from './retiree-flows'
import type { AuditedWrite } from './wages-audit-walk'
import { userIdOf } from './wages-flows'

/** A successful call of every pensioner operation that writes, and of partner registration and key changes, for the audit walk. */
export const retireeAuditedWrites: Record<string, (t: TestContext) => Promise<AuditedWrite>> = {
  'retiree.startFace': async (t) => {
    const token = await t.login('retiree-sun')
    const sun = await userIdOf(t, 'retiree-sun')
    return { act: () => t.call('POST', '/api/retiree/face', { token }), actor: sun, subject: sun }
  },
  'retiree.finishFace': async (t) => {
    // elder-wang, 82: a pass also offers her the longevity allowance, recorded under her too.
    const token = await t.login('elder-wang')
    const wang = await userIdOf(t, 'elder-wang')
    const { attemptId, verifyId } = await startedFace(t, token)
    const body = { verifyId, simulated: 'pass' }
    return { act: () => t.call('POST', `/api/retiree/face/${attemptId}/result`, { token, body }), actor: wang, subject: wang }
  },
  'retiree.requestHomeVisit': async (t) => {
    const token = await t.login('staff-chen')
    const { grantId } = await seededGrantOf(t, token)
    return {
      act: () => t.call('POST', '/api/retiree/home-visit', { token, actingFor: grantId }),
      actor: await userIdOf(t, 'staff-chen'),
      subject: await userIdOf(t, 'elder-wang'),
      via: grantId,
    }
  },
  'retiree.confirmAssistance': async (t) => {
    await sentLifeSignal(t, devPartnerKeys.hospital, { signalId: 'HOSP-AUDIT-OFFER', idNumber: '330302194406080025' })
    const token = await t.login('elder-wang')
    const wang = await userIdOf(t, 'elder-wang')
    const [offer] = await offersOf(t, { token })
    return { act: () => t.call('POST', `/api/retiree/assistance/${offer?.id}/confirm`, { token }), actor: wang, subject: wang }
  },
  'retiree.registerPartner': async (t) => {
    const token = await t.login('admin')
    const admin = await userIdOf(t, 'admin')
    const body = { name: '温州医科大学附属第一医院', kind: 'hospital', dataLevel: 1 }
    return { act: () => t.call('POST', '/api/retiree/partners', { token, body }), actor: admin, subject: admin }
  },
  'retiree.rotatePartnerKey': async (t) => {
    const token = await t.login('admin')
    const key = await keyOfPartner(t, token, seededRetireeIds.partners.hospital)
    return { act: () => rotateKey(t, token, key.id), actor: await userIdOf(t, 'admin'), subject: await userIdOf(t, 'admin') }
  },
  'retiree.revokePartnerKey': async (t) => {
    const token = await t.login('admin')
    const key = await keyOfPartner(t, token, seededRetireeIds.partners.bank)
    return { act: () => revokeKey(t, token, key.id), actor: await userIdOf(t, 'admin'), subject: await userIdOf(t, 'admin') }
  },
}
