import { asc, eq } from 'drizzle-orm'
import { z } from 'zod'
import { Page } from '@renshe/shared/platform/primitives'
import { Coverage, PensionerSummary, VisitForReview, VisitListItem, VisitPhoto, VisitTask, type VisitReview } from '@renshe/shared/retiree/schemas'
import { visitTasks } from '../db/schema'
import type { TestContext } from './harness'
import { expectOk } from './http'
import type { As } from './retiree-flows'
import { sampleVisitReport } from './retiree-visit-samples'
import { upload } from './uploads'

/** Steps of the home-visit and office tests, each through the API as the phones take them. */

export const Visits = z.object({ items: z.array(VisitListItem) })
export const ToReview = z.object({ items: z.array(VisitForReview) })

/** 钱桂芳's ID number: overdue, no account, an officer-assigned task for staff-chen in the seed. */
export const qianIdNumber = '330302194001152027'

export function visitReport(photoId: string, place: string = sampleVisitReport.place) {
  return { checklist: { ...sampleVisitReport.checklist }, photoId, place }
}

export async function visitsOf(t: TestContext, token: string): Promise<VisitListItem[]> {
  return (await expectOk(await t.call('GET', '/api/retiree/visits', { token }), Visits)).items
}

export function openProxy(t: TestContext, as: As & { idempotencyKey?: string }): Promise<Response> {
  return t.call('POST', '/api/retiree/visits/proxy', as)
}

export async function openedProxy(t: TestContext, as: As): Promise<VisitTask> {
  return expectOk(await openProxy(t, as), VisitTask, 201)
}

export function readVisit(t: TestContext, token: string, taskId: string): Promise<Response> {
  return t.call('GET', `/api/retiree/visits/${taskId}`, { token })
}

export function sendPhoto(t: TestContext, as: As & { idempotencyKey?: string }, taskId: string, bytes: Uint8Array, name = '上门照片.jpg'): Promise<Response> {
  return upload(t, `/api/retiree/visits/${taskId}/photo`, { ...as, file: { name, bytes } })
}

export async function sentPhoto(t: TestContext, token: string, taskId: string, bytes: Uint8Array): Promise<VisitPhoto> {
  return expectOk(await sendPhoto(t, { token }, taskId, bytes), VisitPhoto, 201)
}

export function readPhoto(t: TestContext, token: string, taskId: string): Promise<Response> {
  return t.call('GET', `/api/retiree/visits/${taskId}/photo`, { token })
}

export function submitReport(t: TestContext, as: As & { idempotencyKey?: string }, taskId: string, body: unknown): Promise<Response> {
  return t.call('POST', `/api/retiree/visits/${taskId}/report`, { ...as, body })
}

export async function submittedReport(t: TestContext, token: string, taskId: string, photoId: string): Promise<VisitTask> {
  return expectOk(await submitReport(t, { token }, taskId, visitReport(photoId)), VisitTask)
}

export function assign(t: TestContext, token: string, pensionerId: string): Promise<Response> {
  return t.call('POST', `/api/retiree/office/pensioners/${pensionerId}/visit`, { token })
}

export async function assigned(t: TestContext, token: string, pensionerId: string): Promise<VisitTask> {
  return expectOk(await assign(t, token, pensionerId), VisitTask, 201)
}

export async function toReviewOf(t: TestContext, token: string): Promise<VisitForReview[]> {
  return (await expectOk(await t.call('GET', '/api/retiree/office/visits', { token }), ToReview)).items
}

export function review(t: TestContext, token: string, taskId: string, body: VisitReview | Record<string, unknown>, idempotencyKey?: string): Promise<Response> {
  return t.call('POST', `/api/retiree/office/visits/${taskId}/review`, { token, body, ...(idempotencyKey ? { idempotencyKey } : {}) })
}

export async function reviewed(t: TestContext, token: string, taskId: string, body: VisitReview): Promise<VisitForReview> {
  return expectOk(await review(t, token, taskId, body), VisitForReview)
}

export async function coverageOf(t: TestContext, token: string): Promise<Coverage> {
  return expectOk(await t.call('GET', '/api/retiree/office/coverage', { token }), Coverage)
}

export async function pensionersIn(t: TestContext, token: string, query: Record<string, string>): Promise<{ items: PensionerSummary[]; nextCursor: string | null }> {
  return expectOk(await t.call('GET', `/api/retiree/office/pensioners?${new URLSearchParams(query).toString()}`, { token }), Page(PensionerSummary))
}

export async function taskRow(t: TestContext, id: string) {
  const [row] = await t.deps.db.read((q) => q.select().from(visitTasks).where(eq(visitTasks.id, id)))
  if (!row) throw new Error(`No visit task ${id}`)
  return row
}

export function tasksOfPensioner(t: TestContext, pensionerId: string) {
  return t.deps.db.read((q) => q.select().from(visitTasks).where(eq(visitTasks.pensionerId, pensionerId)).orderBy(asc(visitTasks.createdAt), asc(visitTasks.id)))
}
