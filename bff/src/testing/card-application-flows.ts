import { asc, eq } from 'drizzle-orm'
import {
  CardApplication,
  MyApplicationAnswer,
  Outlet,
  OutletList,
  PartnerApplicationList,
  RegionOutlets,
  type ApplicationStatus,
  type PartnerApplication,
  type NewCardApplication,
  type OutletInput,
} from '@renshe/shared/card/applications'
import { PartnerReceipt } from '@renshe/shared/retiree/schemas'
import { cardApplications, cards, partnerSignals } from '../db/schema'
import { seededCardIds } from '../db/seed/card'
import { devPartnerKeys, seededRetireeIds } from '../db/seed/retiree'
import type { As } from './card-flows'
import type { TestContext } from './harness'
import { expectOk } from './http'

/** Steps of the application and outlet tests (decision 067), through the API as the client and the banks' systems take them. */

const options = (as: As, idempotencyKey?: string) => ({ token: as.token, ...(as.actingFor ? { actingFor: as.actingFor } : {}), ...(idempotencyKey ? { idempotencyKey } : {}) })

/** The seeded bank keys: 温州银行 at level 1, 中国工商银行温州分行 at level 2. */
export const bankKeys = { wzbank: devPartnerKeys.bank, icbc: devPartnerKeys.icbc } as const
export const bankIds = { wzbank: seededRetireeIds.partners.bank, icbc: seededCardIds.partners.icbc } as const
export const outletIds = seededCardIds.outlets

export function getOutlets(t: TestContext, as: As, query: Record<string, string> = {}): Promise<Response> {
  const search = new URLSearchParams(query).toString()
  return t.call('GET', `/api/card/outlets${search ? `?${search}` : ''}`, options(as))
}

export async function outletsFor(t: TestContext, as: As, query: Record<string, string> = {}): Promise<OutletList> {
  return expectOk(await getOutlets(t, as, query), OutletList)
}

export function apply(t: TestContext, as: As, body: NewCardApplication, idempotencyKey?: string): Promise<Response> {
  return t.call('POST', '/api/card/me/applications', { ...options(as, idempotencyKey), body })
}

export async function applied(t: TestContext, as: As, body: NewCardApplication, idempotencyKey?: string): Promise<CardApplication> {
  return expectOk(await apply(t, as, body, idempotencyKey), CardApplication, 201)
}

/** A replacement of a damaged card, to collect at ICBC's Lucheng counter: the commonest application of these tests. */
export const damagedAtIcbc: NewCardApplication = { kind: 'replacement', reason: 'damaged', outletId: outletIds.icbcLucheng }

export function getApplication(t: TestContext, as: As): Promise<Response> {
  return t.call('GET', '/api/card/me/application', options(as))
}

export async function myApplication(t: TestContext, as: As): Promise<CardApplication | null> {
  return (await expectOk(await getApplication(t, as), MyApplicationAnswer)).application
}

export async function regionOutletsOf(t: TestContext, token: string): Promise<RegionOutlets> {
  return expectOk(await t.call('GET', '/api/card/region-outlets', { token }), RegionOutlets)
}

/** A community counter of Lucheng served by ICBC: what an officer adds in the tests. */
export const newOutlet: OutletInput = {
  name: '南汇街道社区服务中心',
  kind: 'community',
  partnerId: seededCardIds.partners.icbc,
  regionCode: '330302',
  address: '温州市鹿城区南汇街道锦绣路 66 号',
  lat: 27.9985,
  lng: 120.6801,
  services: ['collect', 'apply'],
  hours: '周一至周五 9:00–17:00',
  open: true,
}

export function createOutlet(t: TestContext, token: string, body: unknown, idempotencyKey?: string): Promise<Response> {
  return t.call('POST', '/api/card/region-outlets', { token, body, ...(idempotencyKey ? { idempotencyKey } : {}) })
}

export async function createdOutlet(t: TestContext, token: string, body: OutletInput, idempotencyKey?: string): Promise<Outlet> {
  return expectOk(await createOutlet(t, token, body, idempotencyKey), Outlet, 201)
}

export function updateOutlet(t: TestContext, token: string, id: string, body: unknown): Promise<Response> {
  return t.call('PUT', `/api/card/region-outlets/${id}`, { token, body })
}

/* ---- The bank's side ---- */

export function queue(t: TestContext, partnerKey: string, status?: ApplicationStatus): Promise<Response> {
  return t.call('GET', `/api/partner/card-applications${status ? `?status=${status}` : ''}`, { partnerKey })
}

export async function queueOf(t: TestContext, partnerKey: string, status?: ApplicationStatus): Promise<PartnerApplication[]> {
  return (await expectOk(await queue(t, partnerKey, status), PartnerApplicationList)).items
}

export function step(t: TestContext, partnerKey: string, id: string, body: unknown): Promise<Response> {
  return t.call('POST', `/api/partner/card-applications/${id}/steps`, { partnerKey, body })
}

export function collect(t: TestContext, partnerKey: string, id: string, body: unknown): Promise<Response> {
  return t.call('POST', `/api/partner/card-applications/${id}/collection`, { partnerKey, body })
}

export function reportLostAtCounter(t: TestContext, partnerKey: string, body: unknown): Promise<Response> {
  return t.call('POST', '/api/partner/cards/lost', { partnerKey, body })
}

export async function receiptOf(response: Response): Promise<PartnerReceipt> {
  return expectOk(response, PartnerReceipt)
}

/** The new card's number and expiry as the bank reports them made. */
export const madeCard = { newCardNumber: 'A30299001', validUntil: '2036-11-29' } as const

/** The bank makes the card and sends it to the outlet: the application waits there for her. */
export async function producedAndDelivered(t: TestContext, partnerKey: string, id: string, card: { newCardNumber: string; validUntil: string } = madeCard): Promise<void> {
  await receiptOf(await step(t, partnerKey, id, { step: 'produced', reference: `P-${id}`, ...card }))
  await receiptOf(await step(t, partnerKey, id, { step: 'at_outlet', reference: `O-${id}` }))
}

/* ---- Rows beneath the API ---- */

export async function applicationRow(t: TestContext, id: string) {
  const [row] = await t.deps.db.read((q) => q.select().from(cardApplications).where(eq(cardApplications.id, id)))
  if (!row) throw new Error(`no application ${id}`)
  return row
}

export function applicationRows(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(cardApplications).orderBy(asc(cardApplications.appliedAt), asc(cardApplications.id)))
}

/** Every card the person has held, oldest first. */
export function cardsOf(t: TestContext, holderUserId: string) {
  return t.deps.db.read((q) => q.select().from(cards).where(eq(cards.holderUserId, holderUserId)).orderBy(asc(cards.createdAt), asc(cards.id)))
}

export function signalsOf(t: TestContext, partnerId: string) {
  return t.deps.db.read((q) => q.select().from(partnerSignals).where(eq(partnerSignals.partnerId, partnerId)).orderBy(asc(partnerSignals.receivedAt), asc(partnerSignals.id)))
}
