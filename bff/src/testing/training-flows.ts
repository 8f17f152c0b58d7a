import { asc, eq, inArray } from 'drizzle-orm'
import { idNumberCheckCharacter } from '@renshe/shared/identity/id-number'
import { InboxMessage } from '@renshe/shared/inbox/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import { MyTraining, Programme, Voucher } from '@renshe/shared/training/schemas'
import { type NewProgramme } from '@renshe/shared/training/new-programme'
import { consentDocuments } from '../modules/identity/consent-documents'
import { runTrainingJobs } from '../modules/training/jobs'
import { consents, realNames, trainingProgrammes, trainingVouchers, users } from '../db/schema'
import { seededTrainingIds } from '../db/seed/training'
import { issueSession } from '../platform/sessions'
import type { TestContext } from './harness'
import { expectOk } from './http'

/** A general programme of Lucheng open to everyone of working age, for 100 vouchers until the end of November 2027. */
export const sampleProgramme = {
  name: '鹿城区2026年第二批职业技能培训券',
  kind: 'basic',
  payment: 'face_value',
  reach: 'general',
  eligibility: { minAge: null, maxAge: null, groups: [] },
  covered: [
    { occupationCode: '4-10-01-05', level: 5, subsidyFen: 150_000 },
    { occupationCode: '4-10-01-05', level: 4, subsidyFen: 180_000 },
  ],
  institutionIds: [],
  validFrom: '2026-12-01',
  validUntil: '2027-11-30',
  attendanceThresholdPercent: 80,
  quantity: 100,
} as const satisfies NewProgramme

let opened = 0

/** An officer opens a programme (the sample, changed by `overrides`) through the API. */
export async function openProgramme(t: TestContext, token: string, overrides: Partial<NewProgramme> = {}, key = `programme-open-${(opened += 1)}`): Promise<Programme> {
  return expectOk(await t.call('POST', '/api/training/programmes', { token, idempotencyKey: key, body: { ...sampleProgramme, ...overrides } }), Programme, 201)
}

export async function myTraining(t: TestContext, token: string): Promise<MyTraining> {
  return expectOk(await t.call('GET', '/api/training/me', { token }), MyTraining)
}

export function claim(t: TestContext, token: string, programmeId: string, key = `claim-${programmeId}`): Promise<Response> {
  return t.call('POST', `/api/training/programmes/${programmeId}/claim`, { token, idempotencyKey: key })
}

export async function claimed(t: TestContext, token: string, programmeId: string, key?: string): Promise<Voucher> {
  return expectOk(await claim(t, token, programmeId, key), Voucher, 201)
}

export async function trainingInboxOf(t: TestContext, token: string): Promise<InboxMessage[]> {
  const page = await expectOk(await t.call('GET', '/api/inbox/messages?limit=50', { token }), Page(InboxMessage))
  return page.items.filter((message) => message.template.startsWith('training.'))
}

/** One run of the module's scheduled work, as the job runner would start it. */
export function runTraining(t: TestContext) {
  return runTrainingJobs(t.deps)
}

export function voucherRows(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(trainingVouchers).orderBy(asc(trainingVouchers.id)))
}

export async function programmeRow(t: TestContext, id: string) {
  const [row] = await t.deps.db.read((q) => q.select().from(trainingProgrammes).where(eq(trainingProgrammes.id, id)))
  if (!row) throw new Error(`no programme ${id}`)
  return row
}

/** Closes the seeded programmes, so a test sees only its own. */
export async function closeSeededProgrammes(t: TestContext): Promise<void> {
  const seeded = Object.values(seededTrainingIds.programmes)
  await t.deps.db.transaction((tx) => tx.update(trainingProgrammes).set({ status: 'closed', closedAt: t.clock.now().toISOString() }).where(inArray(trainingProgrammes.id, seeded)))
}

export interface Citizen {
  readonly userId: string
  readonly token: string
}

/**
 * `count` citizens with a bound real name (made-up, valid ID numbers born on `birthDate` in
 * `regionCode`, 学员001…) and the consent to use it, each logged in (and able to log in again
 * as the account named by their id): what a crowd of claims needs, written in one transaction
 * instead of a login and a binding each. A second crowd of the same birth date and region takes
 * another `prefix` and starts its sequence `from` past the first.
 */
export async function realNamedCitizens(t: TestContext, count: number, options: { regionCode?: string; birthDate?: string; prefix?: string; from?: number } = {}): Promise<Citizen[]> {
  const { regionCode = '330302', birthDate = '19950610', prefix = 'trainee', from = 0 } = options
  if (from + count > 900) throw new Error('at most 900 citizens of one birth date: three digits of sequence')
  const at = t.clock.now().toISOString()
  const document = consentDocuments['identity.real_name']
  return t.deps.db.transaction(async (tx) => {
    const made: Citizen[] = []
    for (let i = 0; i < count; i += 1) {
      const userId = `${prefix}-${String(i).padStart(3, '0')}`
      const first17 = `${regionCode}${birthDate}${String(100 + from + i).padStart(3, '0')}`
      const idNumber = first17 + idNumberCheckCharacter(first17)
      await tx.insert(users).values({ id: userId, devAccount: userId, roles: ['citizen'], createdAt: at })
      await tx.insert(realNames).values({
        userId,
        nameEnc: t.deps.sealer.seal(`学员${String(i).padStart(3, '0')}`),
        idNumberEnc: t.deps.sealer.seal(idNumber),
        idNumberIndex: t.deps.blindIndex('id_number', idNumber),
        phoneEnc: null,
        regionCode,
        birthYear: Number(birthDate.slice(0, 4)),
        boundAt: at,
      })
      await tx.insert(consents).values({ id: `${userId}-consent`, userId, purpose: document.purpose, version: document.version, givenAt: at, withdrawnAt: null })
      const session = await issueSession(tx, t.deps, { userId, provider: 'development' })
      made.push({ userId, token: session.token })
    }
    return made
  })
}

/** An officer approves more institutions for a programme through the API. */
export function approveInstitutions(t: TestContext, token: string, programmeId: string, institutionIds: readonly string[]): Promise<Response> {
  return t.call('POST', `/api/training/programmes/${programmeId}/institutions`, { token, body: { institutionIds } })
}

/** A training institution's account of `regionCode`, written beneath the API (the demo seed has one only). */
export async function addInstitution(t: TestContext, id: string, regionCode: string, organization: string): Promise<string> {
  await t.deps.db.transaction((tx) => tx.insert(users).values({ id, devAccount: id, roles: ['institution'], regionCode, organization, createdAt: t.clock.now().toISOString() }))
  return id
}
