import { z } from 'zod'
import { RegionCode } from '../identity/roles'
import { Fen } from '../records/schemas'
import { IsoDate } from '../wages/schemas'
import { OccupationCode } from './occupations'


/** How pay is counted. A piece rate says nothing about a day's earnings, so it is never converted. */
export const PayUnit = z.enum(['hour', 'day', 'month', 'piece'])
export type PayUnit = z.infer<typeof PayUnit>

/** `day` is a day job (日结): paid at the end of each day worked. */
export const JobKind = z.enum(['full_time', 'part_time', 'day'])
export type JobKind = z.infer<typeof JobKind>

export const Pay = z.object({
  /** At least 1 fen; a job that pays nothing is not a job to match. */
  amountFen: Fen.min(1, { message: 'jobs.pay' }).max(100_000_000, { message: 'jobs.pay' }),
  unit: PayUnit,
})
export type Pay = z.infer<typeof Pay>

/** Where a job is, or where a seeker lives: the community by name, its county, and its point on the map. */
export const Place = z.object({
  community: z.string().trim().min(1, { message: 'field.required' }).max(60, { message: 'field.tooLong' }),
  regionCode: RegionCode,
  /** WGS 84 degrees. Distances are straight lines between these points, not routes. */
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
})
export type Place = z.infer<typeof Place>

/** 1 is Monday and 7 is Sunday (ISO 8601), so a week reads in the order people say it. */
export const DayOfWeek = z.number().int().min(1).max(7)
export type DayOfWeek = z.infer<typeof DayOfWeek>

/** A time of day, `08:30`; `24:00` ends a range at midnight. */
export const ClockTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { message: 'jobs.time' })
export type ClockTime = z.infer<typeof ClockTime>

const startsBeforeItEnds = (range: { from: string; to: string }) => range.from < range.to

/**
 * Hours on one day of every week. A range never crosses midnight: a night shift from 22:00 to
 * 06:00 is two ranges, 22:00–24:00 on one day and 00:00–06:00 on the next.
 */
export const WeeklyHours = z
  .object({ day: DayOfWeek, from: ClockTime, to: ClockTime })
  .refine(startsBeforeItEnds, { message: 'jobs.timeOrder', path: ['to'], when: ({ issues }) => issues.length === 0 })
export type WeeklyHours = z.infer<typeof WeeklyHours>

/** When a seeker can work, week after week. Ranges may overlap; they are merged when matched. */
export const WeeklyAvailability = z.array(WeeklyHours).max(28)
export type WeeklyAvailability = z.infer<typeof WeeklyAvailability>

/** Hours on one date: how a day job (日结) says when it needs people. */
export const DatedShift = z
  .object({ date: IsoDate, from: ClockTime, to: ClockTime })
  .refine(startsBeforeItEnds, { message: 'jobs.timeOrder', path: ['to'], when: ({ issues }) => issues.length === 0 })
export type DatedShift = z.infer<typeof DatedShift>

/**
 * When the work is done: the same hours every week (full-time and part-time jobs), or a list of
 * dates (day jobs). A dated shift is matched against the seeker's hours on its day of the week.
 */
export const JobShifts = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekly'), times: z.array(WeeklyHours).min(1).max(28) }),
  z.object({ kind: z.literal('dated'), times: z.array(DatedShift).min(1).max(62) }),
])
export type JobShifts = z.infer<typeof JobShifts>

/** A skill or certificate by its key; names for people come from a lookup, in their language. */
const RequirementKey = z.string().trim().min(1).max(40)

export const SeekerProfile = z.object({
  /** What the seeker wants to do, most wanted first. */
  occupations: z.array(OccupationCode).max(10),
  skills: z.array(RequirementKey).max(30),
  certificates: z.array(RequirementKey).max(20),
  home: Place,
  /** How far from home, in a straight line, the seeker will go to work. */
  travelKm: z.number().positive({ message: 'jobs.travel' }).max(100, { message: 'jobs.travel' }),
  availability: WeeklyAvailability,
  expectedPay: Pay,
})
export type SeekerProfile = z.infer<typeof SeekerProfile>

export const JobPost = z
  .object({
    id: z.string().min(1).max(64),
    title: z.string().trim().min(1, { message: 'field.required' }).max(60, { message: 'field.tooLong' }),
    occupation: OccupationCode,
    /** Skills the job asks for; the seeker is matched on how many of them they have. */
    skills: z.array(RequirementKey).max(20),
    /** Certificates the job asks for (a health certificate, an electrician's licence). */
    certificates: z.array(RequirementKey).max(10),
    kind: JobKind,
    place: Place,
    pay: Pay,
    headcount: z.number().int().min(1).max(10_000),
    shifts: JobShifts,
    startDate: IsoDate,
    /** Null for a job with no planned end. */
    endDate: IsoDate.nullable(),
  })
  .refine((post) => post.endDate === null || post.startDate <= post.endDate, { message: 'jobs.dateOrder', path: ['endDate'] })
  .refine(
    (post) => post.shifts.kind === 'weekly' || post.shifts.times.every((shift) => shift.date >= post.startDate && (post.endDate === null || shift.date <= post.endDate)),
    { message: 'jobs.shiftOutsideDates', path: ['shifts'] },
  )
export type JobPost = z.infer<typeof JobPost>

/**
 * One plain reason a job was matched or marked down, with the numbers and keys to say it; the
 * words are made by `reasonText`, in the reader's language.
 */
export const MatchReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('distance'), km: z.number().nonnegative() }),
  /** The job is one of the occupations the seeker asked for. */
  z.object({ kind: z.literal('occupation'), occupation: OccupationCode }),
  /** The job is in the same minor group as `wanted`, one the seeker asked for. */
  z.object({ kind: z.literal('relatedOccupation'), occupation: OccupationCode, wanted: OccupationCode }),
  z.object({ kind: z.literal('skills'), matched: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('certificates'), matched: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('missing'), skills: z.array(z.string()), certificates: z.array(z.string()) }),
  z.object({ kind: z.literal('noRequirements') }),
  /** The share of the job's hours that fall within the seeker's free hours, 0 to 1. */
  z.object({ kind: z.literal('schedule'), share: z.number().min(0).max(1) }),
  z.object({ kind: z.literal('jobKind'), jobKind: JobKind }),
  z.object({ kind: z.literal('pay'), pay: Pay }),
  z.object({ kind: z.literal('payBelowExpectation'), expected: Pay }),
  /** One side is a piece rate, which cannot be set against pay by time. */
  z.object({ kind: z.literal('payNotComparable') }),
])
export type MatchReason = z.infer<typeof MatchReason>

export const Match = z.object({
  postId: z.string(),
  /** 0 to 100; how it is made is in docs/decisions/044-job-matching-weights.md. */
  score: z.number().int().min(0).max(100),
  /** Straight-line distance from the seeker's home, to the metre. */
  distanceKm: z.number().nonnegative(),
  reasons: z.array(MatchReason),
})
export type Match = z.infer<typeof Match>

/** A job near the seeker's home, for the "near me" list. */
export const NearbyPost = z.object({ postId: z.string(), distanceKm: z.number().nonnegative() })
export type NearbyPost = z.infer<typeof NearbyPost>

const share = z.number().min(0).max(1)

/**
 * How much each factor counts towards the score. Any non-negative numbers will do: the score
 * divides by their sum, so only their proportions matter. The values in use are `matchWeights`.
 */
export const MatchWeights = z
  .object({ occupation: z.number().nonnegative(), skills: z.number().nonnegative(), distance: z.number().nonnegative(), schedule: z.number().nonnegative(), pay: z.number().nonnegative() })
  .refine((w) => w.occupation + w.skills + w.distance + w.schedule + w.pay > 0, { message: 'field.invalid' })
export type MatchWeights = z.infer<typeof MatchWeights>

/** The shape of each factor's curve and the pay conversions. The values in use are `matchRules`. */
export const MatchRules = z.object({
  relatedOccupationCredit: share,
  distanceCreditAtEdge: share,
  payShareWorthNothing: z.number().min(0).lt(1),
  notComparablePayCredit: share,
  hoursPerDay: z.number().positive(),
  paidDaysPerMonth: z.number().positive(),
})
export type MatchRules = z.infer<typeof MatchRules>
