import { z } from 'zod'
import { ArbitrationPrefill } from '@renshe/shared/disputes/arbitration-cases'
import { DisputeFile } from '@renshe/shared/disputes/files'
import { CaseDetail, EvidenceContent } from '@renshe/shared/wages/schemas'
import { evidenceSamples } from './evidence-samples'
import type { TestContext } from './harness'
import { expectOk } from './http'
import { upload } from './uploads'
import { acted as actedOnComplaint, complaintForm, draftIdOf, fileComplaint, seededCase, uploadEvidence } from './wages-flows'

/** Steps of the tests of dispute files and of wage complaints sent on to arbitration (decision 072), through the API. */

interface As {
  readonly token: string
  readonly actingFor?: string
  readonly idempotencyKey?: string
}

export function uploadDisputeFile(t: TestContext, as: As, bytes: Uint8Array = evidenceSamples['image/jpeg'], name = '劳动合同.jpg'): Promise<Response> {
  return upload(t, '/api/disputes/files', { ...as, file: { name, bytes } })
}

export async function uploadedDisputeFile(t: TestContext, as: As, bytes?: Uint8Array, name?: string): Promise<DisputeFile> {
  return expectOk(await uploadDisputeFile(t, as, bytes, name), DisputeFile, 201)
}

/** The unsent files of the pool `as` is about. */
export async function unsentFilesOf(t: TestContext, as: As): Promise<DisputeFile[]> {
  return (await expectOk(await t.call('GET', '/api/disputes/files', as), z.object({ items: z.array(DisputeFile) }))).items
}

export function deleteDisputeFile(t: TestContext, as: As, id: string): Promise<Response> {
  return t.call('DELETE', `/api/disputes/files/${id}`, as)
}

export function openDisputeFile(t: TestContext, as: As, id: string): Promise<Response> {
  return t.call('GET', `/api/disputes/files/${id}`, as)
}

export async function openedDisputeFile(t: TestContext, as: As, id: string): Promise<EvidenceContent> {
  return expectOk(await openDisputeFile(t, as, id), EvidenceContent)
}

export function prefillOf(t: TestContext, as: As, wageCaseId: string): Promise<Response> {
  return t.call('GET', `/api/disputes/arbitration-prefill?wageCaseId=${encodeURIComponent(wageCaseId)}`, as)
}

export async function prefilled(t: TestContext, as: As, wageCaseId: string): Promise<ArbitrationPrefill> {
  return expectOk(await prefillOf(t, as, wageCaseId), ArbitrationPrefill)
}

/** worker-zhao's seeded complaint in mediation against employer-demo's company, sent to arbitration by Lucheng's officer. */
export async function zhaosTransferredComplaint(t: TestContext): Promise<CaseDetail> {
  const mediating = await seededCase(t, 'worker-zhao', 'mediating')
  return actedOnComplaint(t, { token: await t.login('officer-liu') }, mediating.id, { kind: 'transferArbitration', note: '调解不成，转劳动争议仲裁。' })
}

/**
 * A complaint filed by `as` (the worker, or grid staff for her) with one photo, in Lucheng, accepted
 * and sent to arbitration by Lucheng's officer.
 */
export async function transferredComplaint(t: TestContext, as: As, draft = 701): Promise<CaseDetail> {
  const photo = await uploadEvidence(t, as, evidenceSamples['image/png'], '工资条.png')
  const filed = await fileComplaint(t, as, { draftId: draftIdOf(draft), form: complaintForm({ evidenceIds: [photo.id] }) })
  const officer = { token: await t.login('officer-liu') }
  await actedOnComplaint(t, officer, filed.id, { kind: 'accept' })
  return actedOnComplaint(t, officer, filed.id, { kind: 'transferArbitration', note: '' })
}
