import { and, asc, eq } from 'drizzle-orm'
import { z } from 'zod'
import {
  AssistanceOffer,
  DeathRecordForReview,
  FaceOutcome,
  FaceStart,
  PartnerReceipt,
  PensionAccount,
  RegisteredPartner,
  type PartnerRegistration,
} from '@renshe/shared/retiree/schemas'
import { auditLog, deathRecords, pensionCertifications, pensionPayments, pensioners } from '../db/schema'
import { devPartnerKeys } from '../db/seed/retiree'
import { runRetireeJobs } from '../modules/retiree/jobs'
import type { TestContext } from './harness'
import { expectOk } from './http'

/** Steps of the pensioner and partner tests, each through the API as a phone or a partner takes them. */

export interface As {
  readonly token: string
  readonly actingFor?: string
}

export async function accountOf(t: TestContext, as: As): Promise<PensionAccount> {
  return expectOk(await t.call('GET', '/api/retiree/account', as), PensionAccount)
}

export function lifeSignal(
  t: TestContext,
  partnerKey: string,
  signal: { signalId: string; idNumber: string; kind?: string; observedAt?: string },
): Promise<Response> {
  const body = { kind: 'hospital_visit', observedAt: t.clock.now().toISOString(), ...signal }
  return t.call('POST', '/api/partner/life-signals', { partnerKey, body })
}

export async function sentLifeSignal(t: TestContext, partnerKey: string, signal: Parameters<typeof lifeSignal>[2]): Promise<PartnerReceipt> {
  return expectOk(await lifeSignal(t, partnerKey, signal), PartnerReceipt, 201)
}

export function deathRecord(t: TestContext, partnerKey: string, record: { recordId: string; idNumber: string; diedOn: string }): Promise<Response> {
  return t.call('POST', '/api/partner/death-records', { partnerKey, body: record })
}

/** A death record sent by civil affairs, answered 201. */
export async function sentDeathRecord(t: TestContext, record: { recordId: string; idNumber: string; diedOn: string }, partnerKey: string = devPartnerKeys.civilAffairs): Promise<PartnerReceipt> {
  return expectOk(await deathRecord(t, partnerKey, record), PartnerReceipt, 201)
}

/** The pending death record of a pensioner, as officer-liu (Lucheng district) sees it. */
export async function pendingDeathRecordOf(t: TestContext, pensionerId: string, token?: string): Promise<DeathRecordForReview> {
  const [row] = await t.deps.db.read((q) => q.select().from(deathRecords).where(and(eq(deathRecords.pensionerId, pensionerId), eq(deathRecords.status, 'pending'))))
  if (!row) throw new Error(`No pending death record of ${pensionerId}`)
  return expectOk(await t.call('GET', `/api/retiree/office/deaths/${row.id}`, { token: token ?? (await t.login('officer-liu')) }), DeathRecordForReview)
}

export function decideDeathRecord(t: TestContext, token: string, id: string, decision: { confirm: true } | { reverse: string }, idempotencyKey?: string): Promise<Response> {
  const path = `/api/retiree/office/deaths/${id}/${'confirm' in decision ? 'confirm' : 'reverse'}`
  return t.call('POST', path, { token, ...('reverse' in decision ? { body: { note: decision.reverse } } : {}), ...(idempotencyKey ? { idempotencyKey } : {}) })
}

/** A death recorded by civil affairs and confirmed by officer-liu: the pension stops. */
export async function confirmedDeath(t: TestContext, record: { recordId: string; idNumber: string; diedOn: string }, pensionerId: string): Promise<DeathRecordForReview> {
  await sentDeathRecord(t, record)
  const liu = await t.login('officer-liu')
  const pending = await pendingDeathRecordOf(t, pensionerId, liu)
  return expectOk(await decideDeathRecord(t, liu, pending.id, { confirm: true }), DeathRecordForReview)
}

/** A partner registered by the admin; its key, shown once. */
export async function registeredPartner(t: TestContext, registration: PartnerRegistration): Promise<RegisteredPartner> {
  return expectOk(await t.call('POST', '/api/retiree/partners', { token: await t.login('admin'), body: registration }), RegisteredPartner, 201)
}

export async function startedFace(t: TestContext, token: string): Promise<FaceStart> {
  return expectOk(await t.call('POST', '/api/retiree/face', { token }), FaceStart, 201)
}

export function finishFace(t: TestContext, token: string, attemptId: string, body: { verifyId: string; simulated?: 'pass' | 'fail' }): Promise<Response> {
  return t.call('POST', `/api/retiree/face/${attemptId}/result`, { token, body })
}

/** One whole face check with the development provider: `pass` or `fail`. */
export async function faceCheck(t: TestContext, token: string, result: 'pass' | 'fail'): Promise<FaceOutcome> {
  const { attemptId, verifyId } = await startedFace(t, token)
  return expectOk(await finishFace(t, token, attemptId, { verifyId, simulated: result }), FaceOutcome)
}

export async function offersOf(t: TestContext, as: As): Promise<AssistanceOffer[]> {
  return (await expectOk(await t.call('GET', '/api/retiree/assistance', as), z.object({ offers: z.array(AssistanceOffer) }))).offers
}

/** Moves the clock to 10:00 in China on `date`. */
export function setChinaDate(t: TestContext, date: string): void {
  t.clock.set(`${date}T02:00:00.000Z`)
}

export function runJobs(t: TestContext) {
  return runRetireeJobs(t.deps)
}

export async function pensionerRow(t: TestContext, id: string) {
  const [row] = await t.deps.db.read((q) => q.select().from(pensioners).where(eq(pensioners.id, id)))
  if (!row) throw new Error(`No pensioner ${id}`)
  return row
}

export function paymentRows(t: TestContext, pensionerId: string) {
  return t.deps.db.read((q) => q.select().from(pensionPayments).where(eq(pensionPayments.pensionerId, pensionerId)).orderBy(asc(pensionPayments.month)))
}

export function certificationRows(t: TestContext, pensionerId: string) {
  return t.deps.db.read((q) =>
    q
      .select()
      .from(pensionCertifications)
      .where(eq(pensionCertifications.pensionerId, pensionerId))
      .orderBy(asc(pensionCertifications.createdAt), asc(pensionCertifications.id)),
  )
}

/** Audit rows with this action, oldest first. */
export function auditOf(t: TestContext, action: string) {
  return t.deps.db.read((q) => q.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.seq)))
}

/** Requests of proxy walks that need an object of the pensioner acted for: her longevity offer, once a hospital has seen her. */
export async function retireeObjectRequests(t: TestContext, as: As): Promise<Record<string, () => Promise<Response>>> {
  await sentLifeSignal(t, devPartnerKeys.hospital, { signalId: 'HOSP-WALK-OFFER', idNumber: '330302194406080025' })
  const [offer] = await offersOf(t, as)
  if (!offer) throw new Error('elder-wang is offered the longevity allowance once certified')
  return { 'retiree.confirmAssistance': () => t.call('POST', `/api/retiree/assistance/${offer.id}/confirm`, as) }
}
