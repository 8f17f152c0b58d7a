import type { MySeekerProfile, MySeekerProfileAnswer } from '@renshe/shared/jobs/profile'
import { Place, type SeekerProfile } from '@renshe/shared/jobs/schemas'
import type { SkillCertificate } from '@renshe/shared/training/certificate'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { fail, ok, type Result } from '../../platform/problem'
import { saveSeekerProfile, seekerProfileOf, setRecommendable, skillCertificatesOf, type SeekerProfileFields, type SeekerProfileRow } from './repo'

/*
 * Every operation here works on the profile of the session's subject: the seeker herself, or the
 * citizen a grid staff member acts for under her `jobs.assist` grant (the audit rows then name him
 * as actor and her as subject). It is found by nothing the request names: there is no profile id
 * to guess, so no one reaches another's.
 */

/** The sealed part of home: where the seeker lives, finer than the county. */
const SealedHome = Place.pick({ community: true, lat: true, lng: true })

const metresPerKm = 1000

/** Whole metres, and never 0: a seeker who asks for any distance at all keeps a positive one. */
function travelMetresOf(km: number): number {
  return Math.max(1, Math.round(km * metresPerKm))
}

function fieldsOf(deps: Pick<Deps, 'sealer'>, profile: SeekerProfile): SeekerProfileFields {
  const { community, lat, lng, regionCode } = profile.home
  return {
    occupations: profile.occupations,
    skills: profile.skills,
    certificates: profile.certificates,
    homeEnc: deps.sealer.seal(JSON.stringify({ community, lat, lng })),
    homeRegionCode: regionCode,
    travelMetres: travelMetresOf(profile.travelKm),
    availability: profile.availability,
    expectedPayFen: profile.expectedPay.amountFen,
    expectedPayUnit: profile.expectedPay.unit,
  }
}

/** The profile as the seeker wrote it, home opened: what matching reads. */
export function seekerProfileFrom(deps: Pick<Deps, 'sealer'>, row: SeekerProfileRow): SeekerProfile {
  const home = SealedHome.parse(JSON.parse(deps.sealer.open(row.homeEnc)) as unknown)
  return {
    occupations: row.occupations,
    skills: row.skills,
    certificates: row.certificates,
    home: { ...home, regionCode: row.homeRegionCode },
    travelKm: row.travelMetres / metresPerKm,
    availability: row.availability,
    expectedPay: { amountFen: row.expectedPayFen, unit: row.expectedPayUnit },
  }
}

/** Her certificates as assessment bodies recorded them (decision 061): shown beside what she typed, never editable. */
async function skillCertificatesOfSeeker(deps: Pick<Deps, 'db'>, userId: string): Promise<SkillCertificate[]> {
  const rows = await deps.db.read((q) => skillCertificatesOf(q, userId))
  return rows.map((row) => ({ ...row, issuerName: row.issuerName ?? '' }))
}

async function toMySeekerProfile(deps: Pick<Deps, 'sealer' | 'db'>, row: SeekerProfileRow): Promise<MySeekerProfile> {
  return {
    profile: seekerProfileFrom(deps, row),
    recommendable: row.recommendable,
    consentAt: row.consentAt,
    updatedAt: row.updatedAt,
    skillCertificates: await skillCertificatesOfSeeker(deps, row.userId),
  }
}

/** Reading one's own profile reads where one lives: audited like every read of personal data. */
export async function getMySeekerProfile(deps: Deps, actor: Actor, subjectUserId: string): Promise<MySeekerProfileAnswer> {
  const row = await deps.db.read((q) => seekerProfileOf(q, subjectUserId))
  await recordAudit(deps, deps.clock.now(), actor, { action: 'jobs.getMyProfile', kind: 'read', objectType: 'seeker_profile', objectId: subjectUserId })
  return { seeker: row ? await toMySeekerProfile(deps, row) : null }
}

/** Saves the whole profile. Saving it again is safe: the same request leaves the same profile. */
export async function putMySeekerProfile(deps: Deps, actor: Actor, subjectUserId: string, profile: SeekerProfile): Promise<MySeekerProfile> {
  const now = deps.clock.now()
  const fields = fieldsOf(deps, profile)
  const row = await deps.db.transaction(async (tx) => {
    const saved = await saveSeekerProfile(tx, subjectUserId, fields, now.toISOString())
    await appendAudit(tx, now, actor, { action: 'jobs.putMyProfile', kind: 'write', objectType: 'seeker_profile', objectId: subjectUserId })
    return saved
  })
  return toMySeekerProfile(deps, row)
}

/**
 * Gives or withdraws the consent to be recommended to employers. A withdrawal takes effect in
 * the same commit: from then on no recommendation reads the profile as recommendable. Each
 * decision is recorded with its time, even one that repeats the last, since it is the seeker's
 * word at that moment.
 */
export async function setRecommendationConsent(
  deps: Deps,
  actor: Actor,
  subjectUserId: string,
  recommendable: boolean,
): Promise<Result<MySeekerProfile>> {
  const now = deps.clock.now()
  const row = await deps.db.transaction(async (tx) => {
    const updated = await setRecommendable(tx, subjectUserId, recommendable, now.toISOString())
    if (!updated) return undefined
    await appendAudit(tx, now, actor, {
      action: 'jobs.setRecommendationConsent',
      kind: 'write',
      objectType: 'seeker_profile',
      objectId: subjectUserId,
    })
    return updated
  })
  return row ? ok(await toMySeekerProfile(deps, row)) : fail('not_found', { detail: 'Save a profile before choosing whether to be recommended' })
}
