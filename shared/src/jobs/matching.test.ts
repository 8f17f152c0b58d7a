import { expect, test } from 'vitest'
import { dailyPayFen, dayOfWeek, distanceKm, matchRules, matchWeights, nearMe, rankMatches, scheduleShare, scoreMatch } from './matching'
import { JobPost, MatchRules, MatchWeights, SeekerProfile, WeeklyHours } from './schemas'
import type { Place } from './schemas'

// Occupation codes, skills and places here are test data, not entries of the classification.
const cleaner = '4-09-08-01'
const windowCleaner = '4-09-08-02'
const cook = '4-03-02-01'

const kmPerDegreeOfLatitude = (6371.0088 * Math.PI) / 180
const home: Place = { community: '五马社区', regionCode: '330302', lat: 28, lng: 120.65 }
/** A place `km` due north of home: along a meridian the distance is exactly R × Δlatitude. */
const north = (km: number, community = '江滨社区'): Place => ({ ...home, community, lat: home.lat + km / kmPerDegreeOfLatitude })

const seeker = SeekerProfile.parse({
  occupations: [cleaner],
  skills: ['cleaning'],
  certificates: ['health'],
  home,
  travelKm: 5,
  availability: [1, 2, 3, 4, 5].map((day) => ({ day, from: '08:00', to: '18:00' })),
  expectedPay: { amountFen: 18_000, unit: 'day' },
})

const dayJob = (overrides: Partial<JobPost> = {}): JobPost =>
  JobPost.parse({
    id: 'post-1',
    title: '商场保洁',
    occupation: cleaner,
    skills: ['cleaning'],
    certificates: [],
    kind: 'day',
    place: north(1.2),
    pay: { amountFen: 18_000, unit: 'day' },
    headcount: 3,
    // 7 December 2026 is a Monday.
    shifts: { kind: 'dated', times: [{ date: '2026-12-07', from: '08:00', to: '17:00' }] },
    startDate: '2026-12-07',
    endDate: '2026-12-07',
    ...overrides,
  })

test('the weights and rules in use are valid data, and the weights add up to 100', () => {
  expect(MatchWeights.safeParse(matchWeights).success).toBe(true)
  expect(MatchRules.safeParse(matchRules).success).toBe(true)
  expect(Object.values(matchWeights).reduce((sum, weight) => sum + weight, 0)).toBe(100)
})

test('a cleaning day job 1.2 km away, in the seeker\u2019s hours and at the pay they ask, scores 98 with its reasons', () => {
  const scored = scoreMatch(seeker, dayJob())
  expect(scored.factors).toEqual({ occupation: 1, skills: 1, distance: expect.closeTo(1 - 0.5 * (1.2 / 5), 9), schedule: 1, pay: 1 })
  // 30 + 25 + 20 × 0.88 + 15 + 10 = 97.6
  expect(scored.score).toBe(98)
  expect(scored.distanceKm).toBe(1.2)
  expect(scored.excluded).toBeNull()
  expect(scored.reasons).toEqual([
    { kind: 'distance', km: 1.2 },
    { kind: 'occupation', occupation: cleaner },
    { kind: 'skills', matched: ['cleaning'] },
    { kind: 'schedule', share: 1 },
    { kind: 'jobKind', jobKind: 'day' },
    { kind: 'pay', pay: { amountFen: 18_000, unit: 'day' } },
  ])
})

test('a job in the same minor group as a wanted occupation gets part of the occupation credit, another job none', () => {
  expect(scoreMatch(seeker, dayJob({ occupation: windowCleaner })).factors.occupation).toBe(matchRules.relatedOccupationCredit)
  expect(scoreMatch(seeker, dayJob({ occupation: windowCleaner })).reasons).toContainEqual({ kind: 'relatedOccupation', occupation: windowCleaner, wanted: cleaner })
  expect(scoreMatch(seeker, dayJob({ occupation: cook })).factors.occupation).toBe(0)
})

test('the skills factor is the share of the skills and certificates asked for that the seeker has', () => {
  const post = dayJob({ skills: ['cleaning', 'ironing', 'cooking'], certificates: ['health'] })
  const scored = scoreMatch(seeker, post)
  expect(scored.factors.skills).toBe(2 / 4)
  expect(scored.reasons).toContainEqual({ kind: 'skills', matched: ['cleaning'] })
  expect(scored.reasons).toContainEqual({ kind: 'certificates', matched: ['health'] })
  expect(scored.reasons).toContainEqual({ kind: 'missing', skills: ['ironing', 'cooking'], certificates: [] })
})

test('a job that asks for no skills or certificates is met in full, and says so', () => {
  const scored = scoreMatch(seeker, dayJob({ skills: [], certificates: [] }))
  expect(scored.factors.skills).toBe(1)
  expect(scored.reasons).toContainEqual({ kind: 'noRequirements' })
})

test('distance credit is 1 at home, half at the edge of the travel range, and 0 beyond it', () => {
  expect(scoreMatch(seeker, dayJob({ place: home })).factors.distance).toBe(1)
  // Just inside the edge: a point placed exactly on it may fall either side by rounding.
  expect(scoreMatch(seeker, dayJob({ place: north(4.9999) })).factors.distance).toBeCloseTo(0.5, 4)
  const beyond = scoreMatch(seeker, dayJob({ place: north(5.1) }))
  expect(beyond.factors.distance).toBe(0)
  expect(beyond.excluded).toBe('tooFar')
})

test('haversine distance: one degree of latitude is about 111.2 km, Lucheng to Hangzhou about 250 km', () => {
  expect(distanceKm({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(111.195, 3)
  expect(distanceKm({ lat: 28.0, lng: 120.65 }, { lat: 30.27, lng: 120.15 })).toBeGreaterThan(250)
  expect(distanceKm({ lat: 28.0, lng: 120.65 }, { lat: 30.27, lng: 120.15 })).toBeLessThan(260)
  expect(distanceKm(home, home)).toBe(0)
})

test('schedule overlap is the share of the job\u2019s minutes in the seeker\u2019s free hours', () => {
  const weekly = (times: { day: number; from: string; to: string }[]) => ({ kind: 'weekly' as const, times })
  // 16:00–20:00 on Monday: two of the four hours are free.
  expect(scheduleShare(seeker.availability, weekly([{ day: 1, from: '16:00', to: '20:00' }]))).toBe(0.5)
  // Saturday is not free at all.
  expect(scheduleShare(seeker.availability, weekly([{ day: 6, from: '08:00', to: '12:00' }]))).toBe(0)
  // A dated shift counts on its day of the week: 12 December 2026 is a Saturday.
  expect(scheduleShare(seeker.availability, { kind: 'dated', times: [{ date: '2026-12-12', from: '08:00', to: '12:00' }] })).toBe(0)
  // Overlapping free ranges are merged, not counted twice.
  const overlapping = [
    { day: 1, from: '08:00', to: '12:00' },
    { day: 1, from: '10:00', to: '14:00' },
  ]
  expect(scheduleShare(overlapping, weekly([{ day: 1, from: '08:00', to: '16:00' }]))).toBe(0.75)
  expect(scheduleShare([], weekly([{ day: 1, from: '08:00', to: '16:00' }]))).toBe(0)
})

test('days of the week are ISO: Monday is 1 and Sunday is 7, across leap years and centuries', () => {
  expect(dayOfWeek('2026-12-07')).toBe(1)
  expect(dayOfWeek('2026-12-13')).toBe(7)
  expect(dayOfWeek('2024-02-29')).toBe(4)
  expect(dayOfWeek('2000-03-01')).toBe(3)
  expect(dayOfWeek('1970-01-01')).toBe(4)
})

test('pay is set against the expectation as a day\u2019s pay: 8 hours a day, 21.75 paid days a month', () => {
  expect(dailyPayFen({ amountFen: 2_500, unit: 'hour' })).toBe(20_000)
  expect(dailyPayFen({ amountFen: 435_000, unit: 'month' })).toBe(20_000)
  expect(dailyPayFen({ amountFen: 80, unit: 'piece' })).toBeNull()
  // ¥25 an hour is ¥200 a day: it meets an expectation of ¥4,350 a month (also ¥200 a day).
  const monthly = { ...seeker, expectedPay: { amountFen: 435_000, unit: 'month' as const } }
  expect(scoreMatch(monthly, dayJob({ pay: { amountFen: 2_500, unit: 'hour' } })).factors.pay).toBe(1)
})

test('pay credit falls from 1 at the expectation to 0 at half of it, and the shortfall is a reason', () => {
  expect(scoreMatch(seeker, dayJob({ pay: { amountFen: 20_000, unit: 'day' } })).factors.pay).toBe(1)
  const lower = scoreMatch(seeker, dayJob({ pay: { amountFen: 13_500, unit: 'day' } }))
  expect(lower.factors.pay).toBeCloseTo(0.5, 9)
  expect(lower.reasons).toContainEqual({ kind: 'payBelowExpectation', expected: { amountFen: 18_000, unit: 'day' } })
  expect(scoreMatch(seeker, dayJob({ pay: { amountFen: 9_000, unit: 'day' } })).factors.pay).toBe(0)
})

test('a piece rate is neither for nor against a job, and the reasons say it was not compared', () => {
  const scored = scoreMatch(seeker, dayJob({ pay: { amountFen: 80, unit: 'piece' } }))
  expect(scored.factors.pay).toBe(matchRules.notComparablePayCredit)
  expect(scored.reasons).toContainEqual({ kind: 'payNotComparable' })
  const pieceSeeker = { ...seeker, expectedPay: { amountFen: 80, unit: 'piece' as const } }
  expect(scoreMatch(pieceSeeker, dayJob()).factors.pay).toBe(matchRules.notComparablePayCredit)
})

test('weights are data: with all the weight on distance, the score is the distance credit', () => {
  const onlyDistance = { occupation: 0, skills: 0, distance: 1, schedule: 0, pay: 0 }
  expect(scoreMatch(seeker, dayJob({ place: north(4.999) }), onlyDistance).score).toBe(50)
  expect(scoreMatch(seeker, dayJob({ place: home }), onlyDistance).score).toBe(100)
})

test('a seeker\u2019s list leaves out jobs beyond their range and jobs with nothing of their work, best first', () => {
  const posts = [
    dayJob({ id: 'far', place: north(6) }),
    dayJob({ id: 'cook-no-skill', occupation: cook, skills: ['cooking'] }),
    dayJob({ id: 'cook-who-cleans', occupation: cook, skills: ['cleaning', 'cooking'] }),
    dayJob({ id: 'near', place: north(0.5) }),
    dayJob({ id: 'cheap', pay: { amountFen: 12_000, unit: 'day' } }),
  ]
  const ranked = rankMatches(seeker, posts)
  expect(ranked.map((match) => match.postId)).toEqual(['near', 'cheap', 'cook-who-cleans'])
  expect(ranked.map((match) => match.score)).toEqual([99, 91, 55])
  expect(ranked[0]?.distanceKm).toBe(0.5)
  expect(scoreMatch(seeker, posts[1] as JobPost).excluded).toBe('unrelated')
})

test('equal scores are ranked nearest first, then by id', () => {
  const posts = [dayJob({ id: 'b' }), dayJob({ id: 'a' }), dayJob({ id: 'c', place: north(1.2, '南郊社区') })]
  // c is as far as a and b but in another community: same score, same distance, so by id.
  expect(rankMatches(seeker, posts).map((match) => match.postId)).toEqual(['a', 'b', 'c'])
  const sameScore = { occupation: 1, skills: 0, distance: 0, schedule: 0, pay: 0 }
  expect(rankMatches(seeker, [dayJob({ id: 'a', place: north(3) }), dayJob({ id: 'b', place: north(1) })], { weights: sameScore }).map((m) => m.postId)).toEqual(['b', 'a'])
})

test('the list is cut at the limit, and posts that ended before the given date are left out', () => {
  const posts = Array.from({ length: 80 }, (_, i) => dayJob({ id: `post-${String(i).padStart(2, '0')}`, place: north(i / 20) }))
  expect(rankMatches(seeker, posts)).toHaveLength(50)
  expect(rankMatches(seeker, posts, { limit: 3 }).map((match) => match.postId)).toEqual(['post-00', 'post-01', 'post-02'])
  expect(rankMatches(seeker, [dayJob()], { openOn: '2026-12-08' })).toEqual([])
  expect(rankMatches(seeker, [dayJob()], { openOn: '2026-12-07' })).toHaveLength(1)
})

test('near me lists every job within the travel range, whatever its work, nearest first', () => {
  const posts = [
    dayJob({ id: 'cook', occupation: cook, skills: ['cooking'], place: north(2) }),
    dayJob({ id: 'edge', place: north(4.999) }),
    dayJob({ id: 'far', place: north(5.01) }),
    dayJob({ id: 'here', place: home }),
  ]
  expect(nearMe(seeker, posts)).toEqual([
    { postId: 'here', distanceKm: 0 },
    { postId: 'cook', distanceKm: 2 },
    { postId: 'edge', distanceKm: 4.999 },
  ])
  expect(nearMe(seeker, posts, { limit: 1 })).toEqual([{ postId: 'here', distanceKm: 0 }])
})

test('a job post whose dated shifts fall outside its dates, or whose times run backwards, is refused', () => {
  const base = dayJob()
  expect(JobPost.safeParse({ ...base, shifts: { kind: 'dated', times: [{ date: '2026-12-08', from: '08:00', to: '17:00' }] } }).success).toBe(false)
  expect(JobPost.safeParse({ ...base, shifts: { kind: 'dated', times: [{ date: '2026-12-07', from: '17:00', to: '08:00' }] } }).success).toBe(false)
  expect(JobPost.safeParse({ ...base, occupation: '4-1-2-1' }).success).toBe(false)
  expect(JobPost.safeParse({ ...base, pay: { amountFen: 180.5, unit: 'day' } }).success).toBe(false)
  expect(JobPost.safeParse({ ...base, shifts: { kind: 'weekly', times: [{ day: 1, from: '22:00', to: '24:00' }] } }).success).toBe(true)
})

test('a time written wrongly is one error, not also a complaint that the range ends before it starts', () => {
  const result = WeeklyHours.safeParse({ day: 1, from: '8:00', to: '17:00' })
  expect(result.success).toBe(false)
  expect(result.error?.issues.map((issue) => issue.message)).toEqual(['jobs.time'])
})
