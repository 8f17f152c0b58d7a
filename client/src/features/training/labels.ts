import { occupationName } from '@renshe/shared/jobs/occupations'
import type { Locale } from '@renshe/shared/platform/locale'
import { fieldMessage, isFieldMessageKey } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import type { CoveredLevel, EligibilityChoice, SkillLevel } from '@renshe/shared/training/schemas'
import { formatDate, formatFen } from '../../lib/format'
import type { TrainingT } from './messages'

// The occupation table (shared/src/jobs/occupations.ts) is imported here, in the training
// subpackage only: Home and the inbox never load it.

/** `养老护理员（4-10-01-05）`: the classification's name (Chinese only: it has no English names) and its code. */
export function occupationLabel(code: string, locale: Locale): string {
  const name = occupationName(code)
  if (!name) return code
  return locale === 'zh-CN' ? `${name}（${code}）` : `${name} (${code})`
}

/** A China date of the contract (`2027-01-01`) as people read it. */
export function dayText(date: string, locale: Locale): string {
  return formatDate(`${date}T00:00:00+08:00`, locale)
}

const levelKeys = ['level.1', 'level.2', 'level.3', 'level.4', 'level.5'] as const

/** `五级（初级工）`: a national skill level, by number and name. */
export function levelText(level: SkillLevel, t: TrainingT): string {
  const key: (typeof levelKeys)[number] | undefined = levelKeys[level - 1]
  return key ? t(key) : String(level)
}

/** One covered occupation in a line: its name, the level and the subsidy in yuan. */
export function coveredText(covered: CoveredLevel, t: TrainingT, locale: Locale): string {
  return t('covered.item', { occupation: occupationLabel(covered.occupationCode, locale), level: levelText(covered.level, t), amount: formatFen(covered.subsidyFen) })
}

/** Who a programme reaches, in words: the ages and the groups, or everyone of the region. */
export function eligibilityText(eligibility: EligibilityChoice, t: TrainingT): string {
  const { minAge, maxAge, groups } = eligibility
  const parts: string[] = []
  if (minAge !== null && maxAge !== null) parts.push(t('eligibility.ages', { min: minAge, max: maxAge }))
  else if (minAge !== null) parts.push(t('eligibility.from', { min: minAge }))
  else if (maxAge !== null) parts.push(t('eligibility.upTo', { max: maxAge }))
  if (groups.length > 0) parts.push(t('eligibility.groups', { groups: groups.map((group) => t(`group.${group}`)).join(t('list.and')) }))
  return parts.length === 0 ? t('eligibility.everyone') : parts.join(t('eligibility.join'))
}

/**
 * Why a claim or an acceptance was refused, in the reader's language: the refusal's key
 * (training.noneLeft, training.notEligible, …) read from the shared messages, whatever language
 * the answer was written in; null when the answer names no reason.
 */
export function refusalText(problem: Problem | null, locale: Locale): string | null {
  const error = problem?.errors?.[0]
  if (!error) return null
  return isFieldMessageKey(error.key) ? fieldMessage(error.key, locale) : error.message
}

const subsidyRefusalMeanings = {
  'training.subsidyNotPassed': 'subsidyRefusal.subsidyNotPassed',
  'training.attendanceBelow': 'subsidyRefusal.attendanceBelow',
  'training.claimWindowPassed': 'subsidyRefusal.claimWindowPassed',
  'training.yearlyLimit': 'subsidyRefusal.yearlyLimit',
  'training.sameLevelTwice': 'subsidyRefusal.sameLevelTwice',
  'training.lowerAfterHigher': 'subsidyRefusal.lowerAfterHigher',
} as const

/**
 * What a subsidy refusal means for the person (when she can try again, or why never), said under
 * the refusal itself; null for a refusal that says all there is to say.
 */
export function subsidyRefusalMeaning(problem: Problem | null, t: TrainingT): string | null {
  const key = problem?.errors?.[0]?.key
  if (!key || !Object.hasOwn(subsidyRefusalMeanings, key)) return null
  return t(subsidyRefusalMeanings[key as keyof typeof subsidyRefusalMeanings])
}
