import type { Me } from '@renshe/shared/identity/schemas'
import type { Contract, ContractSummary, ContractTerms } from '@renshe/shared/contracts/schemas'
import { contractClauses } from '@renshe/shared/contracts/templates'
import { citizen } from '../../../test/fixtures'

/** The worker: 张小红, whose account bound this ID number. */
export const workerIdNumber = '330302199508080029'
/** The employer's authorised person. */
export const signatoryIdNumber = '330302198001011230'

export const worker: Me = { ...citizen, id: 'u-hong', displayName: '张*红' }
export const employer: Me = { ...citizen, id: 'u-firm', displayName: null, roles: ['employer'], realName: { bound: false } }

const terms: ContractTerms = {
  position: '木工',
  workPlace: '温州市鹿城区滨江街道某工地',
  startsOn: '2026-12-01',
  endsOn: '2029-11-30',
  task: '',
  probationMonths: 2,
  wageBasis: 'monthly',
  wageFen: 520_000,
  payDay: 15,
  hoursSystem: 'standard',
  socialInsurance: true,
  otherTerms: '',
}

const parties = { employerName: '温州市鹿城建工有限公司', employerCreditCode: '91330302MA2AXXXX1X', workerName: '张小红', workerIdNumber: '330302********0029' }

/** A three-year fixed-term contract the Lucheng builder drafted for her on 29 November 2026, not yet signed. */
export const draftContract: Contract = {
  id: 'ct-1',
  contractNumber: 'HT3303022026000001',
  kind: 'fixed_term',
  status: 'draft',
  employerName: parties.employerName,
  workerMaskedName: '张*红',
  position: terms.position,
  startsOn: terms.startsOn,
  endsOn: terms.endsOn,
  updatedAt: '2026-11-29T02:00:00.000Z',
  employerCreditCode: parties.employerCreditCode,
  workerName: parties.workerName,
  workerMaskedIdNumber: parties.workerIdNumber,
  regionCode: '330302',
  terms,
  clauses: contractClauses('fixed_term', terms, parties, 'zh'),
  translation: null,
  signatures: [],
  document: null,
  keepUntil: null,
  events: [{ kind: 'drafted', at: '2026-11-29T02:00:00.000Z', by: 'employer', device: null, detail: null }],
  myRole: 'employer',
  allowedActions: ['edit', 'sign', 'withdraw'],
  readByWorker: false,
  ending: null,
  renewal: null,
}

const employerSigned = { signer: 'employer' as const, name: '王建国', at: '2026-11-29T03:00:00.000Z', check: 'face:development' }

/** The same contract signed by the builder's authorised person: hers to read and sign, or to decline. */
export const awaitingWorker: Contract = {
  ...draftContract,
  status: 'awaiting_worker',
  signatures: [employerSigned],
  events: [
    ...draftContract.events,
    { kind: 'identity_checked', at: '2026-11-29T02:59:00.000Z', by: 'employer', device: 'iPhone 15 iOS 18.1', detail: 'face:development' },
    { kind: 'signed', at: '2026-11-29T03:00:00.000Z', by: 'employer', device: 'iPhone 15 iOS 18.1', detail: null },
  ],
  myRole: 'worker',
  allowedActions: ['decline'],
  readByWorker: false,
  ending: null,
  renewal: null,
}

/** Once she has read it to the end: signing is offered. */
export const readByHer: Contract = {
  ...awaitingWorker,
  allowedActions: ['sign', 'decline'],
  readByWorker: true,
  events: [...awaitingWorker.events, { kind: 'viewed', at: '2026-11-29T04:00:00.000Z', by: 'worker', device: 'HUAWEI nova 9 HarmonyOS 4.0', detail: null }],
}

/** Signed by both on 29 November 2026, its PDF timestamped. */
export const signedContract: Contract = {
  ...readByHer,
  status: 'signed',
  signatures: [employerSigned, { signer: 'worker', name: '张小红', at: '2026-11-29T04:05:00.000Z', check: 'face:wechat' }],
  document: { sha256: 'a3f1c2d4e5b60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00', size: 183_402, timestampedAt: '2026-11-29T04:05:02.000Z' },
  keepUntil: '2031-11-30',
  events: [
    ...readByHer.events,
    { kind: 'identity_checked', at: '2026-11-29T04:04:30.000Z', by: 'worker', device: 'HUAWEI nova 9 HarmonyOS 4.0', detail: 'face:wechat' },
    { kind: 'signed', at: '2026-11-29T04:05:00.000Z', by: 'worker', device: 'HUAWEI nova 9 HarmonyOS 4.0', detail: null },
    { kind: 'timestamped', at: '2026-11-29T04:05:02.000Z', by: 'system', device: null, detail: null },
  ],
  allowedActions: ['download'],
}

/** The contract as a list shows it. */
export function summaryOf(contract: Contract): ContractSummary {
  const { id, contractNumber, kind, status, employerName, workerMaskedName, position, startsOn, endsOn, updatedAt } = contract
  return { id, contractNumber, kind, status, employerName, workerMaskedName, position, startsOn, endsOn, updatedAt }
}
