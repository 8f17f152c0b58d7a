import { created, decline, end, downloaded, read, recordReading, signatory, signedByEmployer, signedContract, signWith, startSigning, started, update, verifyFile, withdraw, zhaoContract } from './contracts-flows'
import { evidenceSamples } from './evidence-samples'
import type { TestContext } from './harness'
import type { Sample } from './operation-samples'
import type { AuditedWrite } from './wages-audit-walk'
import { userIdOf } from './wages-flows'

/** Well-formed but unknown (as operation-samples' own, which cannot be imported from here: it imports this file). */
const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

/** Samples of the contract operations: a draft for worker-zhao, a made-up contract, a file and a hash nobody recorded. */
export const contractsSamples: Readonly<Record<string, Sample>> = {
  'contracts.createContract': { body: zhaoContract() },
  'contracts.updateContract': { params: { id: unknownId }, body: zhaoContract() },
  'contracts.listMyContracts': { query: { limit: '10' } },
  'contracts.getContract': { params: { id: unknownId } },
  'contracts.recordReading': { params: { id: unknownId }, body: { device: '' } },
  'contracts.startSigning': { params: { id: unknownId }, body: {} },
  'contracts.signContract': { params: { id: unknownId }, body: { attemptId: unknownId, verifyId: `dev-face:${unknownId}`, simulated: 'pass' } },
  'contracts.declineContract': { params: { id: unknownId }, body: { reason: '' } },
  'contracts.withdrawContract': { params: { id: unknownId } },
  'contracts.downloadContract': { params: { id: unknownId } },
  'contracts.endContract': { params: { id: unknownId }, body: { ground: 'mutual_by_worker', lastDay: '2026-11-29', reason: '' } },
  'contracts.downloadCertificate': { params: { id: unknownId } },
  'contracts.verifyContractFile': { file: { name: '劳动合同.pdf', bytes: evidenceSamples['application/pdf'], type: 'application/pdf' } },
  'contracts.verifyContractHash': { params: { sha256: 'a'.repeat(64) } },
}

/** An audited act; the public check is a read by no one (written as such), about the worker whose contract it found. */
export type ContractsAuditedWrite = Omit<AuditedWrite, 'actor'> & { readonly actor: string | null; readonly kind?: 'read' }

/** A successful call of every contract operation that writes, for the audit walk. */
export const contractsAuditedWrites: Record<string, (t: TestContext) => Promise<ContractsAuditedWrite>> = {
  'contracts.createContract': async (t) => {
    const token = await t.login('employer-demo')
    const employer = await userIdOf(t, 'employer-demo')
    return { act: () => t.call('POST', '/api/contracts', { token, idempotencyKey: 'audit-walk-contract', body: zhaoContract() }), actor: employer, subject: employer }
  },
  'contracts.updateContract': async (t) => {
    const token = await t.login('employer-demo')
    const draft = await created(t, { token })
    const employer = await userIdOf(t, 'employer-demo')
    return { act: () => update(t, { token }, draft.id, zhaoContract({ wageFen: 800_000 })), actor: employer, subject: employer }
  },
  'contracts.startSigning': async (t) => {
    const token = await t.login('employer-demo')
    const draft = await created(t, { token })
    const employer = await userIdOf(t, 'employer-demo')
    return { act: () => startSigning(t, { token }, draft.id, { signatory }), actor: employer, subject: employer }
  },
  'contracts.recordReading': async (t) => {
    const employer = await t.login('employer-demo')
    const draft = await created(t, { token: employer })
    await signedByEmployer(t, employer, draft.id)
    const zhao = await userIdOf(t, 'worker-zhao')
    const token = await t.login('worker-zhao')
    return { act: () => recordReading(t, { token }, draft.id, 'Redmi 12C · Android 13'), actor: zhao, subject: zhao }
  },
  // The worker's signature: from then on, the contract is about her.
  'contracts.signContract': async (t) => {
    const employer = await t.login('employer-demo')
    const draft = await created(t, { token: employer })
    await signedByEmployer(t, employer, draft.id)
    const token = await t.login('worker-zhao')
    await read(t, { token }, draft.id)
    const session = await started(t, { token }, draft.id)
    const zhao = await userIdOf(t, 'worker-zhao')
    return { act: () => signWith(t, { token, idempotencyKey: 'audit-walk-signature' }, draft.id, session), actor: zhao, subject: zhao }
  },
  'contracts.declineContract': async (t) => {
    const employer = await t.login('employer-demo')
    const draft = await created(t, { token: employer })
    await signedByEmployer(t, employer, draft.id)
    const zhao = await userIdOf(t, 'worker-zhao')
    const token = await t.login('worker-zhao')
    return { act: () => decline(t, { token }, draft.id, '岗位与面谈时不同'), actor: zhao, subject: zhao }
  },
  'contracts.withdrawContract': async (t) => {
    const token = await t.login('employer-demo')
    const draft = await created(t, { token })
    const employer = await userIdOf(t, 'employer-demo')
    return { act: () => withdraw(t, { token }, draft.id), actor: employer, subject: employer }
  },
  // The ending of a signed contract is about its worker.
  'contracts.endContract': async (t) => {
    const { contract } = await signedContract(t, zhaoContract({ startsOn: '2026-11-01', endsOn: '2027-10-31' }))
    const token = await t.login('employer-demo')
    const employer = await userIdOf(t, 'employer-demo')
    return {
      act: () => end(t, { token, idempotencyKey: 'audit-walk-ending' }, contract.id, { ground: 'mutual_by_worker', lastDay: '2026-11-29' }),
      actor: employer,
      subject: await userIdOf(t, 'worker-zhao'),
    }
  },
  'contracts.verifyContractFile': async (t) => {
    const { contract, worker } = await signedContract(t)
    const file = await downloaded(t, { token: worker }, contract.id)
    return { act: () => verifyFile(t, file.bytes), actor: null, subject: await userIdOf(t, 'worker-zhao'), kind: 'read' }
  },
}
