import { z } from 'zod'
import { IsoDate, Timestamp } from '../platform/primitives'
import { addMonthsClamped } from '../records/months'
import type { ContractKind } from './schemas'

/*
 * Ending a signed labour contract (劳动合同法 arts. 36–50; decision 074): the
 * employer records the lawful ground and the last working day, and issues the certificate of
 * ending (art. 50) the portal renders and timestamps as it does the contract.
 */

/**
 * The lawful grounds, each with its article. Mutual agreement is split by who proposed it, since
 * only the employer's proposal owes economic compensation (art. 46 (2)).
 */
export const EndingGround = z.enum([
  'mutual_by_employer',
  'mutual_by_worker',
  'worker_notice',
  'worker_immediate',
  'employer_fault',
  'employer_notice',
  'redundancy',
  'expiry',
  'retirement',
  'employer_closed',
])
export type EndingGround = z.infer<typeof EndingGround>

/** Whether economic compensation is owed on this ground (art. 46); `unless_renewal_declined` is art. 46 (5). */
export const CompensationRule = z.enum(['owed', 'not_owed', 'unless_renewal_declined'])
export type CompensationRule = z.infer<typeof CompensationRule>

interface GroundFacts {
  readonly article: { readonly zh: string; readonly en: string }
  readonly label: { readonly zh: string; readonly en: string }
  readonly compensation: CompensationRule
  /** 解除 (rescission before its term) or 终止 (ending by law). */
  readonly verb: 'rescinded' | 'terminated'
}

export const endingGrounds: Readonly<Record<EndingGround, GroundFacts>> = {
  mutual_by_employer: {
    article: { zh: '第三十六条', en: 'art. 36' },
    label: { zh: '用人单位提出，双方协商一致解除', en: 'Rescinded by mutual agreement, proposed by the employer' },
    compensation: 'owed',
    verb: 'rescinded',
  },
  mutual_by_worker: {
    article: { zh: '第三十六条', en: 'art. 36' },
    label: { zh: '劳动者提出，双方协商一致解除', en: 'Rescinded by mutual agreement, proposed by the worker' },
    compensation: 'not_owed',
    verb: 'rescinded',
  },
  worker_notice: {
    article: { zh: '第三十七条', en: 'art. 37' },
    label: { zh: '劳动者提前三十日书面通知解除', en: 'Rescinded by the worker with 30 days’ written notice' },
    compensation: 'not_owed',
    verb: 'rescinded',
  },
  worker_immediate: {
    article: { zh: '第三十八条', en: 'art. 38' },
    label: { zh: '用人单位有过错，劳动者解除', en: 'Rescinded by the worker for the employer’s fault' },
    compensation: 'owed',
    verb: 'rescinded',
  },
  employer_fault: {
    article: { zh: '第三十九条', en: 'art. 39' },
    label: { zh: '劳动者有过错，用人单位解除', en: 'Rescinded by the employer for the worker’s fault' },
    compensation: 'not_owed',
    verb: 'rescinded',
  },
  employer_notice: {
    article: { zh: '第四十条', en: 'art. 40' },
    label: { zh: '无过失性辞退，用人单位提前三十日通知或额外支付一个月工资后解除', en: 'Rescinded by the employer without fault (30 days’ notice or a month’s wage instead)' },
    compensation: 'owed',
    verb: 'rescinded',
  },
  redundancy: {
    article: { zh: '第四十一条', en: 'art. 41' },
    label: { zh: '经济性裁员', en: 'Redundancy' },
    compensation: 'owed',
    verb: 'rescinded',
  },
  expiry: {
    article: { zh: '第四十四条第一项', en: 'art. 44 (1)' },
    label: { zh: '劳动合同期满终止', en: 'Ended at the end of its term' },
    compensation: 'unless_renewal_declined',
    verb: 'terminated',
  },
  retirement: {
    article: { zh: '第四十四条第二项', en: 'art. 44 (2)' },
    label: { zh: '劳动者开始依法享受基本养老保险待遇', en: 'Ended as the worker began to draw the basic pension' },
    compensation: 'not_owed',
    verb: 'terminated',
  },
  employer_closed: {
    article: { zh: '第四十四条第四、五项', en: 'art. 44 (4), (5)' },
    label: { zh: '用人单位被依法宣告破产、吊销营业执照、责令关闭、撤销或者决定提前解散', en: 'Ended as the employer went bankrupt, lost its licence, was closed or dissolved' },
    compensation: 'owed',
    verb: 'terminated',
  },
}

/** The request: the ground, the last working day, and the employer's own words (sealed; both parties read them). */
export const EndContractInput = z.strictObject({
  ground: EndingGround,
  lastDay: IsoDate,
  reason: z.string().trim().max(300, { message: 'field.tooLong' }).default(''),
})
export type EndContractInput = z.infer<typeof EndContractInput>

/** Months of wages owed as economic compensation (art. 47), in halves: 0.5, 1, 1.5… */
export const CompensationFacts = z.object({
  rule: CompensationRule,
  /** Whole months and the remaining days of service, from the start to the last day. */
  serviceMonths: z.number().int().nonnegative(),
  /** One month's wage for each year; six months or more counts as a year, less as half (art. 47). */
  monthsOfWage: z.number().nonnegative(),
})
export type CompensationFacts = z.infer<typeof CompensationFacts>

export const ContractEnding = z.object({
  ground: EndingGround,
  lastDay: IsoDate,
  reason: z.string(),
  recordedAt: Timestamp,
  compensation: CompensationFacts,
  /** The certificate of ending (art. 50): its own number, hash and timestamp. */
  certificate: z.object({ number: z.string(), sha256: z.string(), size: z.number().int(), timestampedAt: Timestamp }),
})
export type ContractEnding = z.infer<typeof ContractEnding>

/** Whole months of service from `startsOn` to `lastDay` inclusive, and whether days are left over. */
export function serviceOf(startsOn: string, lastDay: string): { months: number; extraDays: boolean } {
  if (lastDay < startsOn) return { months: 0, extraDays: false }
  const dayAfter = new Date(`${lastDay}T00:00:00Z`)
  dayAfter.setUTCDate(dayAfter.getUTCDate() + 1)
  const end = dayAfter.toISOString().slice(0, 10)
  let months = 0
  while (addMonthsClamped(startsOn, months + 1) <= end) months += 1
  return { months, extraDays: addMonthsClamped(startsOn, months) < end }
}

/**
 * Economic compensation (arts. 46–47): a month's wage for each full year of service; six months or
 * more counts as a year, less than six as half a month. Information, not a payment: the cap for
 * high wages (three times the city's average, twelve years at most) is the employer's to apply.
 */
export function compensationOf(ground: EndingGround, startsOn: string, lastDay: string): CompensationFacts {
  const { months: serviceMonths, extraDays } = serviceOf(startsOn, lastDay)
  const rule = endingGrounds[ground].compensation
  const years = Math.floor(serviceMonths / 12)
  const rest = serviceMonths % 12
  const owedMonths = years + (rest >= 6 ? 1 : rest > 0 || extraDays ? 0.5 : 0)
  return { rule, serviceMonths, monthsOfWage: rule === 'not_owed' ? 0 : owedMonths }
}

/** A refused ending: where, and the message key. */
export interface EndingIssue {
  readonly path: string
  readonly key: string
}

/**
 * The limits on an ending: the last day is not before the contract's start nor before its last
 * signature (a contract cannot end before it was made), and not after today (an ending is
 * recorded once it has happened, and the certificate is issued then, art. 50); expiry is a ground
 * only of a contract with an end day, on or after that day (art. 45 may extend it).
 */
export function checkEnding(
  input: Pick<EndContractInput, 'ground' | 'lastDay'>,
  contract: { readonly kind: ContractKind; readonly startsOn: string; readonly endsOn: string | null; readonly signedOn: string },
  today: string,
): EndingIssue[] {
  const issues: EndingIssue[] = []
  if (input.lastDay < contract.startsOn) issues.push({ path: 'lastDay', key: 'contracts.lastDayBeforeStart' })
  else if (input.lastDay < contract.signedOn) issues.push({ path: 'lastDay', key: 'contracts.lastDayBeforeSigning' })
  if (input.lastDay > today) issues.push({ path: 'lastDay', key: 'contracts.lastDayInFuture' })
  if (input.ground === 'expiry' && (contract.endsOn === null || input.lastDay < contract.endsOn)) issues.push({ path: 'ground', key: 'contracts.expiryNeedsEnd' })
  return issues
}
