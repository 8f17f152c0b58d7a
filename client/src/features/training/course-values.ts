import type { Locale } from '@renshe/shared/platform/locale'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { NewCourse } from '@renshe/shared/training/courses'
import { createCourse } from '@renshe/shared/training/courses-contract'
import type { SkillLevel } from '@renshe/shared/training/schemas'
import type { FieldIds } from '../../lib/form-errors'
import type { TrainingT } from './messages'
import { fenOf, wholeOf, type PathProblem } from './programme-values'

/** One session as typed; `key` keeps a row's inputs apart when another is removed. */
export interface SessionRow {
  readonly key: number
  readonly date: string
  readonly from: string
  readonly to: string
  readonly place: string
}

/** The new-course form as typed. The level and the district start unchosen: each changes who may enrol. */
export interface CourseValues {
  readonly name: string
  readonly occupation: string
  readonly level: SkillLevel | null
  readonly hours: string
  readonly capacity: string
  readonly price: string
  readonly regionCode: string
  readonly sessions: readonly SessionRow[]
}

export const emptySession = (key: number): SessionRow => ({ key, date: '', from: '', to: '', place: '' })

export const emptyCourse: CourseValues = { name: '', occupation: '', level: null, hours: '', capacity: '', price: '', regionCode: '', sessions: [emptySession(0)] }

/** The ids of a session row's four inputs. */
export function sessionIds(row: Pick<SessionRow, 'key'>) {
  const id = `course-session-${row.key}`
  return { date: `${id}-date`, from: `${id}-from`, to: `${id}-to`, place: `${id}-place` }
}

/**
 * Request field (dotted path of the body) → the id of its input, in the order of the page. A
 * session's fields are named by its place in the body (`sessions.1.place`); their ids stay with the row.
 */
export function courseFieldIds(sessions: readonly SessionRow[]): FieldIds {
  const ids: Record<string, string> = {
    name: 'course-name',
    occupationCode: 'course-occupation',
    level: 'course-level',
    hours: 'course-hours',
    capacity: 'course-capacity',
    priceFen: 'course-price',
    regionCode: 'course-region',
    sessions: 'course-sessions',
  }
  sessions.forEach((row, index) => {
    const inputs = sessionIds(row)
    ids[`sessions.${index}.date`] = inputs.date
    ids[`sessions.${index}.from`] = inputs.from
    ids[`sessions.${index}.to`] = inputs.to
    ids[`sessions.${index}.place`] = inputs.place
  })
  return ids
}

export type CheckedCourse = { readonly ok: true; readonly value: NewCourse } | { readonly ok: false; readonly problems: readonly PathProblem[] }

/** `9:00` or `０９：００` as typed → `09:00`; anything else is left for the schema to name. */
function clockOf(text: string): string {
  const plain = text.normalize('NFKC').trim().replace('：', ':')
  return /^\d:\d\d$/.test(plain) ? `0${plain}` : plain
}

/**
 * The course to send, or what is wrong with the form: numbers and yuan are read first, in the
 * form's words; the rest is the shared schema's check, in its words.
 */
export function checkCourse(values: CourseValues, locale: Locale, t: TrainingT): CheckedCourse {
  const problems: PathProblem[] = []
  const hours = wholeOf(values.hours)
  const capacity = wholeOf(values.capacity)
  const priceFen = fenOf(values.price)
  if (hours === undefined) problems.push({ path: 'hours', message: t('newCourse.hoursInvalid') })
  if (capacity === undefined) problems.push({ path: 'capacity', message: t('newCourse.capacityInvalid') })
  if (priceFen === undefined) problems.push({ path: 'priceFen', message: t('newCourse.priceInvalid') })
  if (values.occupation === '') problems.push({ path: 'occupationCode', message: t('new.occupationRequired') })
  // Unchosen, the district is a choice to make, not a code typed wrong.
  if (values.regionCode === '') problems.push({ path: 'regionCode', message: fieldMessage('field.choose', locale) })

  const body = {
    name: values.name,
    occupationCode: values.occupation,
    level: values.level,
    hours: hours ?? Number.NaN,
    capacity: capacity ?? Number.NaN,
    priceFen: priceFen ?? Number.NaN,
    regionCode: values.regionCode,
    sessions: values.sessions.map((row) => ({ date: row.date.normalize('NFKC').trim(), from: clockOf(row.from), to: clockOf(row.to), place: row.place })),
  }
  const parsed = createCourse.body.safeParse(body)
  if (parsed.success && problems.length === 0) return { ok: true, value: parsed.data }
  const schema = parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: fieldMessage(issue.message, locale) }))
  return { ok: false, problems: [...problems, ...schema] }
}
