import { payrollMessages } from './payroll-messages'

/** Field messages of the wages module, merged into the shared list. */
export const wagesFieldMessages = {
  'date.format': { 'zh-CN': '日期格式应为 2026-01-31', en: 'Dates look like 2026-01-31' },
  'creditCode.format': {
    'zh-CN': '统一社会信用代码为 18 位数字和大写字母（不含 I、O、Z、S、V）',
    en: 'A unified social credit code has 18 digits and capital letters (no I, O, Z, S or V)',
  },
  'creditCode.checkCharacter': {
    'zh-CN': '统一社会信用代码最后一位不正确，请对照营业执照核对',
    en: 'The last character of this credit code does not match; check it against the business licence',
  },
  'wages.amount': { 'zh-CN': '金额应在 1 元至 1000 万元之间，最多两位小数', en: 'Enter an amount from 1 to 10,000,000 yuan, with at most two decimals' },
  'wages.coWorkers': { 'zh-CN': '一起被欠薪的工友人数应在 0 至 999 之间', en: 'The number of co-workers must be from 0 to 999' },
  'evidence.tooMany': { 'zh-CN': '最多上传 9 个证据文件', en: 'You can add at most 9 evidence files' },
  'evidence.type': { 'zh-CN': '只能上传照片（JPG、PNG、WebP、HEIC）或 PDF 文件', en: 'Only photos (JPG, PNG, WebP, HEIC) or PDF files can be added' },
  'evidence.tooLarge': { 'zh-CN': '每个文件不能超过 10 MB', en: 'Each file must be 10 MB or smaller' },
  'evidence.unknown': { 'zh-CN': '有证据文件找不到了，请重新上传', en: 'An evidence file could not be found; add it again' },
  'employer.unknown': { 'zh-CN': '没有找到所选的用人单位，请重新选择', en: 'The employer you chose could not be found; choose again' },
  'project.unknown': { 'zh-CN': '没有找到所选的项目，请重新选择', en: 'The project you chose could not be found; choose again' },
  'rating.stars': { 'zh-CN': '请选择 1 至 5 颗星', en: 'Choose from 1 to 5 stars' },
  'mediation.confirm': { 'zh-CN': '调解达成时须经劳动者确认', en: 'A settled mediation needs the worker\u2019s confirmation' },
  'region.county': {
    'zh-CN': '请选择项目所在的区（县），不能只选省或市',
    en: 'Choose the district or county the project is in, not only the province or city',
  },
  'payroll.monthOutsideProject': {
    'zh-CN': '工资月份不在项目的开工至完工月份之内',
    en: 'This month is outside the project\u2019s start and end months',
  },
  'payroll.monthInFuture': { 'zh-CN': '不能上传还没到的月份的工资', en: 'Payroll cannot be uploaded for a month that has not started yet' },
  ...payrollMessages,
} as const
