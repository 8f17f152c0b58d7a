import { z } from 'zod'
import type { Locale } from '../platform/locale'
import { IsoDate } from '../wages/schemas'
import { payText } from './match-messages'
import { matchRules } from './matching'
import { minimumWageOn, minimumWages as publishedMinimumWages } from './minimum-wages'
import type { MinimumWageRow, MinimumWageTable } from './minimum-wages'
import { Pay } from './schemas'
import type { JobKind, JobPost, MatchRules, PayUnit } from './schemas'

// Rules that hold a job post before an officer sees it, with reasons the poster can act on.
// They never approve a post: every post still goes to a region officer (decision 046).

export const DiscriminationGround = z.enum(['sex', 'ethnicity', 'hukou'])
export type DiscriminationGround = z.infer<typeof DiscriminationGround>

export const HoldReason = z.discriminatedUnion('kind', [
  /** `minimum` is in the offered unit; `placeholder` says the figure is not confirmed yet. */
  z.object({ kind: z.literal('below_minimum_wage'), offered: Pay, minimum: Pay, effectiveFrom: IsoDate, placeholder: z.boolean() }),
  /** `matched` is the words of the post that asked for money, as normalised. */
  z.object({ kind: z.literal('asks_for_fee'), matched: z.string().min(1) }),
  z.object({ kind: z.literal('discriminates'), ground: DiscriminationGround, matched: z.string().min(1) }),
])
export type HoldReason = z.infer<typeof HoldReason>

export type Moderation = { verdict: 'publish_after_review' } | { verdict: 'hold'; reasons: HoldReason[] }

export interface ModerationOptions {
  minimumWages?: MinimumWageTable
  today: string
  /** Hours in the day a day's pay is set against (8: 劳动法 art. 36). */
  hoursPerDay?: number
}

/**
 * Holds a post that pays below the minimum wage, asks the worker for money, or shuts people out
 * by sex, ethnicity or household registration; otherwise it goes to an officer for review.
 * `texts` are the post's free texts that `JobPost` does not carry (its description); the title,
 * skills and certificates are read from the post itself.
 */
export function moderatePost(post: JobPost, options: ModerationOptions, texts: readonly string[] = []): Moderation {
  const reasons = [
    ...wageReasons(post, options),
    ...textReasons([post.title, ...post.skills, ...post.certificates, ...texts]),
  ]
  return reasons.length === 0 ? { verdict: 'publish_after_review' } : { verdict: 'hold', reasons }
}

/**
 * The minimum is the one in force when the work starts, or today if it has started: a post
 * made in November for a job in January must pay January's minimum.
 */
function wageReasons(post: JobPost, { minimumWages = publishedMinimumWages, today, hoursPerDay = matchRules.hoursPerDay }: ModerationOptions): HoldReason[] {
  const date = post.startDate > today ? post.startDate : today
  const row = minimumWageOn(post.place.regionCode, date, minimumWages)
  if (row === undefined) return []
  const minimumFen = minimumInUnit(row, post.pay.unit, post.kind, { hoursPerDay, paidDaysPerMonth: matchRules.paidDaysPerMonth })
  if (minimumFen === undefined || post.pay.amountFen >= minimumFen) return []
  return [{ kind: 'below_minimum_wage', offered: post.pay, minimum: { amountFen: minimumFen, unit: post.pay.unit }, effectiveFrom: row.effectiveFrom, placeholder: row.placeholder }]
}

/**
 * The minimum in the post's pay unit, by the kind of work (最低工资规定, 劳动和社会保障部令第21号,
 * art. 5: the monthly standard is for full-time work, the hourly one for work that is not).
 * - Part-time and day jobs: hourly pay against the hourly minimum, a day's pay against that times
 *   the hours of a standard day; monthly pay against the monthly minimum.
 * - Full-time jobs: the monthly minimum, spread over the paid days of a month (21.75) for a day's
 *   pay and over their standard hours for an hour's.
 * A piece rate says nothing of what an hour earns, so it is not compared (the officer sees the rate).
 */
export function minimumInUnit(
  row: Pick<MinimumWageRow, 'monthlyFen' | 'hourlyFen'>,
  unit: PayUnit,
  kind: JobKind,
  rules: Pick<MatchRules, 'hoursPerDay' | 'paidDaysPerMonth'> = matchRules,
): number | undefined {
  const fullTime = kind === 'full_time'
  switch (unit) {
    case 'hour':
      return fullTime ? Math.round(row.monthlyFen / rules.paidDaysPerMonth / rules.hoursPerDay) : row.hourlyFen
    case 'day':
      return fullTime ? Math.round(row.monthlyFen / rules.paidDaysPerMonth) : Math.round(row.hourlyFen * rules.hoursPerDay)
    case 'month':
      return row.monthlyFen
    case 'piece':
      return undefined
  }
}

/**
 * Full-width letters, digits and punctuation to their usual forms (NFKC), lower case, and no
 * spaces or invisible characters, so that `押 金`, `ＶＩＰ` and `限 男 性` read as written.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\u200b-\u200d\u2060\ufeff]+/gu, '')
}

// Money a worker may be asked for (劳动合同法 art. 9; 就业服务与就业管理规定 art. 14). Each is
// matched wherever it appears, unless an allowed phrase below says it is not charged.
const feeWords = [
  '押金', // deposit
  '保证金', // "guarantee money"
  '抵押金', // pledge money
  '风险金', // "risk money", a deposit by another name
  '培训费', // training fee charged to the recruit
  '服装费', // uniform fee
  '工服费', // work-clothes fee
  '工装费', // work-clothes fee
  '工牌费', // badge fee
  '体检费', // medical-check fee charged to the worker
  '中介费', // agency fee
  '介绍费', // introduction fee
  '报名费', // application fee
  '入职费', // joining fee
  '建档费', // file fee
  '资料费', // paperwork fee
]
const fee = feeWords.join('|')
const stop = '[^,.;!?。，；！？、]'

const feePatterns = [
  ...feeWords,
  `先(?:交|缴|付|转)${stop}{0,6}?\\d+(?:元|块)`, // "先交300元": money up front
  `(?:入职|上岗|面试|报到)前?(?:需|须|要)?(?:交|缴)${stop}{0,6}?\\d+(?:元|块)`, // "上岗前需交200元"
]

// Phrases that name a fee only to say it is not charged. They are taken out before the fee words
// are matched.
const allowedFeePhrases = [
  `(?:无|免|免收|不收|不收取|不需|不需要|无需|不用|没有|不交|拒收|从不收|绝不收|包)${stop}{0,4}?(?:${fee})`, // "无押金", "不收取任何押金", "无需缴纳保证金", "包体检费"
  `不要${stop}{0,2}?(?:${fee})`, // "不要押金", "不要任何押金"; a short reach, since "不要" starts many other sentences
  `(?:${fee}):?(?:全免|免收|免除|一律不收|不收|全无|为?0(?![\\d.])元?|零元?|无(?=$|[,.;!?)。，；！？）]))`, // "押金全免", "押金：无", "保证金：0"
  `(?:公司|单位|企业|厂里|厂方|老板|我司|店里|雇主)(?:承担|报销|负责|支付|出|包)${stop}{0,2}?(?:${fee})`, // "公司承担体检费"
  `(?:${fee})(?:由)?(?:公司|单位|企业|厂里|厂方|老板|我司|店里|雇主)?(?:全额)?(?:承担|报销|负责|支付|全包|包)`, // "体检费公司报销"
  '工资保证金', // the employer's wage-payment deposit with the government (保障农民工工资支付条例), not the worker's money
]

const restrict = '(?:限|只招|只要|只收|仅招|仅限|只限|限招)'
const refuse = '不(?:招聘|招|要|收|录用|考虑)'
const keepAway = '(?:勿扰|免谈|勿投|止步|谢绝|不要|不招)'
const ethnicGroups = '少数民族|维吾尔族|维族|藏族|回族|彝族|新疆人|新疆籍|西藏人'
const localPlace = '(?:本地|本市|本省|本区|本县|当地|城镇|非农)'
const otherPlace = '(?:外地|外省|外来|农村|农业户口)'

const discriminationPatterns: Record<DiscriminationGround, string[]> = {
  sex: [
    `${restrict}(?:男|女)(?:性|生|士|工|的)?(?![男女])`, // "限男性", "只招女工"; not "不限男女"
    '(?<![男女])(?:男|女)(?:性|生|士)?优先', // "男性优先"; not "男女优先考虑"
    `${refuse}(?:男|女)(?:性|生|士|工|的)?`, // "不招女性"
    '(?<![男女])(?:男|女)(?:性|生|士)?(?:勿扰|免谈|勿投|止步)', // "女士勿扰"
  ],
  ethnicity: [
    `${restrict}汉族`, // "限汉族"
    '汉族优先', // "汉族优先"
    `${refuse}(?:${ethnicGroups})`, // "不招少数民族", "不要新疆人"
    `(?:${ethnicGroups})(?:人员|人)?${keepAway}`, // "新疆人勿扰"
    `谢绝(?:${ethnicGroups})`, // "谢绝少数民族"
  ],
  hukou: [
    `${restrict}${localPlace}(?:户籍|户口(?![本簿])|人员|人)`, // "限本地户籍", "只招本地人"
    `(?:须|需|需要|必须|要求)是?${localPlace}(?:户籍|户口)(?![本簿])`, // "须本地户籍"; not "需要本地户口本"
    `${localPlace}(?:户籍|户口|人员|人)优先`, // "本地户口优先"
    `${refuse}${otherPlace}`, // "不招外地人"
    `${otherPlace}(?:户籍|户口|人员|人)${keepAway}`, // "外地人勿扰"
    `谢绝${otherPlace}`, // "谢绝外地人"
  ],
}

// Phrases that mention sex, ethnicity or household registration only to say anyone may apply.
const allowedDiscriminationPhrases = [
  '男女不限|不限男女|男女均可|男女皆可|男女都可|性别不限|不限性别', // sex
  '民族不限|不限民族|各民族均可', // ethnicity
  '户籍不限|不限户籍|户口不限|不限户口|本地外地均可|外地均可|外地人员均可', // household registration
]

const compile = (sources: readonly string[]) => sources.map((source) => new RegExp(source, 'gu'))
const feeRules = compile(feePatterns)
const allowedFeeRules = compile(allowedFeePhrases)
const discriminationRules = Object.entries(discriminationPatterns).map(([ground, sources]) => ({ ground: DiscriminationGround.parse(ground), rules: compile(sources) }))
const allowedDiscriminationRules = compile(allowedDiscriminationPhrases)

// An allowed phrase becomes a line break, which no pattern crosses, so that taking it out
// never joins the words on either side into a new match.
function withoutAllowed(text: string, allowed: readonly RegExp[]): string {
  return allowed.reduce((rest, rule) => rest.replace(rule, '\n'), text)
}

function matchesOf(text: string, rules: readonly RegExp[]): string[] {
  return rules.flatMap((rule) => Array.from(text.matchAll(rule), (match) => match[0]))
}

/**
 * The fee and discrimination reasons of a post's texts. Each text is read on its own, so a
 * phrase never runs from one field into the next and adding a text never removes a reason.
 */
export function textReasons(texts: readonly string[]): HoldReason[] {
  const reasons = new Map<string, HoldReason>()
  const add = (reason: HoldReason) => reasons.set(JSON.stringify(reason), reason)
  for (const text of texts.map(normaliseText)) {
    for (const matched of matchesOf(withoutAllowed(text, allowedFeeRules), feeRules)) add({ kind: 'asks_for_fee', matched })
    const open = withoutAllowed(text, allowedDiscriminationRules)
    for (const { ground, rules } of discriminationRules) {
      for (const matched of matchesOf(open, rules)) add({ kind: 'discriminates', ground, matched })
    }
  }
  return [...reasons.values()]
}

const groundText: Record<DiscriminationGround, Record<Locale, string>> = {
  sex: { 'zh-CN': '性别', en: 'sex' },
  ethnicity: { 'zh-CN': '民族', en: 'ethnicity' },
  hukou: { 'zh-CN': '户籍', en: 'household registration (hukou)' },
}

/** One reason a post is held, in plain words for the poster, in their language. */
export function holdReasonText(reason: HoldReason, locale: Locale): string {
  const zh = locale === 'zh-CN'
  switch (reason.kind) {
    case 'below_minimum_wage': {
      const minimum = payText(reason.minimum, locale)
      if (reason.minimum.unit === 'day') {
        return zh
          ? `报酬低于本地最低工资标准（${minimum}，按小时最低工资乘以每天 8 小时计）`
          : `The pay is below the local minimum wage (${minimum}: the hourly minimum for 8 hours)`
      }
      return zh ? `报酬低于本地最低工资标准（${minimum}）` : `The pay is below the local minimum wage (${minimum})`
    }
    case 'asks_for_fee':
      return zh ? `招聘信息不得向求职者收取押金或费用（“${reason.matched}”）` : `A job post must not ask job seekers for a deposit or fee (“${reason.matched}”)`
    case 'discriminates':
      return zh
        ? `招聘信息不得限定${groundText[reason.ground][locale]}（“${reason.matched}”）`
        : `A job post must not restrict who may apply by ${groundText[reason.ground][locale]} (“${reason.matched}”)`
  }
}

/** Messages of the moderation screens, to be merged into the shared list. */
export const moderationMessages = {
  'jobs.moderation.held': {
    'zh-CN': '招聘信息暂缓发布，原因如下，请修改后重新提交',
    en: 'This job post is on hold for the reasons below. Please change it and submit it again',
  },
  'jobs.moderation.inReview': {
    'zh-CN': '招聘信息已提交，工作人员审核通过后发布',
    en: 'Your job post has been submitted. It will be published once an officer has reviewed it',
  },
} as const satisfies Record<string, Record<Locale, string>>
