import type { Locale } from '@renshe/shared/platform/locale'
import { createPost } from '@renshe/shared/jobs/posts-contract'
import type { JobPostInput } from '@renshe/shared/jobs/posts'
import type { JobKind, JobShifts, PayUnit } from '@renshe/shared/jobs/schemas'
import { schemaProblems, type PathProblem } from './field-errors'
import { clockOf, fenOf, listOf, listText, wholeOf, yuanOf } from './form-text'
import { placeOf, placeValuesOf, type PlaceValues } from './place-values'
import { weeklyHours, type Checked, type JobsT } from './profile-values'

/** The job post form as typed. A day job (日结) is worked on dates; the others on days of the week. */
export interface PostValues {
  readonly title: string
  readonly occupation: string
  readonly kind: JobKind
  readonly place: PlaceValues
  readonly payAmount: string
  readonly payUnit: PayUnit
  readonly headcount: string
  readonly startDate: string
  readonly endDate: string
  readonly shiftDates: string
  readonly days: readonly number[]
  readonly from: string
  readonly to: string
  readonly skills: string
  readonly certificates: string
  readonly description: string
}

export const emptyPost: PostValues = {
  title: '',
  occupation: '',
  kind: 'day',
  place: { community: '', regionCode: '', lat: '', lng: '', source: 'none' },
  payAmount: '',
  payUnit: 'day',
  headcount: '1',
  startDate: '',
  endDate: '',
  shiftDates: '',
  days: [],
  from: '08:00',
  to: '17:00',
  skills: '',
  certificates: '',
  description: '',
}

/**
 * Field name → input id. Where a shift's problem belongs depends on the kind of job: the dates
 * of a day job, the days of the week of the others.
 */
export function postFieldIds(kind: JobKind) {
  const when = kind === 'day' ? 'post-shift-dates' : 'post-days'
  return {
    title: 'post-title',
    occupation: 'post-occupation',
    kind: 'post-kind',
    'place.community': 'post-community',
    'place.regionCode': 'post-region',
    lat: 'post-lat',
    lng: 'post-lng',
    amountFen: 'post-pay',
    unit: 'post-unit',
    headcount: 'post-headcount',
    startDate: 'post-start',
    endDate: 'post-end',
    shifts: when,
    times: when,
    date: when,
    day: when,
    from: 'post-from',
    to: 'post-to',
    skills: 'post-skills',
    certificates: 'post-certificates',
    description: 'post-description',
  } as const
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** `2026-11-20，2026-11-21` → both dates, in order, each once. */
function datesOf(text: string): string[] {
  return [...new Set(listOf(text.normalize('NFKC')))].sort()
}

function shiftsOf(values: PostValues): JobShifts {
  if (values.kind === 'day') {
    return { kind: 'dated', times: datesOf(values.shiftDates).map((date) => ({ date, from: clockOf(values.from), to: clockOf(values.to) })) }
  }
  return { kind: 'weekly', times: weeklyHours(values.days, values.from, values.to) }
}

/** The post to send, or what is wrong with the form, as `checkProfile` does for a profile. */
export function checkPost(values: PostValues, locale: Locale, t: JobsT): Checked<JobPostInput> {
  const problems: PathProblem[] = []
  if (values.occupation === '') problems.push({ path: 'occupation', message: t('occupation.required') })
  const place = placeOf(values.place, 'place', locale, t, problems)
  const amountFen = fenOf(values.payAmount)
  if (amountFen === undefined) problems.push({ path: 'pay.amountFen', message: t('pay.invalid') })
  const headcount = wholeOf(values.headcount)
  if (headcount === undefined) problems.push({ path: 'headcount', message: t('post.headcountInvalid') })
  const startDate = values.startDate.normalize('NFKC').trim()
  const endDate = values.endDate.normalize('NFKC').trim()
  if (!isoDate.test(startDate)) problems.push({ path: 'startDate', message: t('post.dateInvalid') })
  if (endDate !== '' && !isoDate.test(endDate)) problems.push({ path: 'endDate', message: t('post.dateInvalid') })
  const shifts = shiftsOf(values)
  if (shifts.times.length === 0) problems.push({ path: 'shifts', message: values.kind === 'day' ? t('post.dateInvalid') : t('hours.daysRequired') })
  if (shifts.kind === 'dated' && shifts.times.some((shift) => !isoDate.test(shift.date))) problems.push({ path: 'shifts', message: t('post.dateInvalid') })

  const body = {
    title: values.title,
    occupation: values.occupation,
    skills: listOf(values.skills),
    certificates: listOf(values.certificates),
    kind: values.kind,
    place,
    pay: { amountFen: amountFen ?? Number.NaN, unit: values.payUnit },
    headcount: headcount ?? Number.NaN,
    shifts,
    startDate,
    endDate: endDate === '' ? null : endDate,
    description: values.description,
  }
  const parsed = createPost.body.safeParse(body)
  if (parsed.success && problems.length === 0) return { ok: true, value: parsed.data }
  return { ok: false, problems: [...problems, ...(parsed.success ? [] : schemaProblems(parsed.error.issues, locale))] }
}

/**
 * The form as a post already sent fills it, to be changed and sent again: what `checkPost` of
 * these values gives back is the same post. A post's shifts share one set of hours on the form,
 * so the first shift's are shown.
 */
export function postValuesOf(post: JobPostInput, separator: string): PostValues {
  const [first] = post.shifts.times
  return {
    title: post.title,
    occupation: post.occupation,
    kind: post.kind,
    place: placeValuesOf(post.place),
    payAmount: yuanOf(post.pay.amountFen),
    payUnit: post.pay.unit,
    headcount: String(post.headcount),
    startDate: post.startDate,
    endDate: post.endDate ?? '',
    shiftDates: post.shifts.kind === 'dated' ? listText(post.shifts.times.map((shift) => shift.date), separator) : '',
    days: post.shifts.kind === 'weekly' ? [...new Set(post.shifts.times.map((hours) => hours.day))].sort((a, b) => a - b) : [],
    from: first?.from ?? emptyPost.from,
    to: first?.to ?? emptyPost.to,
    skills: listText(post.skills, separator),
    certificates: listText(post.certificates, separator),
    description: post.description,
  }
}

/** A day job is paid by the day unless said otherwise; changing the kind suggests its usual unit. */
export function withKind(values: PostValues, kind: JobKind): PostValues {
  const usual: Record<JobKind, PayUnit> = { day: 'day', part_time: 'hour', full_time: 'month' }
  const unitWasUsual = values.payUnit === usual[values.kind]
  return { ...values, kind, payUnit: unitWasUsual ? usual[kind] : values.payUnit }
}
