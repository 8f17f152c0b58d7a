import type { Locale } from '@renshe/shared/platform/locale'
import { putMySeekerProfile } from '@renshe/shared/jobs/contract'
import type { PayUnit, SeekerProfile, WeeklyHours } from '@renshe/shared/jobs/schemas'
import type { Translate } from '../../lib/i18n/translate'
import { schemaProblems, type PathProblem } from './field-errors'
import { clockOf, fenOf, listOf, listText, numberOf, yuanOf } from './form-text'
import type { jobsMessages } from './messages'
import { placeOf, placeValuesOf, type PlaceValues } from './place-values'

export type JobsT = Translate<keyof (typeof jobsMessages)['zh-CN']>

/** Seekers may name up to this many occupations (the contract's limit). */
export const maxOccupations = 10

/** The profile form as typed: every answer as the text in its field, so nothing typed is lost. */
export interface ProfileValues {
  readonly occupations: readonly string[]
  readonly skills: string
  readonly certificates: string
  readonly home: PlaceValues
  readonly travelKm: string
  readonly days: readonly number[]
  readonly from: string
  readonly to: string
  readonly payAmount: string
  readonly payUnit: PayUnit
}

export const emptyProfile: ProfileValues = {
  occupations: [],
  skills: '',
  certificates: '',
  home: { community: '', regionCode: '', lat: '', lng: '', source: 'none' },
  travelKm: '5',
  days: [],
  from: '08:00',
  to: '17:00',
  payAmount: '',
  payUnit: 'day',
}

/** Field name (dotted path, or its last part) → input id, in the order shown. */
export const profileFieldIds = {
  occupations: 'profile-occupations',
  skills: 'profile-skills',
  certificates: 'profile-certificates',
  'home.community': 'profile-community',
  'home.regionCode': 'profile-region',
  lat: 'profile-lat',
  lng: 'profile-lng',
  travelKm: 'profile-travel',
  availability: 'profile-days',
  day: 'profile-days',
  from: 'profile-from',
  to: 'profile-to',
  amountFen: 'profile-pay',
  unit: 'profile-unit',
} as const

/**
 * A saved profile back in the form. The form asks for one range of hours on the chosen days;
 * a profile saved with different hours on different days shows the first range (saving it
 * again from this form gives every chosen day that range).
 */
export function profileValuesOf(profile: SeekerProfile, separator: string): ProfileValues {
  const [first] = profile.availability
  return {
    occupations: profile.occupations,
    skills: listText(profile.skills, separator),
    certificates: listText(profile.certificates, separator),
    home: placeValuesOf(profile.home),
    travelKm: String(profile.travelKm),
    days: [...new Set(profile.availability.map((hours) => hours.day))].sort((a, b) => a - b),
    from: first?.from ?? emptyProfile.from,
    to: first?.to ?? emptyProfile.to,
    payAmount: yuanOf(profile.expectedPay.amountFen),
    payUnit: profile.expectedPay.unit,
  }
}

/** The same hours on each chosen day, Monday first. */
export function weeklyHours(days: readonly number[], from: string, to: string): WeeklyHours[] {
  return [...days].sort((a, b) => a - b).map((day) => ({ day, from: clockOf(from), to: clockOf(to) }))
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly PathProblem[] }

/**
 * The profile to send, or what is wrong with the form: first what only the form can say (a
 * number that is not one, no day chosen), then the contract's own checks, each in the reader's
 * words. Sending and checking use the same schema, so the server refuses nothing this accepts.
 */
export function checkProfile(values: ProfileValues, locale: Locale, t: JobsT): Checked<SeekerProfile> {
  const problems: PathProblem[] = []
  const home = placeOf(values.home, 'home', locale, t, problems)
  const travelKm = numberOf(values.travelKm)
  if (travelKm === undefined) problems.push({ path: 'travelKm', message: t('profile.travelInvalid') })
  if (values.days.length === 0) problems.push({ path: 'availability', message: t('hours.daysRequired') })
  const amountFen = fenOf(values.payAmount)
  if (amountFen === undefined) problems.push({ path: 'expectedPay.amountFen', message: t('pay.invalid') })

  const body = {
    occupations: [...values.occupations],
    skills: listOf(values.skills),
    certificates: listOf(values.certificates),
    home,
    travelKm: travelKm ?? Number.NaN,
    availability: weeklyHours(values.days, values.from, values.to),
    expectedPay: { amountFen: amountFen ?? Number.NaN, unit: values.payUnit },
  }
  const parsed = putMySeekerProfile.body.safeParse(body)
  if (parsed.success && problems.length === 0) return { ok: true, value: parsed.data }
  return { ok: false, problems: [...problems, ...(parsed.success ? [] : schemaProblems(parsed.error.issues, locale))] }
}
