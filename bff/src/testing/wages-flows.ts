import { asc, eq } from 'drizzle-orm'
import { z } from 'zod'
import { InboxMessage } from '@renshe/shared/inbox/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import { CaseDetail, ComplaintForm, EvidenceFile, type CaseAction, type EvidenceUse } from '@renshe/shared/wages/schemas'
import { caseEvents, cases, users } from '../db/schema'
import { seededWageIds } from '../db/seed/wages'
import type { TestContext } from './harness'
import { expectOk } from './http'
import { upload } from './uploads'
import { evidenceSamples } from './evidence-samples'
import { sampleComplaintForm } from './wages-samples'

const evidenceSampleBytes = evidenceSamples['image/png']

/** Steps of the complaint tests, each through the API as the phones take them. */

type FormInput = z.input<typeof ComplaintForm>

/** A distinct, valid v4 UUID for the n-th draft of a test. */
export function draftIdOf(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
}

/** The sample complaint with some parts replaced. */
export function complaintForm(overrides: Partial<FormInput> = {}): FormInput {
  return { ...structuredClone(sampleComplaintForm), evidenceIds: [], ...overrides }
}

/** worker-zhao's complaint against employer-demo's company, on its site 瓯江府二期. */
export function oujiangComplaint(evidenceIds: string[] = []): FormInput {
  return complaintForm({
    employer: { employerId: seededWageIds.employers.oujiang, name: '温州瓯江建设有限公司', creditCode: null },
    site: { projectId: seededWageIds.projects.oujiangfu, siteName: '瓯江府二期', regionCode: '330302', address: '鹿城区江滨西路 88 号' },
    evidenceIds,
  })
}

export interface As {
  readonly token: string
  readonly actingFor?: string
  readonly idempotencyKey?: string
}

export function submit(t: TestContext, as: As, draftId: string, form: FormInput | ComplaintForm): Promise<Response> {
  return t.call('POST', '/api/wages/complaints', { ...as, body: { draftId, form } })
}

export async function fileComplaint(t: TestContext, as: As, options: { draftId?: string; form?: FormInput } = {}): Promise<CaseDetail> {
  return expectOk(await submit(t, as, options.draftId ?? draftIdOf(1), options.form ?? complaintForm()), CaseDetail, 201)
}

/** One file through the evidence upload: for a complaint (or an employer's answer), or for a message on a case. */
export function uploadFile(t: TestContext, as: As, bytes: Uint8Array, name = '工资条.jpg', use: EvidenceUse = 'complaint'): Promise<Response> {
  return upload(t, use === 'message' ? '/api/wages/evidence?for=message' : '/api/wages/evidence', { ...as, file: { name, bytes } })
}

export async function uploadEvidence(t: TestContext, as: As, bytes: Uint8Array, name?: string, use?: EvidenceUse): Promise<EvidenceFile> {
  return expectOk(await uploadFile(t, as, bytes, name, use), EvidenceFile, 201)
}

export function sendMessage(t: TestContext, as: As, caseId: string, body: { readonly text: string; readonly evidenceIds?: readonly string[] }): Promise<Response> {
  return t.call('POST', `/api/wages/complaints/${caseId}/messages`, { ...as, body })
}

export function act(t: TestContext, as: As, caseId: string, action: CaseAction): Promise<Response> {
  return t.call('POST', `/api/wages/complaints/${caseId}/actions`, { ...as, body: action })
}

export async function acted(t: TestContext, as: As, caseId: string, action: CaseAction): Promise<CaseDetail> {
  return expectOk(await act(t, as, caseId, action), CaseDetail, 200, action.kind)
}

export function readCase(t: TestContext, as: As, caseId: string): Promise<Response> {
  return t.call('GET', `/api/wages/complaints/${caseId}`, as)
}

export async function inboxOf(t: TestContext, token: string): Promise<InboxMessage[]> {
  return (await expectOk(await t.call('GET', '/api/inbox/messages?limit=100', { token }), Page(InboxMessage))).items
}

export async function userIdOf(t: TestContext, account: string): Promise<string> {
  const [row] = await t.deps.db.read((q) => q.select({ id: users.id }).from(users).where(eq(users.devAccount, account)))
  if (!row) throw new Error(`No demo account ${account}`)
  return row.id
}

/** Cases stored for a worker, straight from the table. */
export async function caseRowsOf(t: TestContext, account: string) {
  const workerUserId = await userIdOf(t, account)
  return t.deps.db.read((q) => q.select().from(cases).where(eq(cases.workerUserId, workerUserId)).orderBy(asc(cases.submittedAt), asc(cases.id)))
}

/** The seeded case of a worker in a status: the seed makes one of each it needs. */
export async function seededCase(t: TestContext, account: string, status: string) {
  const row = (await caseRowsOf(t, account)).find((c) => c.status === status)
  if (!row) throw new Error(`No seeded ${status} case of ${account}`)
  return row
}

export async function eventKindsOf(t: TestContext, caseId: string): Promise<string[]> {
  const rows = await t.deps.db.read((q) => q.select({ kind: caseEvents.kind }).from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.at), asc(caseEvents.id)))
  return rows.map((row) => row.kind)
}

/**
 * Requests for the complaint operations that need a real case or file, made ready by `as`
 * (typically grid staff acting for a citizen), for tests that walk every operation and expect
 * each to succeed. Each operation gets objects of its own, so the walk's order does not matter.
 */
export async function wagesObjectRequests(t: TestContext, as: As): Promise<Record<string, () => Promise<Response>>> {
  // Sent with a case, so that throwing the draft away (another step of a walk) leaves it.
  const sent = await uploadEvidence(t, as, evidenceSampleBytes)
  const toWithdraw = await fileComplaint(t, as, { draftId: draftIdOf(901), form: complaintForm({ evidenceIds: [sent.id] }) })
  const toMessage = await fileComplaint(t, as, { draftId: draftIdOf(902) })
  const forMessage = await uploadEvidence(t, as, evidenceSampleBytes, '欠条.png', 'message')
  return {
    'wages.getEvidence': () => t.call('GET', `/api/wages/evidence/${sent.id}`, as),
    'wages.deleteEvidence': async () => t.call('DELETE', `/api/wages/evidence/${(await uploadEvidence(t, as, evidenceSampleBytes)).id}`, as),
    'wages.getComplaint': () => readCase(t, as, toWithdraw.id),
    'wages.actOnComplaint': () => act(t, as, toWithdraw.id, { kind: 'withdraw', reason: '' }),
    'wages.postMessage': () => sendMessage(t, as, toMessage.id, { text: '请问进展如何？', evidenceIds: [forMessage.id] }),
  }
}
