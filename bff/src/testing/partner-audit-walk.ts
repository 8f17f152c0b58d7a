import { devPartnerKeys, seededRetireeIds } from '../db/seed/retiree'
import { partnerActorId } from '../platform/partner-access'
import type { TestContext } from './harness'
import { userIdOf } from './wages-flows'

/** One successful partner call, and whom its audit rows must name: the partner, and the pensioner's account if there is one. */
export interface PartnerAuditedWrite {
  readonly act: () => Promise<Response>
  readonly actor: string
  readonly subject: string | null
}

/** A successful call of every partner operation, for the audit walk. */
export const partnerAuditedWrites: Record<string, (t: TestContext) => Promise<PartnerAuditedWrite>> = {
  'partner.sendLifeSignal': async (t) => {
    const body = { signalId: 'HOSP-AUDIT-1', idNumber: '33030219550312301X', kind: 'hospital_visit', observedAt: t.clock.now().toISOString() }
    return {
      act: () => t.call('POST', '/api/partner/life-signals', { partnerKey: devPartnerKeys.hospital, body }),
      actor: partnerActorId(seededRetireeIds.partners.hospital),
      subject: await userIdOf(t, 'retiree-sun'),
    }
  },
  'partner.sendDeathRecord': (t) => {
    // 周德明 has no portal account: the rows name no subject.
    const body = { recordId: 'MZ-AUDIT-1', idNumber: '330302193809031012', diedOn: '2026-11-20' }
    return Promise.resolve({
      act: () => t.call('POST', '/api/partner/death-records', { partnerKey: devPartnerKeys.civilAffairs, body }),
      actor: partnerActorId(seededRetireeIds.partners.civilAffairs),
      subject: null,
    })
  },
}
