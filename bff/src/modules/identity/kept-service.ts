import { checkIdNumber } from '@renshe/shared/identity/id-number'
import type { KeptPerson, KeptPersonInput, KeptProfile, KeptProfileAnswer } from '@renshe/shared/identity/kept'
import { idNumberHint, maskName, maskPhone } from '@renshe/shared/identity/masking'
import type { Query, Tx } from '../../db/database'
import { lockKey } from '../../db/locks'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import { days } from '../../platform/clock'
import type { Deps } from '../../platform/deps'
import type { WithdrawKeptApplications } from '../../platform/kept-refusal'
import { grantStatus, officialCovers } from '../../platform/policy'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { hitRateLimit, peekRateLimit } from '../../platform/rate-limit'
import { consentDocuments } from './consent-documents'
import { idNumberRefusals } from './id-number-refusals'
import { deleteSeekerProfile, insertKept, insertKeptUser, keptByGrant, keptOf, lockKept, moveLogin, updateKept, type KeptRow } from './kept-repo'
import {
  findGrant,
  findRealName,
  findRealNameByIdIndex,
  findRegisteredPerson,
  findUser,
  insertConsent,
  insertGrant,
  insertRealName,
  lockGrant,
  revokeGrant,
  type RealNameRow,
  type UserRow,
} from './repo'

/*
 * A resident with no account, registered in person by a grid staff member of her region
 * (decision 055). She gets an ordinary account with no way to log in, her real name bound by the
 * staff member, and a `jobs.assist` grant to him: the job profile, matching, call-back list and
 * applications then work for her exactly as for anyone who granted `jobs.assist`. When she first
 * binds her real name with the same name and ID number, that account becomes hers to confirm or
 * refuse.
 */

/** How long a kept person's grant lasts: the longest a citizen can give, renewed by her own grant. */
const keptGrantDays = 365

const alreadyKnown = 'This person already has an account or was registered by grid staff: she can grant jobs.assist herself, or ask at the counter'

function keptPersonOf(deps: Pick<Deps, 'sealer'>, kept: KeptRow, realName: RealNameRow, expiresAt: string): KeptPerson {
  return {
    grantId: kept.grantId,
    maskedName: maskName(deps.sealer.open(realName.nameEnc)),
    idNumberHint: idNumberHint(deps.sealer.open(realName.idNumberEnc)),
    maskedPhone: realName.phoneEnc ? maskPhone(deps.sealer.open(realName.phoneEnc)) : null,
    registeredAt: kept.registeredAt,
    expiresAt,
  }
}

/**
 * Registers the resident. The ID number is checked as at binding (GB 11643; the register's name
 * where it knows the person), and refusals naming one number count in the same limit as binding's,
 * so names cannot be tried against a number this way either. A number already bound (an account,
 * or another staff member's kept person) is refused without saying which: no one is taken over.
 */
export async function registerKeptPerson(deps: Deps, actor: Actor, staff: SessionUser, input: KeptPersonInput): Promise<Result<KeptPerson>> {
  const now = deps.clock.now()
  const check = checkIdNumber(input.idNumber, now)
  if (!check.ok) return refuse(deps, actor, fail('validation_failed', { errors: [{ path: 'body.idNumber', key: check.error }] }))
  if (staff.regionCode === null) return refuse(deps, actor, fail('forbidden'))

  const idNumberIndex = deps.blindIndex('id_number', check.value.normalized)
  const refusals = idNumberRefusals(deps, idNumberIndex, now)
  const blocked = await peekRateLimit(deps.db, { ...refusals, limit: refusals.limit - 1 })
  if (!blocked.allowed) return refuse(deps, actor, fail('rate_limited', { retryAfterSeconds: blocked.retryAfterSeconds }))

  const registered = await deps.db.transaction(async (tx): Promise<Result<KeptPerson>> => {
    await lockKey(tx, `id-number:${idNumberIndex}`)
    if (await findRealNameByIdIndex(tx, idNumberIndex)) return fail('id_number_taken', { detail: alreadyKnown })
    const person = await findRegisteredPerson(tx, idNumberIndex)
    if (person && deps.sealer.open(person.nameEnc) !== input.name) {
      return fail('validation_failed', { errors: [{ path: 'body.name', key: 'name.mismatch' }] })
    }
    const regionCode = person?.regionCode ?? check.value.regionCode
    if (!officialCovers(staff, regionCode)) return fail('forbidden', { detail: 'The resident is registered outside your region: staff of her region register her' })
    return ok(await insertKeptPerson(deps, tx, actor, staff.id, { input, normalized: check.value.normalized, idNumberIndex, regionCode, birthYear: Number(check.value.birthDate.slice(0, 4)) }))
  })
  if (registered.ok) return registered
  const counted = registered.problem.code === 'forbidden' ? { allowed: true as const } : await hitRateLimit(deps, refusals)
  return refuse(deps, actor, counted.allowed ? registered : fail('rate_limited', { retryAfterSeconds: counted.retryAfterSeconds }))
}

async function insertKeptPerson(
  deps: Deps,
  tx: Tx,
  actor: Actor,
  staffUserId: string,
  person: { input: KeptPersonInput; normalized: string; idNumberIndex: string; regionCode: string; birthYear: number },
): Promise<KeptPerson> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const userId = newId(deps.random)
  await insertKeptUser(tx, { id: userId, roles: ['citizen'], createdAt: at })
  const realName: RealNameRow = {
    userId,
    nameEnc: deps.sealer.seal(person.input.name),
    idNumberEnc: deps.sealer.seal(person.normalized),
    idNumberIndex: person.idNumberIndex,
    phoneEnc: person.input.phone ? deps.sealer.seal(person.input.phone) : null,
    regionCode: person.regionCode,
    birthYear: person.birthYear,
    boundAt: at,
  }
  await insertRealName(tx, realName)
  // What she signed on paper covers processing her ID number and sharing it with the staff member.
  for (const purpose of ['identity.real_name', 'proxy.sharing'] as const) {
    await insertConsent(tx, { id: newId(deps.random), userId, purpose, version: consentDocuments[purpose].version, givenAt: at, withdrawnAt: null })
  }
  const grantId = newId(deps.random)
  const expiresAt = new Date(now.getTime() + days(keptGrantDays)).toISOString()
  await insertGrant(tx, { id: grantId, citizenUserId: userId, staffUserId, scopes: ['jobs.assist'], createdAt: at, expiresAt, revokedAt: null })
  const kept: KeptRow = {
    userId,
    staffUserId,
    grantId,
    regionCode: person.regionCode,
    agreementMethod: person.input.agreement.method,
    agreementReferenceEnc: deps.sealer.seal(person.input.agreement.reference),
    registeredAt: at,
    status: 'kept',
    claimantUserId: null,
    decidedAt: null,
  }
  await insertKept(tx, kept)
  await appendAudit(tx, now, { ...actor, subjectUserId: userId, viaGrantId: grantId }, { action: 'identity.registerKeptPerson', kind: 'write', objectType: 'kept_profile', objectId: userId })
  return keptPersonOf(deps, kept, realName, expiresAt)
}

/** A refused registration is the staff member's own act; the number it named is not written. */
async function refuse(deps: Deps, actor: Actor, refusal: Result<KeptPerson>): Promise<Result<KeptPerson>> {
  await recordAudit(deps, deps.clock.now(), actor, { action: 'identity.registerKeptPerson.refused', kind: 'write', objectType: 'kept_profile' })
  return refusal
}

/** A registration read again, for a retried request: only by the staff member who made it. */
export async function keptPersonByGrant(deps: Deps, staffUserId: string, grantId: string): Promise<Result<KeptPerson>> {
  const found = await deps.db.read(async (q) => {
    const kept = await keptByGrant(q, staffUserId, grantId)
    const realName = kept ? await findRealName(q, kept.userId) : undefined
    const grant = kept ? await findGrant(q, kept.grantId) : undefined
    return kept && realName && grant ? { kept, realName, grant } : null
  })
  return found ? ok(keptPersonOf(deps, found.kept, found.realName, found.grant.expiresAt)) : fail('not_found')
}

/**
 * Called by binding when the ID number is already bound: if it is a kept person's still waiting,
 * and the name given is the one kept, the binding account's login moves to the kept account and
 * she is shown what was kept, to confirm or refuse. Anything else is refused as before.
 */
export async function claimKept(
  deps: Deps,
  tx: Tx,
  actor: Actor,
  claimant: UserRow,
  bound: RealNameRow,
  name: string,
): Promise<Result<{ user: UserRow; realName: RealNameRow }> | null> {
  const kept = await lockKept(tx, bound.userId)
  if (!kept || kept.status !== 'kept' || kept.claimantUserId !== null) return null
  if (deps.sealer.open(bound.nameEnc) !== name) return fail('validation_failed', { errors: [{ path: 'body.name', key: 'name.mismatch' }] })
  const keptUser = await findUser(tx, kept.userId)
  if (!keptUser) return null
  const now = deps.clock.now()
  await moveLogin(tx, claimant, keptUser.id)
  await updateKept(tx, kept.userId, { claimantUserId: claimant.id })
  await appendAudit(tx, now, { ...actor, actorUserId: keptUser.id, subjectUserId: keptUser.id, viaGrantId: null }, {
    action: 'identity.claimKeptProfile',
    kind: 'write',
    objectType: 'kept_profile',
    objectId: keptUser.id,
  })
  return ok({ user: { ...keptUser, devAccount: claimant.devAccount, wechatOpenidIndex: claimant.wechatOpenidIndex, wechatOpenidEnc: claimant.wechatOpenidEnc }, realName: bound })
}

async function keptProfileOf(deps: Deps, q: Query, userId: string): Promise<KeptProfile | null> {
  const kept = await keptOf(q, userId)
  if (!kept || kept.claimantUserId === null) return null
  const [grant, staff] = [await findGrant(q, kept.grantId), await findUser(q, kept.staffUserId)]
  if (!grant || !staff) return null
  const staffName = staff.staffNameEnc ? deps.sealer.open(staff.staffNameEnc) : ''
  const card = { staffCode: staff.staffCode ?? '', maskedName: maskName(staffName), regionCode: staff.regionCode ?? '', organization: staff.organization ?? '' }
  const now = deps.clock.now().toISOString()
  return {
    status: kept.status,
    staff: card,
    registeredAt: kept.registeredAt,
    agreement: { method: kept.agreementMethod, reference: deps.sealer.open(kept.agreementReferenceEnc) },
    grant: { id: grant.id, staff: { ...card, name: staffName }, scopes: ['jobs.assist'], createdAt: grant.createdAt, expiresAt: grant.expiresAt, revokedAt: grant.revokedAt, status: grantStatus(grant, now) },
    decidedAt: kept.decidedAt,
  }
}

/** What was kept for her, once she has bound her real name to it; the read is in her access log. */
export async function getKeptProfile(deps: Deps, actor: Actor, userId: string): Promise<KeptProfileAnswer> {
  const kept = await deps.db.read((q) => keptProfileOf(deps, q, userId))
  if (kept) await recordAudit(deps, deps.clock.now(), actor, { action: 'identity.getKeptProfile', kind: 'read', objectType: 'kept_profile', objectId: userId })
  return { kept }
}

/**
 * Her decision, once. Confirmed, the account is hers as any other (the grant stays, or ends if
 * she says so). Refused, the kept job wishes are removed at once, so nothing recommends her, the
 * applications the staff member sent for her that no employer acted on yet are withdrawn, and the
 * grant ends: the staff member can no longer act for her. All of it or none (decision 058).
 */
export async function decideKeptProfile(
  deps: Deps,
  withdrawApplications: WithdrawKeptApplications,
  actor: Actor,
  userId: string,
  decision: { decision: 'confirm'; keepGrant: boolean } | { decision: 'refuse' },
): Promise<Result<KeptProfileAnswer>> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const decided = await deps.db.transaction(async (tx) => {
    const kept = await lockKept(tx, userId)
    if (!kept || kept.claimantUserId === null) return fail('not_found')
    if (kept.status !== 'kept') return fail('conflict', { detail: 'Already decided' })
    const grant = await lockGrant(tx, kept.grantId)
    const endGrant = decision.decision === 'refuse' || !decision.keepGrant
    if (grant && endGrant) await revokeGrant(tx, grant.id, at)
    if (decision.decision === 'refuse') {
      await deleteSeekerProfile(tx, userId)
      await withdrawApplications(tx, now, actor, { userId, staffUserId: kept.staffUserId })
    } else await insertConsent(tx, { id: newId(deps.random), userId, purpose: 'identity.real_name', version: consentDocuments['identity.real_name'].version, givenAt: at, withdrawnAt: null })
    await updateKept(tx, userId, { status: decision.decision === 'refuse' ? 'refused' : 'confirmed', decidedAt: at })
    await appendAudit(tx, now, actor, {
      action: decision.decision === 'refuse' ? 'identity.refuseKeptProfile' : 'identity.confirmKeptProfile',
      kind: 'write',
      objectType: 'kept_profile',
      objectId: userId,
    })
    return ok(null)
  })
  if (!decided.ok) return decided
  return ok({ kept: await deps.db.read((q) => keptProfileOf(deps, q, userId)) })
}
