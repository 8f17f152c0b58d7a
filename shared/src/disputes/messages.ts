import type { Locale } from '../platform/locale'

/**
 * Field messages of labour-dispute arbitration (decision 070) and work-injury recognition (decision
 * 071), merged into the shared list: what the worker (or grid staff for her), the employer and the
 * office read when a report, an application or an award is refused field by field.
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
  'disputes.wageCaseNotTransferable': {
    'zh-CN': '这件欠薪投诉不能用来申请仲裁：它不是您的投诉、没有转交仲裁，或已经据此申请过仲裁',
    en: 'This wage complaint cannot be used to apply: it is not yours, it was not sent to arbitration, or an application has already been made from it',
  },
  // Work-injury recognition (decision 071).
  'disputes.accidentFuture': { 'zh-CN': '事故（或职业病诊断）的日期不能晚于今天', en: 'The day of the accident (or of the diagnosis) cannot be after today' },
  'disputes.injuryRegionCounty': {
    'zh-CN': '请选择负责工伤认定的区（县），即用人单位参保的地方，不能只选省或市',
    en: 'Choose the district or county whose office recognises the injury (where the employer is insured), not only the province or city',
  },
  'disputes.injuryWindowClosed': {
    'zh-CN': '申请工伤认定的期限已经届满。如有不可抗力等特殊情况，请向社会保险行政部门咨询',
    en: 'The time to apply for recognition of this injury has run out. If something beyond your control stopped you, ask the social-insurance office',
  },
  'disputes.relativeIsWorker': {
    'zh-CN': '您填写的是本人的身份证号。为自己申请请先报告事故，再从报告申请工伤认定',
    en: 'This is your own ID number. To apply for yourself, report the accident first and apply from the report',
  },
  'disputes.relationProofRequired': {
    'zh-CN': '请上传与职工关系的证明，如户口簿、结婚证、出生医学证明',
    en: 'Upload proof of your relationship to the worker, such as the household register, the marriage certificate or the birth certificate',
  },
  'disputes.diagnosisRequired': { 'zh-CN': '请上传医疗诊断证明（或职业病诊断证明、死亡证明）', en: 'Upload the medical diagnosis (or the occupational disease diagnosis, or the death certificate)' },
  'disputes.injuryAlreadyApplied': {
    'zh-CN': '这次事故已经有人申请了工伤认定，请与职工本人联系，或向社会保险行政部门咨询',
    en: 'Recognition of this accident has already been applied for: ask the worker, or the social-insurance office',
  },
  'disputes.injuryEmployerFirst': {
    'zh-CN': '用人单位应在事故发生之日起 30 日内申请工伤认定；单位到期未申请的，您可以在此之后自行申请',
    en: 'The employer must apply within 30 days of the accident; if it has not by then, you may apply yourself after that day',
  },
} as const satisfies Record<string, Record<Locale, string>>

export type DisputesFieldMessageKey = keyof typeof disputesFieldMessages

/** The problem's detail when the year has run out: the day it did, in the caller's language. */
export function limitationDetail(endedOn: string, locale: Locale): string {
  return locale === 'en' ? `The year to apply ended on ${endedOn}` : `申请仲裁的时效已于 ${endedOn} 届满`
}

/** The problem's detail when the time to apply for recognition has run out: the day it did. */
export function injuryWindowDetail(endedOn: string, locale: Locale): string {
  return locale === 'en' ? `The time to apply ended on ${endedOn}` : `申请工伤认定的期限已于 ${endedOn} 届满`
}

/** The problem's detail while the employer's 30 days run: until when it may apply, after which she may. */
export function employerFirstDetail(employerBy: string, locale: Locale): string {
  return locale === 'en' ? `The employer may apply until ${employerBy}; after that day you may apply yourself` : `用人单位可在 ${employerBy} 前申请；此后您可以自行申请`
}
