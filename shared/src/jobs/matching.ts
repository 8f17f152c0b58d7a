import type { IsoDate } from '../wages/schemas'
import type { JobPost, JobShifts, Match, MatchReason, MatchRules, MatchWeights, NearbyPost, Pay, SeekerProfile, WeeklyAvailability } from './schemas'

/**
 * How much each factor counts, out of 100. Data, not code: change a number here (and the table
 * in docs/decisions/044-job-matching-weights.md), and the tests say whether the promises still hold.
 */
export const matchWeights = {
  /** The job is work the seeker asked for: the strongest sign that they will want it. */
  occupation: 30,
  /** The seeker has what the job asks for (skills and certificates): the employer's side of a good match. */
  skills: 25,
  /** Nearer is better within the range the seeker will travel; beyond it the job is not shown at all. */
  distance: 20,
  /** The job's hours fall within the hours the seeker is free. */
  schedule: 15,
  /**
   * Pay against what the seeker expects. Counted least: an expectation is a wish, often set
   * before seeing what is on offer, and a job that pays less is still worth showing, marked as such.
   */
  pay: 10,
} as const satisfies MatchWeights

/** The shape of each factor between 0 and 1, and how pay in one unit is set against another. */
export const matchRules = {
  /** Credit for a job in the same minor group (`4-01-02`) as an occupation the seeker asked for. */
  relatedOccupationCredit: 0.5,
  /** Distance credit at the edge of the travel range; it is 1 at home and falls in a straight line. */
  distanceCreditAtEdge: 0.5,
  /** Pay credit is 0 at or below this share of the expectation and rises in a straight line to 1 at it. */
  payShareWorthNothing: 0.5,
  /** A piece rate tells nothing of a day's earnings: neither for the job nor against it. */
  notComparablePayCredit: 0.5,
  /** Standard working hours a day (劳动法 art. 36; 国务院令第174号): hourly pay × 8 = a day's pay. */
  hoursPerDay: 8,
  /**
   * Paid days a month, (365 − 104 weekend days) ÷ 12, the figure for converting monthly pay to
   * daily pay (劳社部发〔2008〕3号); not the working days of a month, which leave out paid holidays too.
   */
  paidDaysPerMonth: 21.75,
} as const satisfies MatchRules

/** Each factor between 0 and 1; the score is their weighted mean. */
export interface MatchFactors {
  occupation: number
  skills: number
  distance: number
  schedule: number
  pay: number
}

/** Why a post is left out of a seeker's list: too far from home, or nothing to do with what they do. */
export type Exclusion = 'tooFar' | 'unrelated'

export interface ScoredMatch {
  score: number
  factors: MatchFactors
  distanceKm: number
  reasons: MatchReason[]
  excluded: Exclusion | null
}

export interface RankOptions {
  /** At most this many matches; 50 unless given. */
  limit?: number
  weights?: MatchWeights
  rules?: MatchRules
  /** Leave out posts whose end date is before this date. */
  openOn?: IsoDate
  /** Start after this match in the list's order (a page's last): for paging through a long list. */
  after?: Pick<Match, 'score' | 'distanceKm' | 'postId'>
}

/** A latitude–longitude box, in degrees, that holds the whole travel circle; ±Infinity where longitude rules nothing out. */
export interface TravelBox {
  minLat: number
  maxLat: number
  minLng: number
  maxLng: number
}

/** The mean radius of the Earth (IUGG), in km. */
const earthRadiusKm = 6371.0088
const radiansPerDegree = Math.PI / 180

export interface LatLng {
  lat: number
  lng: number
}

/** Straight-line (great-circle) distance between two points, by the haversine formula. */
export function distanceKm(from: LatLng, to: LatLng): number {
  const dLat = (to.lat - from.lat) * radiansPerDegree
  const dLng = (to.lng - from.lng) * radiansPerDegree
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(from.lat * radiansPerDegree) * Math.cos(to.lat * radiansPerDegree) * Math.sin(dLng / 2) ** 2
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** A day's pay in fen, or null for a piece rate, which has no day. */
export function dailyPayFen(pay: Pay, rules: MatchRules = matchRules): number | null {
  switch (pay.unit) {
    case 'hour':
      return pay.amountFen * rules.hoursPerDay
    case 'day':
      return pay.amountFen
    case 'month':
      return pay.amountFen / rules.paidDaysPerMonth
    case 'piece':
      return null
  }
}

/** Minutes since midnight of `HH:MM`, without making strings. */
function minutesOf(time: string): number {
  const digit = (i: number) => time.charCodeAt(i) - 48
  return (digit(0) * 10 + digit(1)) * 60 + digit(3) * 10 + digit(4)
}

/** ISO day of the week of a date, 1 (Monday) to 7 (Sunday), counted from the civil calendar. */
export function dayOfWeek(date: IsoDate): number {
  const digit = (i: number) => date.charCodeAt(i) - 48
  const month = digit(5) * 10 + digit(6)
  const day = digit(8) * 10 + digit(9)
  // Days since 1970-01-01 (H. Hinnant's days_from_civil), with the year starting in March.
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3) - (month <= 2 ? 1 : 0)
  const era = Math.floor(year / 400)
  const yearOfEra = year - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  const days = era * 146_097 + dayOfEra - 719_468
  // 1970-01-01 was a Thursday.
  return ((((days + 3) % 7) + 7) % 7) + 1
}

/** The seeker's free minutes, day by day (index 1–7): sorted, merged `[from, to, from, to, …]`. */
type FreeMinutes = readonly (readonly number[])[]

function freeMinutesOf(availability: WeeklyAvailability): FreeMinutes {
  const days: number[][] = [[], [], [], [], [], [], [], []]
  for (let day = 1; day <= 7; day++) {
    const ranges = availability
      .filter((range) => range.day === day)
      .map((range) => [minutesOf(range.from), minutesOf(range.to)] as const)
      .sort((a, b) => a[0] - b[0])
    const merged = days[day] as number[]
    for (const [from, to] of ranges) {
      const last = merged.length - 1
      if (last > 0 && from <= (merged[last] as number)) merged[last] = Math.max(merged[last] as number, to)
      else merged.push(from, to)
    }
  }
  return days
}

function freeOverlap(free: readonly number[], from: number, to: number): number {
  let minutes = 0
  for (let i = 0; i < free.length; i += 2) {
    const start = Math.max(from, free[i] as number)
    const end = Math.min(to, free[i + 1] as number)
    if (end > start) minutes += end - start
  }
  return minutes
}

function scheduleShareOf(free: FreeMinutes, shifts: JobShifts): number {
  let total = 0
  let overlap = 0
  for (const shift of shifts.times) {
    const from = minutesOf(shift.from)
    const to = minutesOf(shift.to)
    const day = 'day' in shift ? shift.day : dayOfWeek(shift.date)
    total += to - from
    overlap += freeOverlap(free[day] ?? [], from, to)
  }
  return total > 0 ? overlap / total : 0
}

/** The share of a job's working minutes that fall within the seeker's free hours, 0 to 1. */
export function scheduleShare(availability: WeeklyAvailability, shifts: JobShifts): number {
  return scheduleShareOf(freeMinutesOf(availability), shifts)
}

/** Degrees of slack around the travel box, so rounding never leaves out a post at the very edge. */
const boxSlackDegrees = 1e-6

/**
 * What is worked out once per seeker, so each post costs a few comparisons: the wanted
 * occupations, what the seeker holds, their free minutes, their expected day's pay, and a
 * latitude–longitude box around the travel circle that rules out most posts before any trigonometry.
 */
interface PreparedSeeker {
  seeker: SeekerProfile
  occupations: ReadonlySet<string>
  /** Minor group (`4-01-02`) → the first wanted occupation in it. */
  groups: ReadonlyMap<string, string>
  skills: ReadonlySet<string>
  certificates: ReadonlySet<string>
  free: FreeMinutes
  minLat: number
  maxLat: number
  minLng: number
  maxLng: number
}

const minorGroupOf = (occupation: string) => occupation.slice(0, 7)

/**
 * The box around the seeker's travel circle: a database can rule out most posts by it with an
 * index on their coordinates, before any post is scored (decision 048).
 */
export function travelBox(seeker: Pick<SeekerProfile, 'home' | 'travelKm'>): TravelBox {
  // The circle of radius d spans d/R radians of latitude, and asin(sin(d/R) / cos(lat)) of
  // longitude; when it holds a pole or crosses the 180th meridian, longitude rules nothing out.
  const angle = seeker.travelKm / earthRadiusKm
  const latSpan = angle / radiansPerDegree + boxSlackDegrees
  const minLat = seeker.home.lat - latSpan
  const maxLat = seeker.home.lat + latSpan
  const lngSine = Math.sin(angle) / Math.cos(seeker.home.lat * radiansPerDegree)
  const lngSpan = minLat <= -90 || maxLat >= 90 || !(lngSine < 1) ? Infinity : Math.asin(lngSine) / radiansPerDegree + boxSlackDegrees
  const wraps = seeker.home.lng - lngSpan <= -180 || seeker.home.lng + lngSpan >= 180
  return { minLat, maxLat, minLng: wraps ? -Infinity : seeker.home.lng - lngSpan, maxLng: wraps ? Infinity : seeker.home.lng + lngSpan }
}

function prepareSeeker(seeker: SeekerProfile): PreparedSeeker {
  const groups = new Map<string, string>()
  for (const occupation of seeker.occupations) if (!groups.has(minorGroupOf(occupation))) groups.set(minorGroupOf(occupation), occupation)
  return {
    seeker,
    occupations: new Set(seeker.occupations),
    groups,
    skills: new Set(seeker.skills),
    certificates: new Set(seeker.certificates),
    free: freeMinutesOf(seeker.availability),
    ...travelBox(seeker),
  }
}

/** The exact distance of a post within the seeker's travel range, or null beyond it. */
function distanceInRange(prepared: PreparedSeeker, post: Pick<JobPost, 'place'> | { place: LatLng }): number | null {
  const { lat, lng } = post.place
  if (lat < prepared.minLat || lat > prepared.maxLat || lng < prepared.minLng || lng > prepared.maxLng) return null
  const km = distanceKm(prepared.seeker.home, post.place)
  return km <= prepared.seeker.travelKm ? km : null
}

function occupationFactor(prepared: PreparedSeeker, occupation: string, rules: MatchRules): number {
  if (prepared.occupations.has(occupation)) return 1
  return prepared.groups.has(minorGroupOf(occupation)) ? rules.relatedOccupationCredit : 0
}

function countHeld(held: ReadonlySet<string>, asked: readonly string[]): number {
  let count = 0
  for (const key of asked) if (held.has(key)) count++
  return count
}

function requirementsHeld(prepared: PreparedSeeker, post: JobPost): number {
  return countHeld(prepared.skills, post.skills) + countHeld(prepared.certificates, post.certificates)
}

/** The share of what the job asks for that the seeker has; a job that asks for nothing is met in full. */
function skillsFactor(prepared: PreparedSeeker, post: JobPost): number {
  const asked = post.skills.length + post.certificates.length
  return asked === 0 ? 1 : requirementsHeld(prepared, post) / asked
}

function distanceFactor(km: number, travelKm: number, rules: MatchRules): number {
  if (!(km <= travelKm)) return 0
  return 1 - ((1 - rules.distanceCreditAtEdge) * km) / travelKm
}

function payFactor(offered: Pay, expected: Pay, rules: MatchRules): number {
  const offeredDaily = dailyPayFen(offered, rules)
  const expectedDaily = dailyPayFen(expected, rules)
  if (offeredDaily === null || expectedDaily === null) return rules.notComparablePayCredit
  const ratio = offeredDaily / expectedDaily
  if (ratio >= 1) return 1
  const floor = rules.payShareWorthNothing
  return ratio <= floor ? 0 : (ratio - floor) / (1 - floor)
}

/** The weighted mean of the factors, as a whole number from 0 to 100. */
function scoreOf(factors: MatchFactors, weights: MatchWeights): number {
  const total = weights.occupation + weights.skills + weights.distance + weights.schedule + weights.pay
  if (!(total > 0)) return 0
  const sum =
    weights.occupation * factors.occupation + weights.skills * factors.skills + weights.distance * factors.distance + weights.schedule * factors.schedule + weights.pay * factors.pay
  return Math.min(100, Math.max(0, Math.round((sum / total) * 100)))
}

function factorsOf(prepared: PreparedSeeker, post: JobPost, km: number, rules: MatchRules): MatchFactors {
  return {
    occupation: occupationFactor(prepared, post.occupation, rules),
    skills: skillsFactor(prepared, post),
    distance: distanceFactor(km, prepared.seeker.travelKm, rules),
    schedule: scheduleShareOf(prepared.free, post.shifts),
    pay: payFactor(post.pay, prepared.seeker.expectedPay, rules),
  }
}

/** Distances are kept and shown to the metre, and ranked by that, so what is shown is what is sorted. */
const toMetre = (km: number) => Math.round(km * 1000) / 1000

/** The reasons of one match, in the order a seeker weighs them: where, what, when, how much. */
function reasonsFor(prepared: PreparedSeeker, post: JobPost, km: number, rules: MatchRules): MatchReason[] {
  const { seeker } = prepared
  const reasons: MatchReason[] = [{ kind: 'distance', km: toMetre(km) }]
  if (prepared.occupations.has(post.occupation)) reasons.push({ kind: 'occupation', occupation: post.occupation })
  else {
    const wanted = prepared.groups.get(minorGroupOf(post.occupation))
    if (wanted !== undefined) reasons.push({ kind: 'relatedOccupation', occupation: post.occupation, wanted })
  }
  const skills = post.skills.filter((skill) => prepared.skills.has(skill))
  const certificates = post.certificates.filter((certificate) => prepared.certificates.has(certificate))
  if (skills.length > 0) reasons.push({ kind: 'skills', matched: skills })
  if (certificates.length > 0) reasons.push({ kind: 'certificates', matched: certificates })
  if (post.skills.length + post.certificates.length === 0) reasons.push({ kind: 'noRequirements' })
  const missingSkills = post.skills.filter((skill) => !prepared.skills.has(skill))
  const missingCertificates = post.certificates.filter((certificate) => !prepared.certificates.has(certificate))
  if (missingSkills.length + missingCertificates.length > 0) reasons.push({ kind: 'missing', skills: missingSkills, certificates: missingCertificates })
  reasons.push({ kind: 'schedule', share: scheduleShareOf(prepared.free, post.shifts) })
  reasons.push({ kind: 'jobKind', jobKind: post.kind })
  reasons.push({ kind: 'pay', pay: post.pay })
  const offeredDaily = dailyPayFen(post.pay, rules)
  const expectedDaily = dailyPayFen(seeker.expectedPay, rules)
  if (offeredDaily === null || expectedDaily === null) reasons.push({ kind: 'payNotComparable' })
  else if (offeredDaily < expectedDaily) reasons.push({ kind: 'payBelowExpectation', expected: seeker.expectedPay })
  return reasons
}

/**
 * One post scored for one seeker: each factor, the score, the reasons in plain data, and whether
 * the post would be left out of the seeker's list (and why). A post beyond the travel range has
 * a distance factor of 0 but is still scored, so the numbers can be shown to staff.
 */
export function scoreMatch(seeker: SeekerProfile, post: JobPost, weights: MatchWeights = matchWeights, rules: MatchRules = matchRules): ScoredMatch {
  const prepared = prepareSeeker(seeker)
  const km = distanceKm(seeker.home, post.place)
  const factors = factorsOf(prepared, post, km, rules)
  const tooFar = !(km <= seeker.travelKm)
  const unrelated = factors.occupation === 0 && requirementsHeld(prepared, post) === 0
  return {
    score: scoreOf(factors, weights),
    factors,
    distanceKm: toMetre(km),
    reasons: reasonsFor(prepared, post, km, rules),
    excluded: tooFar ? 'tooFar' : unrelated ? 'unrelated' : null,
  }
}

const isOpen = (post: Pick<JobPost, 'endDate'>, openOn: IsoDate | undefined) => openOn === undefined || post.endDate === null || post.endDate >= openOn

/** Ids compared by code unit, not by locale, so the order is the same on every device. */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

interface Candidate {
  post: JobPost
  km: number
  score: number
}

/**
 * A seeker's ranked list: posts within the travel range that are the seeker's kind of work (a
 * wanted or related occupation, or at least one skill or certificate the post asks for), best
 * score first, then nearest, then by id. Post ids are taken to be unique. Reasons are written
 * only for the posts returned.
 */
export function rankMatches(seeker: SeekerProfile, posts: readonly JobPost[], options: RankOptions = {}): Match[] {
  const { limit = 50, weights = matchWeights, rules = matchRules, openOn, after } = options
  const prepared = prepareSeeker(seeker)
  const candidates: Candidate[] = []
  for (const post of posts) {
    if (!isOpen(post, openOn)) continue
    const km = distanceInRange(prepared, post)
    if (km === null) continue
    const occupation = occupationFactor(prepared, post.occupation, rules)
    if (occupation === 0 && requirementsHeld(prepared, post) === 0) continue
    const candidate = { post, km: toMetre(km), score: scoreOf(factorsOf(prepared, post, km, rules), weights) }
    if (after && !(candidate.score < after.score || (candidate.score === after.score && (candidate.km > after.distanceKm || (candidate.km === after.distanceKm && byId(post.id, after.postId) > 0))))) continue
    candidates.push(candidate)
  }
  candidates.sort((a, b) => b.score - a.score || a.km - b.km || byId(a.post.id, b.post.id))
  return candidates.slice(0, Math.max(0, limit)).map(({ post, km, score }) => ({
    postId: post.id,
    score,
    distanceKm: km,
    reasons: reasonsFor(prepared, post, distanceKm(seeker.home, post.place), rules),
  }))
}

/** "Near me": every open post within the seeker's travel range, nearest first, then by id. */
/** Where a post is and until when: all "near me" needs, so a list can be measured before the posts are read whole. */
export interface LocatedPost {
  id: string
  place: LatLng
  endDate: IsoDate | null
}

/**
 * The highest score a post of this occupation at this place could have for the seeker, whatever
 * it asks, pays or when it is worked (those factors taken at 1); null beyond her travel range.
 * Since improving a factor never lowers the score (decision 044), no post scores above it: a
 * service can read posts whole in the order of this ceiling and stop once its page is settled.
 */
export function matchCeiling(
  seeker: SeekerProfile,
  post: { occupation: string; place: LatLng },
  weights: MatchWeights = matchWeights,
  rules: MatchRules = matchRules,
): number | null {
  return matchCeilings(seeker, [post], weights, rules)[0] ?? null
}

/** `matchCeiling` for many posts of one seeker, prepared once; null where a post is beyond her range. */
export function matchCeilings(seeker: SeekerProfile, posts: readonly { occupation: string; place: LatLng }[], weights: MatchWeights = matchWeights, rules: MatchRules = matchRules): (number | null)[] {
  const prepared = prepareSeeker(seeker)
  return posts.map((post) => {
    const km = distanceInRange(prepared, post)
    if (km === null) return null
    return scoreOf({ occupation: occupationFactor(prepared, post.occupation, rules), skills: 1, distance: distanceFactor(km, seeker.travelKm, rules), schedule: 1, pay: 1 }, weights)
  })
}

export function nearMe(
  seeker: SeekerProfile,
  posts: readonly LocatedPost[],
  options: Pick<RankOptions, 'limit' | 'openOn'> & { after?: NearbyPost } = {},
): NearbyPost[] {
  const { limit = 50, openOn, after } = options
  const prepared = prepareSeeker(seeker)
  const nearby: NearbyPost[] = []
  for (const post of posts) {
    if (!isOpen(post, openOn)) continue
    const km = distanceInRange(prepared, post)
    if (km === null) continue
    const distance = toMetre(km)
    if (after && !(distance > after.distanceKm || (distance === after.distanceKm && byId(post.id, after.postId) > 0))) continue
    nearby.push({ postId: post.id, distanceKm: distance })
  }
  nearby.sort((a, b) => a.distanceKm - b.distanceKm || byId(a.postId, b.postId))
  return nearby.slice(0, Math.max(0, limit))
}
