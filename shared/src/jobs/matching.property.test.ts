import fc from 'fast-check'
import { expect, test } from 'vitest'
import { addCalendarDays } from '../wages/work-calendar'
import { dayOfWeek, distanceKm, nearMe, rankMatches, scoreMatch, matchCeiling } from './matching'
import type { MatchFactors } from './matching'
import type { JobPost, JobShifts, MatchWeights, PayUnit, Place, SeekerProfile, WeeklyHours } from './schemas'

// Codes, skills and places are test data. The pools are small so that matches, near misses and
// misses all come up often.
const occupationPool = ['4-09-08-01', '4-09-08-02', '4-10-02-01', '4-03-02-01', '6-01-01-01']
const skillPool = ['cleaning', 'ironing', 'cooking', 'driving', 'elder care', 'forklift']
const certificatePool = ['health', 'electrician', 'forklift licence']
const payUnits: PayUnit[] = ['hour', 'day', 'month', 'piece']

const two = (n: number) => String(n).padStart(2, '0')
const clock = (minutes: number) => `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`

/** A place around Lucheng, Wenzhou: about ±11 km each way, so some posts fall beyond any range. */
const anyLocalPlace = fc.record({
  community: fc.constantFrom('五马社区', '江滨社区', '南郊社区'),
  regionCode: fc.constant('330302'),
  lat: fc.double({ min: 27.9, max: 28.1, noNaN: true }),
  lng: fc.double({ min: 120.55, max: 120.75, noNaN: true }),
})

/** Hours on one weekday, on the half hour, never crossing midnight. */
const anyWeeklyHours: fc.Arbitrary<WeeklyHours> = fc
  .record({ day: fc.integer({ min: 1, max: 7 }), start: fc.integer({ min: 0, max: 47 }), length: fc.integer({ min: 1, max: 24 }) })
  .map(({ day, start, length }) => ({ day, from: clock(start * 30), to: clock(Math.min(48, start + length) * 30) }))

const anyShifts: fc.Arbitrary<JobShifts> = fc.oneof(
  fc.array(anyWeeklyHours, { minLength: 1, maxLength: 6 }).map((times) => ({ kind: 'weekly' as const, times })),
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 30 }), anyWeeklyHours), { minLength: 1, maxLength: 6 })
    .map((shifts) => ({ kind: 'dated' as const, times: shifts.map(([offset, { from, to }]) => ({ date: addCalendarDays('2026-12-01', offset), from, to })) })),
)

const anyPay = fc.record({ amountFen: fc.integer({ min: 1, max: 2_000_000 }), unit: fc.constantFrom(...payUnits) })

const anySeeker: fc.Arbitrary<SeekerProfile> = fc.record({
  occupations: fc.uniqueArray(fc.constantFrom(...occupationPool), { maxLength: 3 }),
  skills: fc.uniqueArray(fc.constantFrom(...skillPool), { maxLength: 4 }),
  certificates: fc.uniqueArray(fc.constantFrom(...certificatePool), { maxLength: 2 }),
  home: anyLocalPlace,
  travelKm: fc.double({ min: 0.5, max: 15, noNaN: true }),
  availability: fc.array(anyWeeklyHours, { maxLength: 8 }),
  expectedPay: anyPay,
})

const anyPost = (id: fc.Arbitrary<string> = fc.constant('post')): fc.Arbitrary<JobPost> =>
  fc.record({
    id,
    title: fc.constant('招聘'),
    occupation: fc.constantFrom(...occupationPool),
    skills: fc.uniqueArray(fc.constantFrom(...skillPool), { maxLength: 3 }),
    certificates: fc.uniqueArray(fc.constantFrom(...certificatePool), { maxLength: 2 }),
    kind: fc.constantFrom('full_time' as const, 'part_time' as const, 'day' as const),
    place: anyLocalPlace,
    pay: anyPay,
    headcount: fc.integer({ min: 1, max: 20 }),
    shifts: anyShifts,
    startDate: fc.constant('2026-12-01'),
    endDate: fc.constantFrom(null, '2026-12-31'),
  })

/** Any weights at all, as long as one counts: the promises must hold for every choice, not just ours. */
const anyWeights: fc.Arbitrary<MatchWeights> = fc
  .record({
    occupation: fc.integer({ min: 0, max: 100 }),
    skills: fc.integer({ min: 0, max: 100 }),
    distance: fc.integer({ min: 0, max: 100 }),
    schedule: fc.integer({ min: 0, max: 100 }),
    pay: fc.integer({ min: 0, max: 100 }),
  })
  .filter((w) => w.occupation + w.skills + w.distance + w.schedule + w.pay > 0)

const factorNames: (keyof MatchFactors)[] = ['occupation', 'skills', 'distance', 'schedule', 'pay']

/** The better case scores at least as high, its factor is at least as high, and no other factor moves. */
function expectNoWorse(seeker: SeekerProfile, post: JobPost, better: { seeker?: SeekerProfile; post?: JobPost }, factor: keyof MatchFactors, weights: MatchWeights) {
  const before = scoreMatch(seeker, post, weights)
  const after = scoreMatch(better.seeker ?? seeker, better.post ?? post, weights)
  expect(after.score).toBeGreaterThanOrEqual(before.score)
  expect(after.factors[factor]).toBeGreaterThanOrEqual(before.factors[factor])
  for (const other of factorNames) if (other !== factor) expect(after.factors[other]).toBe(before.factors[other])
}

test('a job nearer the seeker\u2019s home never scores lower', () => {
  fc.assert(
    fc.property(anySeeker, anyPost(), anyLocalPlace, anyWeights, (seeker, post, elsewhere, weights) => {
      const [near, far] = distanceKm(seeker.home, elsewhere) <= distanceKm(seeker.home, post.place) ? [elsewhere, post.place] : [post.place, elsewhere]
      expectNoWorse(seeker, { ...post, place: far }, { post: { ...post, place: near } }, 'distance', weights)
    }),
  )
})

test('a seeker who will travel further never sees a job score lower', () => {
  fc.assert(
    fc.property(anySeeker, anyPost(), fc.double({ min: 0, max: 20, noNaN: true }), anyWeights, (seeker, post, extraKm, weights) => {
      expectNoWorse(seeker, post, { seeker: { ...seeker, travelKm: seeker.travelKm + extraKm } }, 'distance', weights)
    }),
  )
})

test('a seeker with one more skill or certificate never sees a job score lower', () => {
  fc.assert(
    fc.property(anySeeker, anyPost(), fc.constantFrom(...skillPool), fc.constantFrom(...certificatePool), anyWeights, (seeker, post, skill, certificate, weights) => {
      const moreSkills = { ...seeker, skills: [...new Set([...seeker.skills, skill])] }
      expectNoWorse(seeker, post, { seeker: moreSkills }, 'skills', weights)
      const moreCertificates = { ...seeker, certificates: [...new Set([...seeker.certificates, certificate])] }
      expectNoWorse(seeker, post, { seeker: moreCertificates }, 'skills', weights)
    }),
  )
})

test('a seeker free for more hours never sees a job score lower', () => {
  fc.assert(
    fc.property(anySeeker, anyPost(), fc.array(anyWeeklyHours, { minLength: 1, maxLength: 4 }), anyWeights, (seeker, post, extraHours, weights) => {
      expectNoWorse(seeker, post, { seeker: { ...seeker, availability: [...seeker.availability, ...extraHours] } }, 'schedule', weights)
    }),
  )
})

test('a job that pays more in the same unit, or a seeker who expects less, never scores lower', () => {
  fc.assert(
    fc.property(anySeeker, anyPost(), fc.integer({ min: 0, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), anyWeights, (seeker, post, raise, cut, weights) => {
      expectNoWorse(seeker, post, { post: { ...post, pay: { ...post.pay, amountFen: post.pay.amountFen + raise } } }, 'pay', weights)
      const lowerExpectation = Math.max(1, Math.floor(seeker.expectedPay.amountFen * cut))
      expectNoWorse(seeker, post, { seeker: { ...seeker, expectedPay: { ...seeker.expectedPay, amountFen: lowerExpectation } } }, 'pay', weights)
    }),
  )
})

test('a seeker who adds the job\u2019s occupation, or any occupation, never sees it score lower', () => {
  fc.assert(
    fc.property(anySeeker, anyPost(), fc.constantFrom(...occupationPool), anyWeights, (seeker, post, other, weights) => {
      for (const wanted of [post.occupation, other]) {
        expectNoWorse(seeker, post, { seeker: { ...seeker, occupations: [...new Set([...seeker.occupations, wanted])] } }, 'occupation', weights)
      }
    }),
  )
})

test('every score is a whole number from 0 to 100 and every factor is between 0 and 1', () => {
  fc.assert(
    fc.property(anySeeker, anyPost(), anyWeights, (seeker, post, weights) => {
      const { score, factors } = scoreMatch(seeker, post, weights)
      expect(Number.isInteger(score)).toBe(true)
      expect(score).toBeGreaterThanOrEqual(0)
      expect(score).toBeLessThanOrEqual(100)
      for (const name of factorNames) {
        expect(factors[name]).toBeGreaterThanOrEqual(0)
        expect(factors[name]).toBeLessThanOrEqual(1)
      }
    }),
  )
})

const anyPosts = fc.uniqueArray(anyPost(fc.string({ minLength: 1, maxLength: 6 })), { selector: (post) => post.id, maxLength: 40 })

test('a seeker\u2019s list is sorted by score, then distance, then id, whatever order the posts come in', () => {
  fc.assert(
    fc.property(anySeeker, anyPosts, anyWeights, (seeker, posts, weights) => {
      const ranked = rankMatches(seeker, posts, { weights, limit: posts.length })
      for (let i = 1; i < ranked.length; i++) {
        const [a, b] = [ranked[i - 1], ranked[i]]
        if (a === undefined || b === undefined) continue
        expect(a.score > b.score || (a.score === b.score && (a.distanceKm < b.distanceKm || (a.distanceKm === b.distanceKm && a.postId < b.postId)))).toBe(true)
      }
      expect(rankMatches(seeker, [...posts].reverse(), { weights, limit: posts.length })).toEqual(ranked)
    }),
  )
})

test('the list holds exactly the posts that are neither too far nor unrelated, with the scores scoreMatch gives', () => {
  fc.assert(
    fc.property(anySeeker, anyPosts, anyWeights, (seeker, posts, weights) => {
      const ranked = rankMatches(seeker, posts, { weights, limit: posts.length })
      const expected = posts.map((post) => ({ post, scored: scoreMatch(seeker, post, weights) })).filter(({ scored }) => scored.excluded === null)
      expect(new Set(ranked.map((match) => match.postId))).toEqual(new Set(expected.map(({ post }) => post.id)))
      for (const match of ranked) {
        const { scored } = expected.find(({ post }) => post.id === match.postId) ?? {}
        expect(match).toEqual({ postId: match.postId, score: scored?.score, distanceKm: scored?.distanceKm, reasons: scored?.reasons })
      }
    }),
  )
})

/** Anywhere on Earth, including near the poles and the 180th meridian, where the travel box is hardest. */
const anyPlaceOnEarth: fc.Arbitrary<Place> = fc.oneof(
  fc.record({ community: fc.constant('某地'), regionCode: fc.constant('330302'), lat: fc.double({ min: -90, max: 90, noNaN: true }), lng: fc.double({ min: -180, max: 180, noNaN: true }) }),
  fc.record({ community: fc.constant('极地'), regionCode: fc.constant('330302'), lat: fc.double({ min: 89, max: 90, noNaN: true }), lng: fc.double({ min: -180, max: 180, noNaN: true }) }),
  fc.record({ community: fc.constant('日界线'), regionCode: fc.constant('330302'), lat: fc.double({ min: -60, max: 60, noNaN: true }), lng: fc.constantFrom(-180, -179.9999, 179.9999, 180) }),
)

/** Posts around a home: some right at the edge of the range, some on the other side of the world. */
const anyPostsAround = (home: Place, travelKm: number) =>
  fc.array(
    fc.tuple(
      fc.oneof(
        fc.tuple(fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.double({ min: 0, max: 1.5, noNaN: true })).map(([bearing, share]) => offset(home, bearing, travelKm * share)),
        anyPlaceOnEarth,
      ),
      anyPost(),
    ),
    { maxLength: 30 },
  ).map((pairs) => pairs.map(([place, post], i): JobPost => ({ ...post, id: `p${String(i).padStart(2, '0')}`, place })))

/** The point `km` from `from` along `bearing` (radians from north), on the same sphere as `distanceKm`. */
function offset(from: Place, bearing: number, km: number): Place {
  const radians = Math.PI / 180
  const angle = km / 6371.0088
  const lat1 = from.lat * radians
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing))
  const lng2 = from.lng * radians + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat1), Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2))
  const lng = ((((lng2 / radians + 180) % 360) + 360) % 360) - 180
  return { ...from, lat: Math.max(-90, Math.min(90, lat2 / radians)), lng }
}

test('near me never returns a post beyond the travel range, misses none within it, and is sorted by distance', () => {
  const anyCase = fc
    .record({ seeker: anySeeker, home: anyPlaceOnEarth, travelKm: fc.double({ min: 0.1, max: 100, noNaN: true }) })
    .chain(({ seeker, home, travelKm }) => anyPostsAround(home, travelKm).map((posts) => ({ seeker: { ...seeker, home, travelKm }, posts })))
  fc.assert(
    fc.property(anyCase, ({ seeker, posts }) => {
      const nearby = nearMe(seeker, posts, { limit: posts.length })
      const within = posts.filter((post) => distanceKm(seeker.home, post.place) <= seeker.travelKm).map((post) => post.id)
      expect(new Set(nearby.map((near) => near.postId))).toEqual(new Set(within))
      for (let i = 1; i < nearby.length; i++) expect((nearby[i - 1]?.distanceKm ?? 0) <= (nearby[i]?.distanceKm ?? 0)).toBe(true)
    }),
    { numRuns: 300 },
  )
})

test('the day of the week of any date agrees with the calendar', () => {
  fc.assert(
    fc.property(fc.integer({ min: -200_000, max: 200_000 }), (offset) => {
      const date = addCalendarDays('2000-01-01', offset)
      expect(dayOfWeek(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay() || 7)
    }),
  )
})

test('no post scores above its ceiling, for any weights: what it asks, pays and when it is worked can only bring it down', () => {
  fc.assert(
    fc.property(anySeeker, anyPost(), anyWeights, (seeker, post, weights) => {
      const ceiling = matchCeiling(seeker, post, weights)
      const scored = scoreMatch(seeker, post, weights)
      if (scored.excluded === 'tooFar') expect(ceiling).toBeNull()
      else expect(ceiling).toBeGreaterThanOrEqual(scored.score)
    }),
  )
})
