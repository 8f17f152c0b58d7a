import { KeptPerson, type KeptPersonInput } from '@renshe/shared/identity/kept'
import type { TestContext } from './harness'
import { expectOk } from './http'

/** An older resident of Lucheng with no account and no phone, not in the register. */
export const keptResident = {
  name: '林桂芳',
  idNumber: '330302195110020044',
  residentPresent: true,
  agreement: { method: 'paper_form', reference: 'LC-2026-0137' },
} as const satisfies KeptPersonInput

/** A resident born in Hangzhou's Shangcheng district: outside Lucheng's grid staff's region. */
export const otherRegionResident = { ...keptResident, name: '沈月娥', idNumber: '330102195103030040' } as const

export async function registerKept(t: TestContext, staffToken: string, input: KeptPersonInput = keptResident): Promise<KeptPerson> {
  return expectOk(await t.call('POST', '/api/assist/kept-people', { token: staffToken, body: input }), KeptPerson)
}
