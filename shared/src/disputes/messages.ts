import type { Locale } from '../platform/locale'

/**
 * Field messages of labour-dispute arbitration (decision 070), merged into the shared list: what
 * the worker (or grid staff for her) and the commission read when an application or an award
 * is refused field by field.
 */
export const disputesFieldMessages = {
  'disputes.limitationPassed': {
    'zh-CN': '申请仲裁的时效（自知道权利被侵害之日起一年）已经届满。如果期间您曾向对方主张权利、对方同意履行，或因不可抗力无法申请，时效可能中断或中止，请向仲裁委员会咨询',
    en: 'The year to apply for arbitration (from the day you knew your right was harmed) has run out. If you claimed your right from the employer, it agreed to pay, or something beyond your control stopped you, the year may have started again: ask the arbitration commission',
  },
  'disputes.knewOnFuture': { 'zh-CN': '知道权利被侵害的日期不能晚于今天', en: 'The day you knew your right was harmed cannot be after today' },
  'disputes.regionCounty': {
    'zh-CN': '请选择受理仲裁的区（县），不能只选省或市',
    en: 'Choose the district or county whose commission hears it, not only the province or city',
  },
  'disputes.amountRequired': { 'zh-CN': '请填写此项请求的金额', en: 'Enter the amount of this claim' },
  'disputes.amountNotAllowed': { 'zh-CN': '此类请求不涉及金额，请不要填写金额', en: 'This kind of claim has no amount: leave it empty' },
  'disputes.awardPerClaim': { 'zh-CN': '请为每一项仲裁请求填写裁决金额（不支持的填 0）', en: 'Enter what the award settles on every claim (0 where it grants nothing)' },
  'disputes.awardOverClaim': { 'zh-CN': '裁决金额不能超过申请人请求的金额', en: 'The award cannot exceed the amount claimed' },
  'disputes.awardNonMoney': { 'zh-CN': '不涉及金额的请求，裁决金额填 0', en: 'A claim without an amount is awarded 0' },
} as const satisfies Record<string, Record<Locale, string>>

export type DisputesFieldMessageKey = keyof typeof disputesFieldMessages

/** The problem's detail when the year has run out: the day it did, in the caller's language. */
export function limitationDetail(endedOn: string, locale: Locale): string {
  return locale === 'en' ? `The year to apply ended on ${endedOn}` : `申请仲裁的时效已于 ${endedOn} 届满`
}
