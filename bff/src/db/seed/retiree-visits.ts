import { and, asc, eq, isNull, notInArray } from 'drizzle-orm'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { cycleOn, cycleStartAfter, defaultCycleRules } from '@renshe/shared/retiree/cycle'
import type { VisitTaskRow } from '../../modules/retiree/visits-repo'
import { newTaskRow } from '../../modules/retiree/visits-service'
import { sha256 } from '../../platform/crypto'
import type { Tx } from '../database'
import { pensionCertifications, pensioners, realNames, visitPhotos, visitTasks } from '../schema'
import { onePixelPng } from './one-pixel-png'
import { seededRetireeIds } from './retiree'
import type { SeedDeps } from './seed'

/** Seeded home visits tests and demos can name. */
export const seededVisitIds = {
  /** 钱桂芳, overdue: officer-liu asked staff-chen to visit her; not done yet. */
  assigned: 'visit-task-assigned',
  /** Another Lucheng pensioner of staff-chen's grid: visited yesterday, waiting for officer-liu's review. */
  submitted: 'visit-task-submitted',
  submittedPhoto: 'visit-photo-submitted',
} as const

/** A real PNG of one pixel: what the photo taken at the door is to the server, in 70 bytes. */
export function seedVisitPng(rgb: readonly [number, number, number] = [196, 160, 120]): Buffer {
  return onePixelPng(rgb)
}

function userOf(ids: ReadonlyMap<string, string>, account: string): string {
  const id = ids.get(account)
  if (!id) throw new Error(`Seed account ${account} is missing`)
  return id
}

/** 10:00 in China, `daysAgo` days before `now`. */
function morningOf(now: Date, daysAgo: number): string {
  const day = chinaDate(new Date(now.getTime() - daysAgo * 86_400_000))
  return `${day}T02:00:00.000Z`
}

/**
 * A pensioner of staff-chen's grid in Lucheng with no portal account, not one of the named
 * five, due or overdue: the visit waiting for review is theirs (the first such, by id).
 */
async function visitedPensioner(tx: Tx, today: string) {
  const named = Object.values(seededRetireeIds.pensioners)
  const candidates = await tx
    .select({ pensioner: pensioners, userId: realNames.userId })
    .from(pensioners)
    .leftJoin(realNames, eq(realNames.idNumberIndex, pensioners.idNumberIndex))
    .where(and(eq(pensioners.regionCode, '330302'), eq(pensioners.gridCode, 'WG330302001'), isNull(pensioners.diedOn), eq(pensioners.status, 'active'), notInArray(pensioners.id, named)))
    .orderBy(asc(pensioners.id))
  const found = candidates.find(({ pensioner, userId }) => {
    if (userId !== null) return false
    const { state } = cycleOn(today, { cycleStart: pensioner.cycleStart, diedOn: null, suspended: false }, defaultCycleRules)
    return state === 'due' || state === 'overdue'
  })
  if (!found) throw new Error('The retiree seed has no due or overdue Lucheng pensioner of grid WG330302001 to have been visited')
  return found.pensioner
}

/**
 * Home visits on first start: an officer-assigned task for 钱桂芳 (overdue, no account) that
 * staff-chen still has to do, and a visit staff-chen made yesterday, with its photo, that
 * counts already and waits for officer-liu's review. Runs after `seedRetiree`.
 */
export async function seedRetireeVisits(tx: Tx, deps: SeedDeps, ids: ReadonlyMap<string, string>): Promise<void> {
  const now = deps.clock.now()
  const today = chinaDate(now)
  const chen = userOf(ids, 'staff-chen')
  const liu = userOf(ids, 'officer-liu')

  const [qian] = await tx.select().from(pensioners).where(eq(pensioners.idNumberIndex, deps.blindIndex('id_number', '330302194001152027')))
  if (!qian) throw new Error('The retiree seed has no 钱桂芳 (330302194001152027)')
  const assigned: VisitTaskRow = {
    ...newTaskRow(deps, qian, { staffUserId: chen, reason: 'officer_assigned', createdByUserId: liu, grantId: null }),
    id: seededVisitIds.assigned,
    createdAt: morningOf(now, 2),
  }
  await tx.insert(visitTasks).values(assigned)

  const visited = await visitedPensioner(tx, today)
  const visitedAt = morningOf(now, 1)
  const certifiedOn = chinaDate(new Date(visitedAt))
  const certificationId = `${seededVisitIds.submitted}-certification`
  const photo = seedVisitPng()
  await tx.insert(visitTasks).values({
    id: seededVisitIds.submitted,
    pensionerId: visited.id,
    regionCode: visited.regionCode,
    staffUserId: chen,
    reason: 'officer_assigned',
    status: 'submitted',
    createdByUserId: liu,
    grantId: null,
    createdAt: morningOf(now, 4),
    checklist: { personPresent: true, matchesIdPhoto: true, answersQuestions: true },
    photoId: seededVisitIds.submittedPhoto,
    // The worker was at the door of the pensioner's home.
    placeEnc: deps.sealer.seal(deps.sealer.open(visited.addressEnc)),
    visitedAt,
    certificationId,
    reviewedByUserId: null,
    reviewedAt: null,
    reviewNote: null,
  })
  await tx.insert(visitPhotos).values({
    id: seededVisitIds.submittedPhoto,
    taskId: seededVisitIds.submitted,
    uploadedByUserId: chen,
    mime: 'image/png',
    size: photo.length,
    sha256: sha256(photo),
    contentEnc: deps.sealer.sealBytes(photo),
    createdAt: visitedAt,
  })
  await tx.insert(pensionCertifications).values({
    id: certificationId,
    pensionerId: visited.id,
    certifiedOn,
    method: 'home_visit',
    source: null,
    signalId: null,
    taskId: seededVisitIds.submitted,
    review: 'pending',
    actorUserId: chen,
    createdAt: visitedAt,
  })
  // The visit counts from the day it was made, as a submission does: the cycle starts again.
  const cycleStart = cycleStartAfter(visited.cycleStart, certifiedOn)
  await tx.update(pensioners).set({ cycleStart, faceFailures: 0, faceFailuresFor: cycleStart }).where(eq(pensioners.id, visited.id))
}
