import type { Locale } from '../platform/locale'
import type { JobKind, MatchReason, Pay, PayUnit } from './schemas'

export type NameKind = 'occupation' | 'skill' | 'certificate'

/**
 * The name people read for an occupation code, a skill or a certificate key, in their language;
 * undefined when it has none, and the key itself is shown.
 */
export type NameOf = (kind: NameKind, key: string, locale: Locale) => string | undefined

const keysAsNames: NameOf = () => undefined

/** `18000` → `180`, `8050` → `80.50`; thousands grouped in English only (`5,000`), as each language writes it. */
export function yuanText(amountFen: number, locale: Locale): string {
  const whole = Math.floor(amountFen / 100)
  const cents = amountFen % 100
  const wholeText = locale === 'en' ? String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(whole)
  return cents === 0 ? wholeText : `${wholeText}.${String(cents).padStart(2, '0')}`
}

const perUnit: Record<PayUnit, Record<Locale, string>> = {
  hour: { 'zh-CN': '每小时', en: 'an hour' },
  day: { 'zh-CN': '每天', en: 'a day' },
  month: { 'zh-CN': '每月', en: 'a month' },
  piece: { 'zh-CN': '每件', en: 'a piece' },
}

/** `每天 180 元` / `¥180 a day`. */
export function payText(pay: Pay, locale: Locale): string {
  const amount = yuanText(pay.amountFen, locale)
  return locale === 'zh-CN' ? `${perUnit[pay.unit][locale]} ${amount} 元` : `¥${amount} ${perUnit[pay.unit][locale]}`
}

const jobKindText: Record<JobKind, Record<Locale, string>> = {
  full_time: { 'zh-CN': '全职', en: 'full-time' },
  part_time: { 'zh-CN': '兼职', en: 'part-time' },
  day: { 'zh-CN': '日结', en: 'paid daily' },
}

/** Under 1 km in hundreds of metres (at least 100 m), else in km to one decimal. */
function distanceText(km: number, locale: Locale): string {
  const tenths = Math.round(km * 10)
  if (tenths < 10) {
    const metres = Math.max(1, tenths) * 100
    return locale === 'zh-CN' ? `离您 ${metres} 米` : `${metres} m from you`
  }
  const text = (tenths / 10).toFixed(1)
  return locale === 'zh-CN' ? `离您 ${text} 公里` : `${text} km from you`
}

/** `a`, `a and b`, `a, b and c` in English; `a、b、c` in Chinese. */
function listText(items: readonly string[], locale: Locale): string {
  if (locale === 'zh-CN') return items.join('、')
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** Whole percent, rounded down, so only a full fit reads 100 % and any overlap at least 1 %. */
function percentOf(share: number): number {
  return share > 0 ? Math.max(1, Math.floor(share * 100)) : 0
}

/** One reason in plain words, in the reader's language, with names from `nameOf` (the keys themselves when it has none). */
export function reasonText(reason: MatchReason, locale: Locale, nameOf: NameOf = keysAsNames): string {
  const zh = locale === 'zh-CN'
  const name = (kind: NameKind, key: string) => nameOf(kind, key, locale) ?? key
  const names = (kind: NameKind, keys: readonly string[]) => keys.map((key) => name(kind, key))
  switch (reason.kind) {
    case 'distance':
      return distanceText(reason.km, locale)
    case 'occupation':
      return zh ? `您想找的${name('occupation', reason.occupation)}工作` : `the ${name('occupation', reason.occupation)} work you are looking for`
    case 'relatedOccupation':
      return zh ? `与您想找的${name('occupation', reason.wanted)}工作相近` : `close to the ${name('occupation', reason.wanted)} work you are looking for`
    case 'skills': {
      const skills = listText(names('skill', reason.matched), locale)
      return zh ? `符合您的${skills}技能` : `matches your ${skills} ${reason.matched.length === 1 ? 'skill' : 'skills'}`
    }
    case 'certificates': {
      const certificates = listText(names('certificate', reason.matched), locale)
      return zh ? `您持有所需的${certificates}` : `you hold the ${certificates} it asks for`
    }
    case 'missing': {
      const missing = [...names('skill', reason.skills), ...names('certificate', reason.certificates)]
      return zh ? `还要求：${missing.join('、')}` : `also asks for: ${missing.join(', ')}`
    }
    case 'noRequirements':
      return zh ? '不要求技能和证书' : 'no skills or certificates asked for'
    case 'schedule': {
      const percent = percentOf(reason.share)
      if (percent === 100) return zh ? '工作时间都在您有空的时段' : 'all within your free hours'
      if (percent === 0) return zh ? '工作时间不在您有空的时段' : 'outside your free hours'
      return zh ? `${percent}% 的工作时间在您有空的时段` : `${percent}% within your free hours`
    }
    case 'jobKind':
      return jobKindText[reason.jobKind][locale]
    case 'pay':
      return payText(reason.pay, locale)
    case 'payBelowExpectation':
      return zh ? `低于您期望的${payText(reason.expected, locale)}` : `below the ${payText(reason.expected, locale)} you expect`
    case 'payNotComparable':
      return zh ? '计件报酬，不与您的期望比较' : 'piece rate, not compared with the pay you expect'
  }
}

/** A match's reasons on one line: `离您 1.2 公里 · 符合您的保洁技能 · 日结 · 每天 180 元`. */
export function reasonsText(reasons: readonly MatchReason[], locale: Locale, nameOf: NameOf = keysAsNames): string {
  return reasons.map((reason) => reasonText(reason, locale, nameOf)).join(' · ')
}
