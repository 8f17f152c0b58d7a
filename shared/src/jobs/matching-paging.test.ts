import fc from 'fast-check'
import { expect, test } from 'vitest'
import { distanceKm, nearMe, rankMatches, travelBox } from './matching'
import type { JobPost, SeekerProfile } from './schemas'

const seeker: SeekerProfile = {
  occupations: ['4-01-02-04'],
  skills: ['pos_terminal'],
  certificates: [],
  home: { community: '水心社区', regionCode: '330302', lat: 28.013_742, lng: 120.641_385 },
  travelKm: 8.5,
  availability: [{ day: 1, from: '08:00', to: '12:00' }],
  expectedPay: { amountFen: 2_500, unit: 'hour' },
}

const postAt = (id: string, lat: number, lng: number, payFen = 2_500): JobPost => ({
  id,
  title: id,
  occupation: '4-01-02-04',
  skills: ['pos_terminal'],
  certificates: [],
  kind: 'part_time',
  place: { community: '社区', regionCode: '330302', lat, lng },
  pay: { amountFen: payFen, unit: 'hour' },
  headcount: 1,
  shifts: { kind: 'weekly', times: [{ day: 1, from: '08:00', to: '12:00' }] },
  startDate: '2026-12-01',
  endDate: null,
})

test('every point within the travel distance lies inside the travel box, wherever home is and however far she goes', () => {
  fc.assert(
    fc.property(
      fc.double({ min: -89, max: 89, noNaN: true }),
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: 0.01, max: 100, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
      (lat, lng, travelKm, share, bearing) => {
        const box = travelBox({ home: { community: 'x', regionCode: '330302', lat, lng }, travelKm })
        // A point share × travelKm away on the given bearing (small steps along the sphere).
        const d = (share * travelKm) / 6371.0088
        const φ1 = (lat * Math.PI) / 180
        const λ1 = (lng * Math.PI) / 180
        const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(bearing))
        const λ2 = λ1 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2))
        const point = { lat: (φ2 * 180) / Math.PI, lng: ((((λ2 * 180) / Math.PI + 540) % 360) - 180) }
        if (distanceKm({ lat, lng }, point) > travelKm) return
        expect(point.lat).toBeGreaterThanOrEqual(box.minLat)
        expect(point.lat).toBeLessThanOrEqual(box.maxLat)
        expect(point.lng).toBeGreaterThanOrEqual(box.minLng)
        expect(point.lng).toBeLessThanOrEqual(box.maxLng)
      },
    ),
  )
})

test('pages read with `after` join up to the whole list, in its order, for matches and near me', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1_500, max: 3_000 })), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (specs, size) => {
      // Several posts share a point and a pay, so ties in score and distance are broken by id.
      const posts = specs.map(([north, pay], i) => postAt(`p${String(i).padStart(2, '0')}`, seeker.home.lat + north * 0.002, seeker.home.lng, pay))
      const whole = rankMatches(seeker, posts, { limit: posts.length })
      const paged: string[] = []
      let last = undefined as (typeof whole)[number] | undefined
      for (;;) {
        const page = rankMatches(seeker, posts, { limit: size, ...(last ? { after: last } : {}) })
        paged.push(...page.map((match) => match.postId))
        last = page.at(-1)
        if (page.length < size) break
      }
      expect(paged).toEqual(whole.map((match) => match.postId))

      const wholeNear = nearMe(seeker, posts, { limit: posts.length })
      const pagedNear: string[] = []
      let lastNear = undefined as (typeof wholeNear)[number] | undefined
      for (;;) {
        const page = nearMe(seeker, posts, { limit: size, ...(lastNear ? { after: lastNear } : {}) })
        pagedNear.push(...page.map((post) => post.postId))
        lastNear = page.at(-1)
        if (page.length < size) break
      }
      expect(pagedNear).toEqual(wholeNear.map((post) => post.postId))
    }),
  )
})
