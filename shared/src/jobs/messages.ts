import type { Locale } from '../platform/locale'

/** Field messages of the jobs module, merged into the shared list. */
export const jobsFieldMessages = {
  'jobs.pay': { 'zh-CN': '报酬应在 0.01 元至 100 万元之间', en: 'Pay must be from 0.01 to 1,000,000 yuan' },
  'jobs.time': { 'zh-CN': '时间格式应为 08:30', en: 'Times look like 08:30' },
  'jobs.timeOrder': { 'zh-CN': '结束时间应晚于开始时间；跨过午夜的班次请分成两段', en: 'The end must be after the start; split a shift that runs past midnight in two' },
  'jobs.travel': { 'zh-CN': '愿意前往的距离应在 0 至 100 公里之间', en: 'The distance you will travel must be more than 0 and at most 100 km' },
  'jobs.dateOrder': { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date must not be before the start date' },
  'jobs.shiftOutsideDates': { 'zh-CN': '班次日期应在招聘的开始和结束日期之间', en: 'Shift dates must be between the job\u2019s start and end dates' },
  'occupation.format': { 'zh-CN': '职业编码格式应为 4-01-02-01', en: 'An occupation code looks like 4-01-02-01' },
  'occupation.unknown': { 'zh-CN': '没有这个职业编码', en: 'There is no occupation with this code' },
  'contributionBase.yearUnknown': {
    'zh-CN': '该年度的缴费基数上下限尚未公布',
    en: 'The contribution base limits for that year have not been published yet',
  },
  'contributionBase.belowMinimum': { 'zh-CN': '缴费基数低于本年度下限', en: 'The contribution base is below this year\u2019s minimum' },
  'contributionBase.aboveMaximum': { 'zh-CN': '缴费基数高于本年度上限', en: 'The contribution base is above this year\u2019s maximum' },
  'paymentPeriod.notOffered': { 'zh-CN': '本地区不提供该缴费周期', en: 'This payment period is not offered in your region' },
} as const satisfies Record<string, Record<Locale, string>>
